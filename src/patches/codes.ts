/**
 * Diagnostic codes of the patches stage, with what each means. Stable: tests, suppressions and the
 * preview report use them.
 */
export const PATCH_CODES = {
  'patch-input-unrecognised': 'the input is neither an mbox, an e-mail nor a unified diff',
  'patch-mail-unreadable': 'the MIME parser could not read a message',
  'patch-none': 'a message carries no patch (cover letter, discussion)',
  'patch-quote-fragments': 'a reply quotes only pieces of a patch: no hunk is complete',
  'patch-quote-hunk-incomplete': 'a reply quotes a hunk only in part (cut short or elided); that hunk is left out of the patch',
  'patch-quote-comments-skipped': 'reply text between quoted diff lines was skipped',
  'patch-diff-corrupt': 'a hunk whose line counts do not match its lines, or a malformed header',
  'patch-binary-unsupported': 'a binary diff, which cannot be applied to a text overlay',
  'patch-path-unsafe': 'a path that is absolute or climbs out of the tree with ..',
  'patch-file-missing': 'the patch changes a file the tree does not have',
  'patch-file-exists': 'the patch creates a file the tree already has',
  'patch-hunk-failed': 'a hunk that matches nowhere, even with offset, fuzz and whitespace tolerance',
  'patch-hunk-offset': 'a hunk applied at another line than its header says',
  'patch-hunk-fuzz': 'a hunk applied with some context lines ignored',
  'patch-hunk-whitespace': 'a hunk applied only when whitespace differences are ignored',
  'patch-series-gap': 'a series is missing some of its numbered patches',
  'patch-not-applied': 'a patch left out because an earlier one in the series failed',
} as const;

export type PatchCode = keyof typeof PATCH_CODES;
