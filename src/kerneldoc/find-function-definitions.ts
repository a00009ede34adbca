/**
 * Function definitions (a prototype followed by a body) in a C file, with or without
 * `__bpf_kfunc`: 6.1 has no such marker and its kfuncs are plain global functions.
 */
import { analyzeC } from './analyze-c.ts';
import { parseFunctionHeader } from './parse-function-header.ts';
import { splitParams } from './split-params.ts';
import type { FunctionDefinition, FunctionParam } from './types.ts';

export function findFunctionDefinitions(file: string, text: string): FunctionDefinition[] {
  const c = analyzeC(text);
  const defs: FunctionDefinition[] = [];
  for (const st of c.statements) {
    if (st.terminator !== '{' || st.close < 0) continue;
    const header = parseFunctionHeader(c.code, st.start, st.end);
    // No type before the name: a macro that expands to a definition (`BPF_CALL_2(name, …)`).
    if (!header || header.returnType === '') continue;
    const params = splitParams(header.paramsText);
    defs.push({
      name: header.name,
      file,
      line: c.lines.lineAt(header.nameOffset),
      returnType: header.returnType,
      params,
      signature: formatSignature(header.returnType, header.name, params),
      attributes: header.attributes,
      hasBpfKfunc: header.attributes.includes('__bpf_kfunc'),
      bodyStartLine: c.lines.lineAt(st.end),
      bodyEndLine: c.lines.lineAt(st.close),
      body: text.slice(st.end, st.close + 1),
    });
  }
  return defs;
}

/**
 * A prototype on one line in kernel spacing.
 *
 * @example
 * formatSignature('void *', 'bpf_obj_new', [{ type: 'u64', name: 'id__k', raw: 'u64 id__k' }])
 * // → 'void *bpf_obj_new(u64 id__k)'
 */
export function formatSignature(returnType: string, name: string, params: readonly FunctionParam[]): string {
  const list = params.length ? params.map((p) => p.raw).join(', ') : 'void';
  return `${returnType}${returnType.endsWith('*') ? '' : ' '}${name}(${list})`;
}
