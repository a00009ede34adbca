import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { diagnosticKey, diffDiagnostics } from '../../src/preview/diff-diagnostics.ts';

const d = (code: string, file: string, line: number, message: string) => diagnostic(code, 'warning', { file, line }, message);

describe('diffDiagnostics', () => {
  it('matches findings by code, file and message, not by line', () => {
    const before = [d('rst-label-undefined', 'a.rst', 10, "undefined label: 'x'"), d('rst-section-spacing', 'a.rst', 20, 'two spaces')];
    const after = [d('rst-label-undefined', 'a.rst', 40, "undefined label: 'x'"), d('doc-flag-undefined', 'a.rst', 7, 'KF_X is documented')];
    const { introduced, resolved } = diffDiagnostics(before, after);
    expect(introduced.map((x) => x.code)).toEqual(['doc-flag-undefined']);
    expect(resolved.map((x) => x.code)).toEqual(['rst-section-spacing']);
  });

  it('counts repeated findings: a third copy of the same finding is new', () => {
    const one = d('rst-label-undefined', 'a.rst', 1, "undefined label: 'x'");
    const { introduced } = diffDiagnostics([one, one], [one, one, { ...one, line: 99 }]);
    expect(introduced).toHaveLength(1);
  });

  it('ignores line numbers quoted in a message', () => {
    expect(diagnosticKey(d('c', 'a.rst', 1, 'duplicate label, other instance at b.rst:12'))).toBe(diagnosticKey(d('c', 'a.rst', 5, 'duplicate label, other instance at b.rst:30')));
    expect(diagnosticKey(d('c', 'a.rst', 1, 'KF_X in 6.12'))).not.toBe(diagnosticKey(d('c', 'a.rst', 1, 'KF_X in 7.2')));
  });
});
