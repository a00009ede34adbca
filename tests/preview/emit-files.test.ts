import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitDirProblem, emitFiles } from '../../src/preview/emit-files-fs.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-emit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const tree = path.join(scratch, 'linux');
mkdirSync(path.join(tree, 'Documentation/bpf'), { recursive: true });

describe('emitDirProblem', () => {
  it('accepts a new directory or an empty one outside the tree', () => {
    expect(emitDirProblem(path.join(scratch, 'new/deeper'), tree)).toBeUndefined();
    mkdirSync(path.join(scratch, 'empty'));
    expect(emitDirProblem(path.join(scratch, 'empty'), tree)).toBeUndefined();
  });

  it('refuses a directory with files in it, and a file', () => {
    mkdirSync(path.join(scratch, 'full'));
    writeFileSync(path.join(scratch, 'full/x'), 'x');
    expect(emitDirProblem(path.join(scratch, 'full'), tree)).toMatch(/is not empty/);
    expect(emitDirProblem(path.join(scratch, 'full/x'), tree)).toMatch(/not a directory/);
  });

  it('refuses any place inside the tree, also through a symbolic link, and one that holds the tree', () => {
    expect(emitDirProblem(path.join(tree, 'out'), tree)).toMatch(/inside the kernel tree/);
    symlinkSync(path.join(tree, 'Documentation'), path.join(scratch, 'docs-link'));
    expect(emitDirProblem(path.join(scratch, 'docs-link/new'), tree)).toMatch(/inside the kernel tree/);
    expect(emitDirProblem(scratch, tree)).toMatch(/not empty|contains the kernel tree/);
  });
});

describe('emitFiles', () => {
  it('writes the files under their tree paths, leaving deleted ones out, and nothing else', () => {
    const dir = path.join(scratch, 'out1');
    const written = emitFiles(dir, new Map([['Documentation/bpf/kfuncs.rst', 'text\n'], ['kernel/bpf/gone.c', null]]));
    expect(written).toEqual(['Documentation/bpf/kfuncs.rst']);
    expect(readFileSync(path.join(dir, 'Documentation/bpf/kfuncs.rst'), 'utf8')).toBe('text\n');
    expect(readdirSync(dir)).toEqual(['Documentation']);
    expect(readdirSync(scratch).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('writes all or nothing: a failure leaves neither DIR nor the temporary directory', () => {
    const dir = path.join(scratch, 'out2');
    expect(() => emitFiles(dir, new Map([['a.txt', 'a'], ['../escape.txt', 'x']]))).toThrow(/refusing to write/);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(path.join(scratch, 'escape.txt'))).toBe(false);
    expect(readdirSync(scratch).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('fills an existing empty directory', () => {
    const dir = path.join(scratch, 'out3');
    mkdirSync(dir);
    emitFiles(dir, new Map([['x/y.rst', 'y']]));
    expect(readFileSync(path.join(dir, 'x/y.rst'), 'utf8')).toBe('y');
  });
});
