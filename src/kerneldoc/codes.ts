/** Stable diagnostic codes of the kernel-doc stage, for the registry and for suppressions. */
export const KERNELDOC_CODES = {
  /** A comment opens with slash-star-star but its first line is not a kernel-doc identifier line. */
  notKernelDoc: 'kerneldoc-not-kerneldoc',
  /** A line inside the comment without the leading `*`; kernel-doc skips it. */
  badLine: 'kerneldoc-bad-line',
  /** Text before the closing star-slash on the same line; kernel-doc drops it. */
  textOnEndLine: 'kerneldoc-text-on-end-line',
  /** The file ends inside a kernel-doc comment. */
  unterminated: 'kerneldoc-unterminated',
  /** A param or section written twice in one comment. */
  duplicate: 'kerneldoc-duplicate',
  /** The comment names another function than the one that follows it. */
  nameMismatch: 'kerneldoc-name-mismatch',
  /** A prototype parameter with no `@name:` description. */
  paramUndocumented: 'kerneldoc-param-undocumented',
  /** An `@name:` description for a parameter the prototype does not have. */
  paramExcess: 'kerneldoc-param-excess',
  /** An `@name:` description that looks like a misspelling of an undocumented parameter. */
  paramMisspelled: 'kerneldoc-param-misspelled',
} as const;
