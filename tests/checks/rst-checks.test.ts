import { describe, expect, it } from 'vitest';
import { rstChecks, runRstChecks } from '../../src/checks/rst-checks.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';

describe('rstChecks', () => {
  it('lists each check once with distinct codes', () => {
    const names = rstChecks.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const codes = rstChecks.flatMap((c) => c.codes);
    expect(codes.every((c) => /^rst-[a-z-]+$/.test(c))).toBe(true);
  });

  it('runs every check and includes parse diagnostics', () => {
    const doc = parseRstDocument('Documentation/bpf/x.rst', 'A\n====\n\nB\n----\n\nC\n~~~~\n\nD\n^^^^\n\nE\n^^^^\n\nF\n----\n\nG\n====\n\nH\n^^^^\n\nSee :ref:`nope`.\n');
    expect(runRstChecks([doc]).map((d) => d.code)).toEqual(['rst-title-level-inconsistent', 'rst-label-undefined']);
  });
});
