/** Sphinx's C domain (`.. c:function:: int f(int x)` and the like): the declaration, then its description. */
import { h } from '../hast-builders.ts';
import { highlightCode } from '../highlight-code.ts';
import { sphinxId } from '../sphinx-id.ts';
import type { DirectiveHandler } from './directive-types.ts';

/** The declared name: the identifier before the parameter list, or the last one. */
function declaredName(signature: string): string | undefined {
  const beforeParams = /([A-Za-z_]\w*)\s*\(/.exec(signature)?.[1];
  return beforeParams ?? [...signature.matchAll(/[A-Za-z_]\w*/g)].at(-1)?.[0];
}

export const cObject: DirectiveHandler = (node, state) => {
  const signature = node.argument.trim();
  const name = declaredName(signature);
  const id = name ? sphinxId(`c.${name}`) : undefined;
  const href = name ? state.context.kfuncHref(name) : undefined;
  const code = h('code', { className: ['sig', 'hljs', 'language-c'] }, highlightCode(signature, 'c').children);
  return [
    h('dl', { className: ['c', node.name.slice(2)] }, [
      h('dt', { id: id && state.claimId(id) ? id : undefined }, [href ? h('a', { href, className: ['reference', 'kfunc'] }, [code]) : code]),
      h('dd', {}, state.all(node.children)),
    ], node.position),
  ];
};
