import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIO } from './fake-io.ts';

describe('kfuncdoc check', () => {
  it('prints gcc-style findings with the path from where the user stands, then a summary', async () => {
    const io = fakeIO();
    expect(await main(['check', '--kernel', 'sample/linux-7.0', '--no-cache'], io)).toBe(0);
    expect(io.out).toMatch(/^sample\/linux-7\.0\/Documentation\/bpf\/kfuncs\.rst:105:5: warning: KF_DEPRECATED is documented but include\/linux\/btf\.h of 7\.0 does not define it \[doc-flag-undefined\]$/m);
    expect(io.out).toMatch(/\[doc-kernel-doc-missing\]/);
    expect(io.out).toMatch(/^0 errors, 2 warnings, 0 notes \(\d+ not shown: notes or suppressed\)$/m);
  });

  it('exits 1 on warnings with --strict, and leaves out suppressed codes', async () => {
    expect(await main(['check', '--kernel', 'sample/linux-7.0', '--no-cache', '--strict'], fakeIO())).toBe(1);
    const io = fakeIO();
    const code = await main(['check', '--kernel', 'sample/linux-7.0', '--no-cache', '--strict', '--suppress', 'doc-flag-undefined', '--suppress', 'doc-kernel-doc-missing'], io);
    expect(code).toBe(0);
    expect(io.out).not.toMatch(/doc-flag-undefined/);
  });

  it('reads checks.suppress from kfuncdoc.config.json and reports a bad config with a hint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-config-'));
    writeFileSync(path.join(dir, 'kfuncdoc.config.json'), JSON.stringify({ checks: { suppress: ['doc-flag-undefined', 'doc-kernel-doc-missing'] } }));
    const io = Object.assign(fakeIO(), { cwd: dir });
    expect(await main(['check', '--kernel', path.resolve('sample/linux-7.0'), '--no-cache', '--strict'], io)).toBe(0);
    writeFileSync(path.join(dir, 'kfuncdoc.config.json'), JSON.stringify({ checks: { suppress: ['Not A Code'] } }));
    const bad = Object.assign(fakeIO(), { cwd: dir });
    expect(await main(['check', '--kernel', path.resolve('sample/linux-7.0'), '--no-cache'], bad)).toBe(1);
    expect(bad.err).toMatch(/kfuncdoc.config.json: checks.suppress.0: a diagnostic code looks like/);
  });

  it('gives JSON with every diagnostic, notes included', async () => {
    const io = fakeIO();
    await main(['check', '--kernel', 'sample/linux-7.0', '--no-cache', '--format', 'json'], io);
    const json = JSON.parse(io.out);
    expect(json.diagnostics.some((d: { code: string }) => d.code === 'rst-label-unused')).toBe(true);
    expect(json.diagnostics.every((d: { file: string; line: number }) => d.file && d.line >= 1)).toBe(true);
  });
});

describe('kfuncdoc sections', () => {
  it('maps renumbered and added sections between two versions', async () => {
    const io = fakeIO();
    expect(await main(['sections', '--kernel', 'sample/linux-6.18', '--kernel', 'sample/linux-6.19', '--no-cache'], io)).toBe(0);
    expect(io.out).toContain('renumbered           2.2 → 2.3  Registering a kfunc set');
    expect(io.out).toContain('added                2.2 Wrapping an existing kernel function');
  });

  it('wants exactly two trees', async () => {
    const io = fakeIO();
    expect(await main(['sections', '--kernel', 'sample/linux-6.18', '--no-cache'], io)).toBe(2);
    expect(io.err).toMatch(/exactly two --kernel/);
  });
});

describe('kfuncdoc check --suppress', () => {
  it('refuses a code that does not exist (exit 2)', async () => {
    const io = fakeIO();
    expect(await main(['check', '--kernel', 'sample/linux-7.0', '--no-cache', '--suppress', 'rst-nope'], io)).toBe(2);
    expect(io.err).toMatch(/--suppress rst-nope: no such diagnostic code/);
  });
});
