/**
 * Code highlighting with highlight.js core and only the grammars the kernel's guides use (the
 * whole of highlight.js costs ~80 ms to import, the core ~7 ms). Tokens come out as hast
 * through a small emitter, so code never passes through an HTML string.
 */
import type { Element, ElementContent } from 'hast';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import diff from 'highlight.js/lib/languages/diff';
import json from 'highlight.js/lib/languages/json';
import makefile from 'highlight.js/lib/languages/makefile';
import python from 'highlight.js/lib/languages/python';
import shell from 'highlight.js/lib/languages/shell';

const highlighter = hljs.newInstance();
for (const [name, grammar] of Object.entries({ c, bash, shell, diff, json, makefile, python })) highlighter.registerLanguage(name, grammar);
highlighter.registerAliases(['console', 'shell-session'], { languageName: 'shell' });
highlighter.registerAliases(['sh', 'shell-script'], { languageName: 'bash' });

export interface Highlighted {
  /** The grammar used, or null when the code stays plain. */
  language: string | null;
  children: ElementContent[];
  relevance: number;
}

/** `code` highlighted as `language` (case-insensitive, aliases allowed); plain text for an unknown or `none` language. */
export function highlightCode(code: string, language: string | null): Highlighted {
  const grammar = language ? highlighter.getLanguage(language.toLowerCase()) : undefined;
  if (!language || !grammar) return { language: null, children: code ? [{ type: 'text', value: code }] : [], relevance: 0 };
  const name = language.toLowerCase();
  const result = highlighter.highlight(code, { language: name, ignoreIllegals: true });
  const emitter = (result as unknown as { _emitter: HastEmitter })._emitter;
  return { language: name, children: emitter.root.children, relevance: result.relevance };
}

/**
 * A `::` block says nothing of its language (the kernel's Sphinx highlights none of them): shell
 * sessions are told by their prompt, C by its line endings; anything else (diagrams, tables,
 * program output, BPF assembly) stays plain rather than be coloured wrongly. highlight.js'
 * relevance cannot tell them apart: it rates `struct btf_array { __u32 type; … }` 1.
 */
export function highlightLiteral(code: string): Highlighted {
  const lines = code.split('\n').filter((l) => l.trim() !== '');
  if (lines.length && /^\s*[$#%] \S/.test(lines[0])) return highlightCode(code, 'console');
  const cLike = lines.filter((l) => C_LINE.test(l)).length;
  return highlightCode(code, lines.length && cLike * 2 >= lines.length ? 'c' : null);
}

/** A line that ends a C statement or block (a trailing comment allowed), a preprocessor line, or a comment. */
const C_LINE = /(?:[;{}]\s*(?:\/\*.*\*\/|\/\/.*)?$)|^\s*#\s*(?:define|include|if|ifdef|ifndef|else|endif)\b|^\s*(?:\/\*|\*)/;

type Container = Element | { type: 'root'; children: ElementContent[] };

// What highlight.js calls on its `__emitter` option: its typed `Emitter` plus the older
// openNode/closeNode it still uses for modes with a scope.
class HastEmitter {
  readonly root: { type: 'root'; children: ElementContent[] } = { type: 'root', children: [] };
  private readonly stack: Container[] = [this.root];
  private readonly prefix: string;

  constructor(options: { classPrefix?: string }) {
    this.prefix = options.classPrefix ?? 'hljs-';
  }

  addText(value: string): void {
    if (!value) return;
    const children = this.stack[this.stack.length - 1].children;
    const last = children[children.length - 1];
    if (last?.type === 'text') last.value += value;
    else children.push({ type: 'text', value });
  }

  startScope(name: string): void {
    // `title.function` → hljs-title function_ (highlight.js' own class naming).
    const [first, ...rest] = String(name).split('.');
    const classes = [`${this.prefix}${first}`, ...rest.map((part, i) => `${part}${'_'.repeat(i + 1)}`)];
    const element: Element = { type: 'element', tagName: 'span', properties: { className: classes }, children: [] };
    this.stack[this.stack.length - 1].children.push(element);
    this.stack.push(element);
  }

  endScope(): void {
    if (this.stack.length > 1) this.stack.pop();
  }

  openNode(name: string): void {
    this.startScope(name);
  }

  closeNode(): void {
    this.endScope();
  }

  __addSublanguage(other: HastEmitter, language: string): void {
    const element: Element = { type: 'element', tagName: 'span', properties: { className: [`language-${language}`] }, children: other.root.children };
    this.stack[this.stack.length - 1].children.push(element);
  }

  finalize(): void {}

  toHTML(): string {
    return '';
  }
}

highlighter.configure({ __emitter: HastEmitter });
