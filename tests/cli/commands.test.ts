import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.ts';

describe('command list', () => {
  it('says of each command what the command itself says', async () => {
    for (const entry of commands) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
      expect(command.usage).toMatch(new RegExp(`^usage: kfuncdoc ${entry.name}`));
    }
  });
});
