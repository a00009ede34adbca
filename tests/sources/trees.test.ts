import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryTree } from '../../src/sources/directory-tree.ts';
import { gitTree } from '../../src/sources/git-tree.ts';
import { InputError } from '../../src/sources/kernel-tree.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { openKernelTree, parseKernelSpec } from '../../src/sources/open-tree.ts';
import { safeTreePath } from '../../src/sources/safe-path.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-trees-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeTree(root: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
}

const FILES = {
  Makefile: 'VERSION = 6\nPATCHLEVEL = 19\nSUBLEVEL = 2\nEXTRAVERSION =\n',
  'kernel/bpf/helpers.c': 'BTF_KFUNCS_START(generic)\nBTF_ID_FLAGS(func, bpf_x)\nBTF_KFUNCS_END(generic)\n',
  'kernel/sched/core.c': 'int main(void) { return 0; }\n',
  'include/linux/btf.h': '#define KF_ACQUIRE (1 << 0)\n',
  // A needle in a header, as btf_ids.h has: the scan covers C sources only.
  'include/linux/btf_ids.h': '#define BTF_ID_FLAGS(prefix, name, ...) BTF_ID(prefix, name)\n',
  'Documentation/bpf/kfuncs.rst': 'Title\n=====\n',
};

describe('safeTreePath', () => {
  it('normalises and refuses escapes', () => {
    expect(safeTreePath('./a//b/c.c')).toBe('a/b/c.c');
    expect(safeTreePath('../etc/passwd')).toBeUndefined();
    expect(safeTreePath('a/../../b')).toBeUndefined();
    expect(safeTreePath('/etc/passwd')).toBeUndefined();
  });
});

describe('memory tree', () => {
  it('lists, reads and finds sources', async () => {
    const tree = memoryTree(FILES);
    expect(await tree.listFiles('kernel')).toEqual(['kernel/bpf/helpers.c', 'kernel/sched/core.c']);
    expect(await tree.findSources(['BTF_ID_FLAGS'])).toEqual(['kernel/bpf/helpers.c']);
    expect(await tree.readFile('nope')).toBeUndefined();
  });
});

describe('directory tree', () => {
  const root = path.join(scratch, 'dir');
  const cache = path.join(scratch, 'cache');
  writeTree(root, FILES);

  it('finds sources, and the warm cache notices new and edited files', async () => {
    const tree = directoryTree(root, { cacheDir: cache });
    expect(await tree.findSources(['BTF_ID_FLAGS'])).toEqual(['kernel/bpf/helpers.c']);
    // A new file with BTF_ID_FLAGS.
    writeTree(root, { 'net/core/filter.c': 'BTF_ID_FLAGS(func, bpf_y)\n' });
    expect(await tree.findSources(['BTF_ID_FLAGS'])).toEqual(['kernel/bpf/helpers.c', 'net/core/filter.c']);
    // An edit that keeps the size but changes the mtime is read again.
    writeFileSync(path.join(root, 'kernel/sched/core.c'), 'BTF_ID_FLAGS(func, bpf_zzzzzz)\n');
    utimesSync(path.join(root, 'kernel/sched/core.c'), new Date(), new Date(Date.now() + 5000));
    expect(await tree.findSources(['BTF_ID_FLAGS'])).toEqual(['kernel/bpf/helpers.c', 'kernel/sched/core.c', 'net/core/filter.c']);
    // A file unpacked with an old mtime (tar, cp -p) is still new: its ctime is now.
    writeTree(root, { 'fs/bpf_fs_kfuncs.c': 'BTF_ID_FLAGS(func, bpf_old_mtime)\n' });
    utimesSync(path.join(root, 'fs/bpf_fs_kfuncs.c'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(await tree.findSources(['BTF_ID_FLAGS'])).toEqual(['fs/bpf_fs_kfuncs.c', 'kernel/bpf/helpers.c', 'kernel/sched/core.c', 'net/core/filter.c']);
    rmSync(path.join(root, 'fs/bpf_fs_kfuncs.c'));
    rmSync(path.join(root, 'net/core/filter.c'));
    expect(await tree.findSources(['BTF_ID_FLAGS'])).toEqual(['kernel/bpf/helpers.c', 'kernel/sched/core.c']);
  });

  it('never reads through a link that leaves the tree', async () => {
    writeFileSync(path.join(scratch, 'secret.txt'), 'secret');
    symlinkSync(path.join(scratch, 'secret.txt'), path.join(root, 'leak.txt'));
    const tree = directoryTree(root);
    expect(await tree.readFile('leak.txt')).toBeUndefined();
    expect(await tree.readFile('../secret.txt')).toBeUndefined();
    expect(await tree.readFile('include/linux/btf.h')).toContain('KF_ACQUIRE');
  });
});

describe('git tree', () => {
  const repo = path.join(scratch, 'git');
  writeTree(repo, FILES);
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe' }).toString();
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'one');
  git('tag', 'v6.19');
  writeTree(repo, { 'kernel/bpf/helpers.c': 'changed in the work tree only\n' });

  it('reads objects at the ref, not the work tree', async () => {
    const tree = await gitTree(repo, 'v6.19', { cacheDir: path.join(scratch, 'gcache') });
    expect(await tree.readFile('kernel/bpf/helpers.c')).toContain('BTF_ID_FLAGS');
    expect(await tree.findSources(['BTF_ID_FLAGS'])).toEqual(['kernel/bpf/helpers.c']);
    expect(await tree.findSources(['BTF_ID_FLAGS'])).toEqual(['kernel/bpf/helpers.c']);
    expect(await tree.listFiles('Documentation')).toEqual(['Documentation/bpf/kfuncs.rst']);
    expect(await tree.readFile('missing.c')).toBeUndefined();
  });

  it('opens PATH@REF with the version from the Makefile at that ref', async () => {
    const opened = await openKernelTree(`${repo}@v6.19`);
    expect(opened).toMatchObject({ version: '6.19', release: '6.19.2', ref: 'v6.19' });
  });

  it('says clearly when the ref does not exist', async () => {
    await expect(gitTree(repo, 'v9.9')).rejects.toThrow(/'v9.9' is not a commit/);
  });
});

describe('kernel specs', () => {
  it('splits path, ref and version', () => {
    expect(parseKernelSpec('/nonexistent/linux@v7.2=7.2')).toEqual({ path: '/nonexistent/linux', ref: 'v7.2', version: '7.2' });
    expect(parseKernelSpec('/nonexistent/linux=6.12')).toEqual({ path: '/nonexistent/linux', version: '6.12' });
  });
  it('refuses a missing directory with a hint', async () => {
    const error = await openKernelTree('/nonexistent/linux').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).hint).toMatch(/--kernel/);
  });
  it('asks for the version when there is no Makefile, and takes =X.Y', async () => {
    const partial = path.join(scratch, 'partial');
    writeTree(partial, { 'Documentation/bpf/kfuncs.rst': 'T\n=\n' });
    await expect(openKernelTree(partial)).rejects.toThrow(/no kernel version/);
    expect((await openKernelTree(`${partial}=6.20`)).version).toBe('7.0');
  });
});
