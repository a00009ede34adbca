import type { FlagDefinition } from './types.ts';

/**
 * The `#define KF_NAME (1 << n)` flag definitions of a header (include/linux/btf.h), with the
 * comment on the line and the comment block just above. Definitions inside comments are skipped
 * (btf.h's own comments show `BTF_ID_FLAGS(func, …, KF_ACQUIRE)` usage).
 */
export function parseKfFlags(file: string, text: string): FlagDefinition[] {
  const lines = text.split('\n');
  const out: FlagDefinition[] = [];
  let block: string[] | undefined;
  let lastComment: { text: string; endIndex: number } | undefined;
  lines.forEach((raw, index) => {
    if (block) {
      block.push(raw);
      if (raw.includes('*/')) {
        lastComment = { text: cleanComment(block.join('\n')), endIndex: index };
        block = undefined;
      }
      return;
    }
    const trimmed = raw.trim();
    if (trimmed.startsWith('/*') && !trimmed.includes('*/')) {
      block = [raw];
      return;
    }
    if (/^\/\*.*\*\/$/.test(trimmed) || trimmed.startsWith('//')) {
      lastComment = { text: cleanComment(trimmed), endIndex: index };
      return;
    }
    const m = /^\s*#\s*define\s+(KF_\w+)\s+(.*)$/.exec(raw);
    if (!m) return;
    const [value, comment] = splitTrailingComment(m[2]);
    const leading = lastComment && lastComment.endIndex === index - 1 ? lastComment.text : undefined;
    out.push({ name: m[1], bit: bitOf(value), value, comment, ...(leading ? { leadingComment: leading } : {}), file, line: index + 1 });
  });
  return out;
}

/**
 * The bit number of a single-bit value, or null.
 * @example bitOf('(1 << 4)') // 4
 * @example bitOf('BIT(3)') // 3
 * @example bitOf('KF_A | KF_B') // null
 */
export function bitOf(value: string): number | null {
  const m = /^\(?\s*(?:1U?L{0,2}\s*<<\s*(\d+)|BIT(?:_ULL)?\(\s*(\d+)\s*\))\s*\)?$/.exec(value.trim());
  return m ? Number(m[1] ?? m[2]) : null;
}

function splitTrailingComment(rest: string): [string, string] {
  const block = rest.indexOf('/*');
  const line = rest.indexOf('//');
  const at = [block, line].filter((k) => k >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) return [rest.trim(), ''];
  return [rest.slice(0, at).trim(), cleanComment(rest.slice(at))];
}

/** Comment text without its markers and the ` * ` margin, inner line breaks kept. */
function cleanComment(comment: string): string {
  const body = comment.trim().replace(/^\/\*+|\*+\/$|^\/\//g, '');
  const lines = body.split('\n').map((l) => l.replace(/^\s*\*(?!\/) ?/, '').replace(/\s+$/, ''));
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length) lines[0] = lines[0].trimStart();
  return lines.length === 1 ? lines[0].trim() : lines.join('\n');
}
