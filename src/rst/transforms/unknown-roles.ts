/**
 * restructured knows only one-word roles: `` :c:func:`bpf_foo` `` arrives as the text
 * ":c:func:" followed by default-role interpreted text. This joins them back into one role.
 */
import type { RstInline, RstRole, RstRoot, RstText } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';

const ROLE_SUFFIX = /(^|[\s(\[{<'"\-/])(:[A-Za-z0-9][\w.+-]*(?::[\w.+-]+)*:)$/;

export function unknownRoles(root: RstRoot): RstRoot {
  return mapTree(root, { inlines: joinRoles });
}

function joinRoles(children: RstInline[]): RstInline[] {
  const out: RstInline[] = [];
  for (const child of children) {
    const previous = out[out.length - 1];
    const m = child.type === 'role' && child.role === null && previous?.type === 'text' ? ROLE_SUFFIX.exec(previous.value) : null;
    if (!m || child.type !== 'role' || previous?.type !== 'text') {
      out.push(child);
      continue;
    }
    const prefix = m[2];
    out.pop();
    const kept = previous.value.slice(0, previous.value.length - prefix.length);
    if (kept) out.push(shorten(previous, kept, prefix.length));
    out.push(withRole(child, prefix.slice(1, -1), prefix.length));
  }
  return out;
}

function shorten(text: RstText, value: string, by: number): RstText {
  const end = { ...text.position.end, column: Math.max(1, text.position.end.column - by) };
  return { ...text, value, position: { start: text.position.start, end } };
}

function withRole(role: RstRole, name: string, by: number): RstRole {
  const start = { ...role.position.start, column: Math.max(1, role.position.start.column - by) };
  return { ...role, role: name, position: { start, end: role.position.end } };
}
