import { describe, expect, it } from 'vitest';
import { compareVersions, parseKernelVersion, sortVersionKeys, versionFromMakefile, versionKey } from '../../src/versions/kernel-version.ts';

describe('kernel versions', () => {
  it('orders numerically, not as strings', () => {
    expect(sortVersionKeys(['7.2', '6.12', '6.1', '7.10', '6.9'])).toEqual(['6.1', '6.9', '6.12', '7.2', '7.10']);
  });
  it('knows that 7.0 followed 6.19: deadlines naming v6.20–v6.23 map onto 7.0–7.3', () => {
    expect(versionKey(parseKernelVersion('v6.20')!)).toBe('7.0');
    expect(versionKey(parseKernelVersion('v6.23')!)).toBe('7.3');
    expect(versionKey(parseKernelVersion('6.19')!)).toBe('6.19');
    expect(compareVersions('6.19', '7.0')).toBeLessThan(0);
    expect(compareVersions('v6.23', '7.3')).toBe(0);
  });
  it('reads the top-level Makefile', () => {
    const text = '# SPDX\nVERSION = 7\nPATCHLEVEL = 2\nSUBLEVEL = 13\nEXTRAVERSION =\nNAME = Baby Opossum Posse\n';
    expect(versionFromMakefile(text)).toEqual({ key: '7.2', release: '7.2.13', name: 'Baby Opossum Posse' });
    expect(versionFromMakefile('VERSION = 6\nPATCHLEVEL = 1\nSUBLEVEL = 0\nEXTRAVERSION = -rc3\n')).toEqual({ key: '6.1', release: '6.1-rc3' });
    expect(versionFromMakefile('all:\n\techo\n')).toBeUndefined();
  });
  it('rejects text that is no version', () => {
    expect(parseKernelVersion('next')).toBeUndefined();
    expect(() => compareVersions('x', '7.2')).toThrow(/not a kernel version/);
  });
});
