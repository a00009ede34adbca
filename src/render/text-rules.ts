/**
 * Text → phrasing content by a set of patterns, the way the kernel's automarkup.py does it: all
 * matches of all rules in order of position, each turned into nodes by its rule; an earlier
 * (or, at the same place, longer) match wins over one it overlaps.
 */
import type { ElementContent } from 'hast';

export interface TextRule {
  /** A global (`g`) regular expression. */
  pattern: RegExp;
  /** A string every match contains (lower-case), so most text skips the regular expression. */
  hint?: string;
  /** Nodes for the match, or undefined to leave it as text. */
  render(match: RegExpExecArray): ElementContent[] | undefined;
}

export function applyTextRules(value: string, rules: readonly TextRule[]): ElementContent[] {
  let lower: string | undefined;
  const matches = rules
    .filter((rule) => rule.hint === undefined || (lower ??= value.toLowerCase()).includes(rule.hint))
    .flatMap((rule) => [...value.matchAll(rule.pattern)].map((match) => ({ rule, match: match as RegExpExecArray })))
    .sort((a, b) => a.match.index - b.match.index || b.match[0].length - a.match[0].length);
  const out: ElementContent[] = [];
  const push = (text: string): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.type === 'text') last.value += text;
    else out.push({ type: 'text', value: text });
  };
  let done = 0;
  for (const { rule, match } of matches) {
    if (match.index < done) continue;
    const nodes = rule.render(match);
    if (!nodes) continue;
    push(value.slice(done, match.index));
    for (const node of nodes) {
      if (node.type === 'text') push(node.value);
      else out.push(node);
    }
    done = match.index + match[0].length;
  }
  push(value.slice(done));
  return out;
}
