import { parseDefine, type MacroDefinition } from './expand-macros.ts';
import { scanC } from './scan-c.ts';

/**
 * Every `#define` in the given headers (path → text), the last definition of a name winning.
 * Conditionals are not evaluated: the X-macro lists this serves are defined unconditionally.
 */
export function collectDefines(headers: Record<string, string>): Map<string, MacroDefinition> {
  const macros = new Map<string, MacroDefinition>();
  for (const [file, text] of Object.entries(headers)) {
    for (const t of scanC(text, null, () => ({ kind: 'word' }))) {
      if (t.kind !== 'directive') continue;
      const def = parseDefine(t.text, file, t.line);
      if (def) macros.set(def.name, def);
    }
  }
  return macros;
}
