/**
 * Reads what `scripts/kernel-doc -rst -l` prints for functions and function-like macros back into
 * data: name, summary, parameters (as the prototype lists them, with kernel-doc's description or
 * none), and sections. Other entries (structs, enums, DOC blocks) are skipped.
 */
export interface OracleParam {
  /** The parameter name pulled from the printed type (`const char *fmt` → `fmt`). */
  name: string;
  printed: string;
  /** null when kernel-doc printed *undescribed*. */
  description: string | null;
}

export interface OracleEntry {
  kind: 'function' | 'macro';
  name: string;
  signature: string;
  summary: string;
  params: OracleParam[];
  sections: { name: string; text: string }[];
}

const DIRECTIVE = /^\.\. c:(function|macro)::\s*(.*)$/;
const LINENO = /^\.\. LINENO \d+$/;
/** Where the next entry (function, struct, DOC block…) starts. */
const BOUNDARY = /^\.\. (?:c:\w+::|_)/;

export function readRstOutput(rst: string): OracleEntry[] {
  const lines = rst.split('\n').filter((l) => !LINENO.test(l));
  const entries: OracleEntry[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = DIRECTIVE.exec(lines[i]);
    if (!m) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !BOUNDARY.test(lines[end])) end++;
    entries.push(readEntry(m[1] as 'function' | 'macro', m[2], lines.slice(i + 1, end)));
    i = end;
  }
  return entries;
}

function readEntry(kind: 'function' | 'macro', directive: string, body: string[]): OracleEntry {
  const sigLine = body.find((l) => l.startsWith('``'));
  const afterSignature = kind === 'macro' && sigLine ? body.indexOf(sigLine) + 1 : 0;
  const signature = kind === 'macro' && sigLine ? sigLine.slice(2, -2) : directive;
  const name = kind === 'macro' ? directive.trim() : nameOfSignature(directive);
  const summary: string[] = [];
  const params: OracleParam[] = [];
  const sections: { name: string; text: string }[] = [];
  let mode: 'summary' | 'params' | 'section' = 'summary';
  let current: string[] = [];
  // Python kernel-doc (and Perl from 6.3 on) indents the body inside `.. container:: kernelindent`.
  const base = body.some((l) => l.startsWith('.. container:: kernelindent')) ? '  ' : '';
  const heading = new RegExp(`^${base}\\*\\*([^*]+)\\*\\*$`);
  const paramLine = new RegExp(`^${base}\`\`(.*)\`\`$`);
  const paramIndent = new RegExp(`^ {0,${base.length + 2}}`);
  const textIndent = new RegExp(`^ {0,${base.length}}`);
  const flush = () => {
    if (mode === 'params' && params.length) {
      const text = current.join('\n').trim();
      params[params.length - 1].description = text === '*undescribed*' ? null : text;
    } else if (mode === 'section' && sections.length) {
      sections[sections.length - 1].text = current.join('\n').trim();
    }
    current = [];
  };
  for (let i = afterSignature; i < body.length; i++) {
    const line = body[i];
    const title = heading.exec(line);
    if (title && (body[i + 1] ?? '') === '') {
      flush();
      if (title[1] === 'Parameters') mode = 'params';
      else {
        mode = 'section';
        sections.push({ name: title[1], text: '' });
      }
      continue;
    }
    const param = mode === 'params' ? paramLine.exec(line) : null;
    if (param) {
      flush();
      params.push({ name: paramName(param[1]), printed: param[1], description: null });
      continue;
    }
    if (mode === 'summary') {
      if (line.startsWith('   ')) summary.push(line.trim());
    } else {
      if (line.startsWith('.. container::')) continue;
      current.push(line.replace(mode === 'params' ? paramIndent : textIndent, ''));
    }
  }
  flush();
  return { kind, name, signature, summary: summary.join(' ').trim(), params, sections };
}

/** `__bpf_kfunc void * bpf_obj_new (u64 a, …)` → `bpf_obj_new`. */
function nameOfSignature(signature: string): string {
  const open = signature.indexOf(' (');
  const head = open < 0 ? signature : signature.slice(0, open);
  return /(\w+)\s*$/.exec(head)?.[1] ?? head;
}

/** The name inside a printed parameter: `bool (*less)(…)` → `less`, `u8 addr[6]` → `addr`, `...` → `...`. */
function paramName(printed: string): string {
  if (printed.endsWith('...')) return '...';
  const pointer = /\(\s*\*?\s*(\w+)\s*\)\s*\(/.exec(printed);
  if (pointer) return pointer[1];
  const m = /(\w+)\s*(?:\[[^\]]*\]\s*)*$/.exec(printed);
  return m ? m[1] : printed;
}
