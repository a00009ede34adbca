/**
 * A finding about the input, returned as data by every stage and printed only at the edges.
 * Lines and columns are 1-based, as gcc, ESLint and editors' quickfix lists count them.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface SourcePosition {
  /** Path relative to the kernel tree root (or the input file's path for e-mails and patches). */
  file: string;
  line: number;
  column?: number;
}

export interface Diagnostic extends SourcePosition {
  /** Stable code, e.g. `rst-section-duplicate`; see src/diagnostics/codes.ts. */
  code: string;
  severity: Severity;
  message: string;
  /** How to fix it, one sentence. */
  hint?: string;
  /** The other instance, for duplicates and conflicts. */
  related?: SourcePosition & { message?: string };
  /** Kernel version key (`7.2`) the finding belongs to, when a graph spans several. */
  version?: string;
}

export function diagnostic(
  code: string,
  severity: Severity,
  at: SourcePosition,
  message: string,
  extra: Pick<Diagnostic, 'hint' | 'related' | 'version'> = {},
): Diagnostic {
  return { code, severity, file: at.file, line: at.line, ...(at.column ? { column: at.column } : {}), message, ...extra };
}
