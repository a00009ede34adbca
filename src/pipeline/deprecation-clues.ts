/**
 * Finds what says a kfunc is deprecated in one version: the KF_DEPRECATED flag, its kernel-doc,
 * or a run-time warning in its body (7.2's scx_bpf_cpu_rq warns with printk_deferred).
 */
import type { FunctionDefinition, KernelDocComment } from '../kerneldoc/index.ts';
import type { DeprecationClue } from '../graph/snapshot.ts';
import { parseKernelVersion, versionKey } from '../versions/kernel-version.ts';

/** "will be removed in v6.15", "removal planned for 7.3", "until v6.23". */
const DEADLINE = /\b(?:remov\w*|dropped|deleted)\b[^.;]*?\b(?:in|by|after|for|from)\s+(v?\d+\.\d+)\b/i;

/** The removal deadline a deprecation text names, as written and as a real version. */
export function deadlineIn(text: string): Pick<DeprecationClue, 'deadlineText' | 'removalPlanned'> {
  const written = DEADLINE.exec(text)?.[1];
  const version = written ? parseKernelVersion(written) : undefined;
  return written && version ? { deadlineText: written, removalPlanned: versionKey(version) } : {};
}

const DEPRECATED = /\bdeprecated\b/i;
const PRINT_CALL = /\b(printk\w*|pr_\w+|WARN\w*|scx_\w*error\w*|bpf_log\w*)\s*\(/g;
/** "use foo() instead", "use foo() when …", "use foo instead". */
const REPLACEMENT = /\buse\s+(?:the\s+)?`?([a-z_][a-z0-9_]*)(?:\(\)|`?\s+instead)/i;

/** The argument text of a call whose `(` is at `open`, skipping string and char literals. */
function callText(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

export function deprecationClues(
  version: string,
  registration: { file: string; line: number; flags: readonly string[] },
  def: FunctionDefinition | undefined,
  doc: KernelDocComment | undefined,
): DeprecationClue[] {
  const clues: DeprecationClue[] = [];
  if (registration.flags.includes('KF_DEPRECATED')) {
    clues.push({ source: 'flag', file: registration.file, line: registration.line, version, text: 'registered with KF_DEPRECATED' });
  }
  if (doc) {
    const texts = [doc.summary, doc.description, ...doc.sections.map((s) => s.text)];
    const hit = texts.find((t) => DEPRECATED.test(t));
    if (hit) {
      const sentence = hit.split(/(?<=\.)\s/).find((s) => DEPRECATED.test(s)) ?? hit;
      const replacement = REPLACEMENT.exec(hit)?.[1];
      clues.push({
        source: 'kernel-doc',
        file: doc.file,
        line: doc.line,
        version,
        text: `kernel-doc: ${sentence.replace(/\s+/g, ' ').trim()}`,
        ...deadlineIn(hit),
        ...(replacement ? { replacement } : {}),
      });
    }
  }
  if (def?.body && DEPRECATED.test(def.body)) {
    for (const call of def.body.matchAll(PRINT_CALL)) {
      const statement = callText(def.body, call.index! + call[0].length - 1);
      if (!DEPRECATED.test(statement)) continue;
      const line = def.bodyStartLine + def.body.slice(0, call.index!).split('\n').length - 1;
      const message = [...statement.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('').replace(/\\n$/, '');
      const replacement = REPLACEMENT.exec(message)?.[1];
      clues.push({ source: 'runtime-warning', file: def.file, line, version, text: `${call[1]}: "${message}"`, ...deadlineIn(message), ...(replacement ? { replacement } : {}) });
      break;
    }
  }
  return clues;
}
