/**
 * A link target from the document, or undefined when following it could run code
 * (`javascript:`, `data:`, `vbscript:`): rst text is untrusted input.
 * @example safeUrl('https://lore.kernel.org/bpf/') // 'https://lore.kernel.org/bpf/'
 * @example safeUrl(' JavaScript:alert(1)') // undefined
 */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  // Control characters and whitespace inside a scheme are ignored by browsers ("java\tscript:").
  const scheme = /^([^/?#]*?):/.exec(trimmed.replace(/[\x00-\x20]/g, ''))?.[1]?.toLowerCase();
  if (scheme === undefined) return trimmed;
  return ['http', 'https', 'mailto', 'ftp', 'irc', 'news', 'git'].includes(scheme) ? trimmed : undefined;
}
