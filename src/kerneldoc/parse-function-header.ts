/**
 * Reads `[macro(...)] [attributes] return-type name(params) [attributes]` out of the text before a
 * top-level `{` or `;`. Initialisers and struct bodies give null; a macro call alone (`DEFINE_X(y)`,
 * `BPF_CALL_2(name, …)`) gives its name with an empty return type.
 */
import { tokenizeHeader, type HeaderToken } from './header-tokens.ts';
import { normalizeCSpacing } from './normalize-c-spacing.ts';

export interface FunctionHeader {
  name: string;
  nameOffset: number;
  /** '' for a macro-like call with no type before the name (`DEFINE_FOO(x)`). */
  returnType: string;
  attributes: string[];
  /** Text between the parameter parentheses, and the offset of its first character. */
  paramsText: string;
  paramsOffset: number;
}

/** Words that change linkage, inlining, sections or checking, not the type, so stay out of a signature. */
const ATTRIBUTE_WORDS = new Set([
  '__bpf_kfunc', 'static', 'extern', 'inline', '__inline', '__inline__', '__always_inline', 'noinline',
  '__noinline', 'noinline_for_stack', '__weak', 'notrace', '__used', '__maybe_unused', '__always_unused',
  '__init', '__exit', '__meminit', '__init_or_module', '__must_check', '__cold', '__hot', '__visible',
  'asmlinkage', '__sched', '__noclone', '__flatten', '__deprecated', '__nocfi', 'noinstr', '__kprobes',
  'nokprobe_inline', '__attribute_const__', '__pure', '__retain', '__noreturn', '__naked', 'STATIC_IFN_KUNIT',
  'INLINE_IFN_KUNIT', '__latent_entropy', '__no_kcsan', '__no_sanitize_address', '__no_profile', '__bpf_hook',
  '__no_context_analysis', '__FORTIFY_INLINE',
]);

const NOT_A_NAME = new Set([
  'if', 'for', 'while', 'switch', 'return', 'sizeof', 'typeof', '__typeof__', 'defined', 'else', 'do', 'case',
  'goto', 'struct', 'union', 'enum', '__attribute__', 'asm', '__asm__', 'alignof', '_Alignof', 'offsetof',
]);

/** `code` has comments and directives blanked; `from`/`to` bound the header text. */
export function parseFunctionHeader(code: string, from: number, to: number): FunctionHeader | null {
  const tokens = tokenizeHeader(code, from, to);
  if (tokens.some((t) => t.kind === 'punct' && t.text === '=')) return null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const name = tokens[i];
    const params = tokens[i + 1];
    if (name.kind !== 'ident' || params.kind !== 'parens' || NOT_A_NAME.has(name.text)) continue;
    if (!onlyAttributes(tokens, i + 2)) continue;
    const before = tokens[i - 1];
    if (before?.kind === 'punct' && before.text !== '*') continue;
    if (before?.kind === 'ident' && NOT_A_NAME.has(before.text)) continue;
    const prefix = splitPrefix(tokens.slice(0, i));
    return {
      name: name.text,
      nameOffset: name.start,
      returnType: prefix.type,
      attributes: [...prefix.attributes, ...tokensToAttributes(tokens.slice(i + 2))],
      paramsText: params.text.slice(1, -1),
      paramsOffset: params.start + 1,
    };
  }
  return null;
}

/** Attribute words and `__`-macros (`__printf(1, 2)`, `__acquires(x)`) are not names of anything documented. */
export function isAttributeName(word: string): boolean {
  return word.startsWith('__') || ATTRIBUTE_WORDS.has(word);
}

function isAttributeCall(tokens: HeaderToken[], identIndex: number): boolean {
  const t = tokens[identIndex];
  return t !== undefined && t.kind === 'ident' && isAttributeName(t.text);
}

/** After the parameter list only attributes may follow: `__acquires(rcu)`, `__attribute__((x))`. */
function onlyAttributes(tokens: HeaderToken[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'ident' || !(isAttributeName(t.text) || t.text === 'asm')) return false;
    if (tokens[i + 1]?.kind === 'parens') i++;
  }
  return true;
}

/**
 * The tokens before the name: a macro call that is not an attribute (`BTF_ID_LIST(x)`) ends an
 * earlier statement, so only what follows it counts; attribute words go apart from the type.
 */
function splitPrefix(tokens: HeaderToken[]): { type: string; attributes: string[] } {
  let start = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].kind === 'ident' && tokens[i + 1].kind === 'parens' && !isAttributeCall(tokens, i)) start = i + 2;
  }
  const attributes: string[] = [];
  const type: string[] = [];
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    const call = tokens[i + 1]?.kind === 'parens' && t.kind === 'ident';
    if (t.kind === 'ident' && (ATTRIBUTE_WORDS.has(t.text) || call)) {
      attributes.push(call ? normalizeCSpacing(t.text + tokens[i + 1].text) : t.text);
      if (call) i++;
    } else {
      type.push(t.text);
    }
  }
  return { type: normalizeCSpacing(type.join(' ')), attributes };
}

function tokensToAttributes(tokens: HeaderToken[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i + 1]?.kind === 'parens') {
      out.push(normalizeCSpacing(tokens[i].text + tokens[i + 1].text));
      i++;
    } else {
      out.push(tokens[i].text);
    }
  }
  return out;
}
