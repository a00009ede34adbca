/**
 * Every fixture's full parse as a golden JSON file beside the fixtures; `npx vitest run -u
 * tests/registrations` rewrites them after an intended change (review the diff).
 */
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRegistrations, resolveKfuncs } from '../../src/registrations/index.ts';
import { readFixture } from './read-fixture.ts';

const root = fileURLToPath(new URL('./fixtures/', import.meta.url));

function sources(dir = ''): string[] {
  return readdirSync(root + dir).sort().flatMap((name) => {
    const rel = dir + name;
    if (statSync(root + rel).isDirectory()) return name === 'golden' ? [] : sources(`${rel}/`);
    return /\.[ch]$/.test(name) ? [rel] : [];
  });
}

const includes = { 'include/net/sensor.h': readFixture('include/net/sensor.h') };

describe('golden parses', () => {
  it.each(sources())('%s', async (rel) => {
    const parsed = parseRegistrations(rel, readFixture(rel), includes);
    const resolved = resolveKfuncs([parsed]);
    const golden = `./fixtures/golden/${rel.replaceAll('/', '__')}.json`;
    await expect(JSON.stringify({ parsed, resolved }, null, 2) + '\n').toMatchFileSnapshot(golden);
  });
});
