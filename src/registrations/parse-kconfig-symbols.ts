/** A `config FOO` entry of a Kconfig file and its type, for Kbuild's module question. */
export interface KconfigSymbol {
  /** As written after `config`, without the `CONFIG_` prefix. */
  name: string;
  type: 'bool' | 'tristate' | 'string' | 'int' | 'hex' | null;
  line: number;
}

/**
 * The symbols a Kconfig file declares (`config` / `menuconfig`) with their type, from the type
 * line (`tristate "…"`) or a `def_bool` / `def_tristate` default.
 */
export function parseKconfigSymbols(text: string): KconfigSymbol[] {
  const out: KconfigSymbol[] = [];
  let current: KconfigSymbol | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    const start = /^(?:menu)?config\s+(\w+)$/.exec(line);
    if (start) {
      current = { name: start[1], type: null, line: index + 1 };
      out.push(current);
      return;
    }
    if (/^(?:choice|endchoice|menu|endmenu|if|endif|source|comment|mainmenu)\b/.test(line)) {
      current = undefined;
      return;
    }
    const type = /^(?:def_)?(bool|tristate|string|int|hex)\b/.exec(line);
    if (current && type && current.type === null) current.type = type[1] as KconfigSymbol['type'];
  });
  return out;
}

/**
 * A lookup for `parseKbuild`'s `isTristate` from parsed Kconfig symbols; accepts `CONFIG_X` or `X`.
 * Undefined for a symbol it has not seen.
 */
export function tristateLookup(symbols: readonly KconfigSymbol[]): (symbol: string) => boolean | undefined {
  const types = new Map(symbols.map((s) => [s.name, s.type]));
  return (symbol) => {
    const type = types.get(symbol.replace(/^CONFIG_/, ''));
    return type === undefined || type === null ? undefined : type === 'tristate';
  };
}
