/**
 * Labels of a .rst file found without parsing it: `.. _name:` lines with nothing after the
 * colon. For the documents outside the ones parsed (the rest of Documentation/) that `:ref:`s
 * may point into (bpf_devel_QA.rst links `netdev-FAQ` in Documentation/process/); pass them to
 * resolveReferences as `extraLabels`.
 */
import { fullyNormalizeName } from './normalize-name.ts';
import type { LabelDefinition } from './resolve-references.ts';

const LABEL = /^(\s*)\.\. _(?:`((?:\\.|[^`\\])+)`|((?:\\.|[^:\\`])+)):\s*$/;

export function scanRstLabels(path: string, text: string): LabelDefinition[] {
  const out: LabelDefinition[] = [];
  text.split('\n').forEach((line, i) => {
    const m = LABEL.exec(line);
    if (!m) return;
    const rawName = (m[2] ?? m[3]).replace(/\\(.)/g, '$1');
    if (rawName === '_') return;
    out.push({ path, label: { name: fullyNormalizeName(rawName), rawName, line: i + 1, column: m[1].length + 1, attachedTo: null } });
  });
  return out;
}
