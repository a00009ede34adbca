/**
 * A rehype plugin for hand-written Markdown (kfunc notes): fenced code is highlighted as the
 * guides' code is — highlight.js through highlightCode, `hljs-*` classes styled by
 * highlight.css — and marked up as the guides' code blocks are (`pre.code-block`, reachable by
 * keyboard since a long line scrolls sideways). A block of an unknown language, or of none,
 * stays plain.
 */
import type { Element, ElementContent, Root } from 'hast';
import { highlightCode } from './highlight-code.ts';

export function rehypeHighlightCode() {
  return (tree: Root): void => {
    for (const child of tree.children) if (child.type === 'element') highlightIn(child);
  };
}

function highlightIn(node: Element): void {
  if (node.tagName === 'pre') return highlightBlock(node);
  for (const child of node.children) if (child.type === 'element') highlightIn(child);
}

function highlightBlock(pre: Element): void {
  const code = pre.children.find((c): c is Element => c.type === 'element');
  if (!code || code.tagName !== 'code') return;
  const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
  const language = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? null;
  const highlighted = highlightCode(textOf(code), language);
  code.children = highlighted.children;
  code.properties = highlighted.language ? { className: ['hljs', `language-${highlighted.language}`] } : {};
  pre.properties = { className: ['code-block'], ...(highlighted.language ? { dataLanguage: highlighted.language } : {}), tabIndex: 0 };
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
