/** `kfuncdoc preview` and `kfuncdoc links` from the command line: exit codes, output, --emit. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { SAMPLE, samplePatch } from './helpers.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-preview-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
};
const forward = write('618-619.patch', samplePatch('linux-6.18', 'linux-6.19'));
const later = write('619-70.patch', samplePatch('linux-6.19', 'linux-7.0'));
const tree618 = path.join(SAMPLE, 'linux-6.18');
const tree619 = path.join(SAMPLE, 'linux-6.19');
const widget = path.join(import.meta.dirname, 'fixtures');
const run = async (...argv: string[]) => {
  const io = fakeIO();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
};

describe('kfuncdoc preview: usage (exit 2)', () => {
  it.each([
    [['preview', '--kernel', tree618], /give the PATCH/],
    [['preview', forward], /--kernel/],
    [['preview', forward, '--kernel', tree618, '--format', 'xml'], /text or json/],
    [['preview', forward, '--kernel', tree618, '--port', '4321'], /--port goes with --serve/],
    [['preview', forward, '--kernel', tree618, '--serve', '--port', 'http'], /port number/],
    [['preview', forward, '--kernel', tree618, '--serve', '--port', '70000'], /port number/],
    [['preview', forward, forward, '--kernel', tree618], /one PATCH only/],
    [['preview', forward, '--kernel', tree618, '--emit', path.join(tree618, 'out')], /inside the kernel tree/],
    [['preview', forward, '--kernel', tree618, '--emit', SAMPLE], /not empty/],
    [['links'], /give the PATCH/],
    [['links', forward, '--site', 'kfuncs.example.org'], /absolute URL/],
  ])('%j', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('kfuncdoc preview', () => {
  it('prints the report (exit 0) and emits the patched files, equal to the next sample', async () => {
    const out = path.join(scratch, 'emitted');
    const r = await run('preview', forward, '--kernel', tree618, '--no-cache', '--emit', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('    2.2  -> 2.3  Registering a kfunc set');
    expect(r.out).toContain('  changed    bpf_sample_map_sum\n      flags: +KF_SLEEPABLE');
    expect(r.out).not.toMatch(/\u001b\[/);
    expect(r.err).toMatch(/wrote 5 patched files under /);
    for (const file of ['Documentation/bpf/kfuncs.rst', 'kernel/bpf/sample_kfuncs.c', 'tools/sched_ext/include/scx/compat.bpf.h']) {
      expect(readFileSync(path.join(out, file))).toEqual(readFileSync(path.join(tree619, file)));
    }
  });

  it('prints JSON for tools', async () => {
    const r = await run('preview', forward, '--kernel', tree618, '--no-cache', '--format', 'json', '--site', 'https://kfuncs.example.org');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.schema).toBe('kfuncdoc-preview-1');
    expect(report.site).toBe('https://kfuncs.example.org');
    expect(report.tree.version).toBe('6.18');
  });

  it('exits 1 with --strict when the patch introduces a warning, 0 without', async () => {
    expect((await run('preview', later, '--kernel', tree619, '--no-cache')).code).toBe(0);
    const strict = await run('preview', later, '--kernel', tree619, '--no-cache', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/warning: .* \[doc-kernel-doc-missing\]/);
  });

  it('exits 1 when a hunk does not apply: expected vs found, nothing emitted', async () => {
    const out = path.join(scratch, 'not-emitted');
    const r = await run('preview', forward, '--kernel', tree619, '--no-cache', '--emit', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^kfuncdoc preview: the patch does not apply to .*linux-6\.19.*nothing was previewed or written/);
    expect(r.out).toBe('');
    expect(existsSync(out)).toBe(false);
    const json = await run('preview', forward, '--kernel', tree619, '--no-cache', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false });
  });

  it('says why a message has no patch (exit 1)', async () => {
    const cover = write('cover.eml', 'From: A <a@example.org>\nSubject: [PATCH 0/2] Things\nMessage-ID: <c@example.org>\n\nCover letter.\n');
    const r = await run('preview', cover, '--kernel', tree618, '--no-cache');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cover\.eml:1: error: "\[PATCH 0\/2\] Things": no patch in this message\n  hint: /);
  });

  it('takes a tree with no Makefile, and shows no version for it', async () => {
    const docsOnly = path.join(scratch, 'docs-only');
    mkdirSync(path.join(docsOnly, 'Documentation/bpf'), { recursive: true });
    writeFileSync(path.join(docsOnly, 'Documentation/bpf/kfuncs.rst'), readFileSync(path.join(tree618, 'Documentation/bpf/kfuncs.rst')));
    const rst = path.join(scratch, 'rst.patch');
    writeFileSync(rst, samplePatch('linux-6.18/Documentation', 'linux-6.19/Documentation').replaceAll('linux-6.18/Documentation', 'a/Documentation').replaceAll('linux-6.19/Documentation', 'b/Documentation'));
    const r = await run('preview', rst, '--kernel', docsOnly, '--no-cache');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`  Tree: ${docsOnly}\n`);
    expect(r.out.match(/C sources/g)).toHaveLength(1);
    expect(r.out).not.toMatch(/^Kfuncs/m);
  });

  it('reads the patch from standard input with -', () => {
    const node = path.resolve('node_modules/.bin/node');
    const child = spawnSync(node, ['src/cli/run.ts', 'preview', '-', '--kernel', tree618, '--no-cache'], {
      input: readFileSync(forward),
      encoding: 'utf8',
      env: { ...process.env, KFUNCDOC_NO_COMPILE_CACHE: '1' },
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toContain('Patch: -\n');
    expect(child.stdout).toContain('2.2  -> 2.3  Registering a kfunc set');
  });
});

describe('kfuncdoc links', () => {
  it('prints Link: lines from the patch text, or from the graphs with --kernel', async () => {
    const patch = path.join(widget, 'widget.patch');
    const text = await run('links', patch, '--site', 'https://kfuncs.example.org');
    expect(text.code).toBe(0);
    expect(text.out.split('\n')).toContain('Link: https://kfuncs.example.org/kfuncs/bpf_widget_spin/#deprecation');
    const graph = await run('links', patch, '--kernel', path.join(widget, 'widget-tree'), '--no-cache', '--site', 'https://kfuncs.example.org');
    expect(graph.out).toBe(
      ['Link: https://kfuncs.example.org/flags/KF_WOBBLY/', 'Link: https://kfuncs.example.org/kfuncs/bpf_widget_drop/#deprecation', 'Link: https://kfuncs.example.org/kfuncs/bpf_widget_old/', ''].join('\n'),
    );
  });

  it('says so when there is nothing to cite (exit 0)', async () => {
    const rst = write('only-rst.patch', samplePatch('linux-6.18/Documentation', 'linux-6.19/Documentation'));
    const r = await run('links', rst);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/nothing to cite/);
  });
});
