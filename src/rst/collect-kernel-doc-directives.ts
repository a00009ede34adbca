import type { KernelDocDirective, KernelDocOptions } from './rst-document.ts';
import type { RstDirectiveOption, RstRoot } from './rst-tree.ts';
import { walkTree } from './walk-tree.ts';

const LISTS = { identifiers: 'identifiers', functions: 'functions', 'no-identifiers': 'noIdentifiers', export: 'export', internal: 'internal' } as const;

const isList = (name: string): name is keyof typeof LISTS => Object.hasOwn(LISTS, name);

/** `.. kernel-doc:: FILE` directives with their options split into lists. */
export function collectKernelDocDirectives(root: RstRoot): KernelDocDirective[] {
  const out: KernelDocDirective[] = [];
  for (const node of walkTree(root)) {
    if (node.type !== 'directive' || node.name !== 'kernel-doc') continue;
    out.push({ line: node.position.start.line, file: node.argument.trim(), options: kernelDocOptions(node.options) });
  }
  return out;
}

function kernelDocOptions(options: RstDirectiveOption[]): KernelDocOptions {
  const out: KernelDocOptions = { raw: options };
  for (const option of options) {
    if (option.name === 'doc') out.doc = option.value;
    else if (isList(option.name)) out[LISTS[option.name]] = option.value.split(/\s+/).filter(Boolean);
  }
  return out;
}
