import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIO } from './fake-io.ts';

describe('kfuncdoc command line', () => {
  it('lists the commands with --help (exit 0) and without a command (exit 2)', async () => {
    const io = fakeIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/usage: kfuncdoc <command>/);
    expect(io.out).toMatch(/graph/);
    expect(await main([], fakeIO())).toBe(2);
  });

  it('refuses an unknown command with exit 2', async () => {
    const io = fakeIO();
    expect(await main(['grpah'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command 'grpah'/);
  });

  it('gives every command a --help', async () => {
    for (const name of ['graph', 'check', 'sections']) {
      const io = fakeIO();
      expect(await main([name, '--help'], io)).toBe(0);
      expect(io.out).toMatch(new RegExp(`usage: kfuncdoc ${name}`));
    }
  });

  it('says what is wrong with the options, with the usage (exit 2)', async () => {
    const io = fakeIO();
    expect(await main(['graph'], io)).toBe(2);
    expect(io.err).toMatch(/give at least one --kernel/);
    const io2 = fakeIO();
    expect(await main(['graph', '--kernle', 'x'], io2)).toBe(2);
    expect(io2.err).toMatch(/kernle/);
  });

  it('reports a missing tree as one line with a hint, no stack (exit 1)', async () => {
    const io = fakeIO();
    expect(await main(['graph', '--kernel', '/no/such/linux'], io)).toBe(1);
    expect(io.err).toMatch(/^kfuncdoc: \/no\/such\/linux: error: no such directory\n  hint: /);
    expect(io.err).not.toMatch(/\s+at /);
  });

  it('prints the graph JSON on stdout and nothing else', async () => {
    const io = fakeIO();
    expect(await main(['graph', '--kernel', 'sample/linux-7.0', '--no-cache'], io)).toBe(0);
    const graph = JSON.parse(io.out);
    expect(graph.schemaVersion).toBe(1);
    expect(graph.versions).toEqual(['7.0']);
  });

  it('reports an unwritable --out without a partial file (exit 1)', async () => {
    const io = fakeIO();
    expect(await main(['graph', '--kernel', 'sample/linux-7.0', '--no-cache', '--out', '/no/such/dir/graph.json'], io)).toBe(1);
    expect(io.err).toMatch(/cannot write \/no\/such\/dir\/graph.json/);
  });
});
