/**
 * Which kernel-doc a tree carries, from its scripts/kernel-doc: 6.x trees ship the Perl script,
 * 7.x the Python one (there scripts/kernel-doc points to tools/docs/kernel-doc).
 */
import type { KernelDocDialect } from './types.ts';

/**
 * @example
 * kernelDocDialect('#!/usr/bin/env perl\n# SPDX…') // → 'perl'
 * kernelDocDialect(undefined) // → 'python'
 */
export function kernelDocDialect(script: string | undefined): KernelDocDialect {
  return script !== undefined && /^#!.*\bperl\b/.test(script) ? 'perl' : 'python';
}
