/**
 * The one place that knows the `restructured` package: it is CommonJS without types, so its
 * output is typed here once and nowhere else. Everything past this file works on RstNode.
 */
import { createRequire } from 'node:module';

export interface RestructuredPoint {
  offset: number;
  line: number;
  column: number;
}

/**
 * A node as `restructured` 0.0.11's parser emits it (also with `blanklines` and `indent`, unread). Types seen on the kernel's
 * Documentation/bpf: document, section, title, paragraph, text, emphasis, strong, literal,
 * interpreted_text, reference, footnote_reference, substitution_reference, bullet_list,
 * enumerated_list, list_item, definition_list(_item), term, definition, block_quote,
 * literal_block, comment, directive, transition, unknown, unknown_line.
 */
export interface RestructuredNode {
  type: string;
  position: { start: RestructuredPoint; end: RestructuredPoint };
  /** Leaves (`text`, `unknown_line`). */
  value?: string;
  children?: RestructuredNode[];
  /** `interpreted_text`: the role it recognised, or null (default role, or one it cannot read). */
  role?: string | null;
  /** `directive`: the directive name. */
  directive?: string;
  /** `section`: its own idea of the level; unreliable, see parse-rst-tree.ts. */
  depth?: number;
  /** `bullet_list`: the bullet character. */
  bullet?: string | null;
}

interface RestructuredApi {
  parse(text: string): unknown;
}

function isApi(value: unknown): value is RestructuredApi {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'parse') === 'function';
}

/**
 * restructured's grammar itself (lib/Parser.js, the package's PEG parser). Its front door,
 * `RST.parse`, only walks the result again to drop the `blanklines` and `indent` fields, which
 * we never read, by deep-cloning every node with lodash's `omit`: on the kernel's guides that
 * pass took 15% of the parse. The trees are otherwise identical (tested on the real trees).
 */
function loadRestructured(): RestructuredApi {
  const api: unknown = createRequire(import.meta.url)('restructured/lib/Parser.js');
  if (!isApi(api)) throw new Error('restructured: unexpected module shape (lib/Parser.js has no parse function)');
  return api;
}

let api: RestructuredApi | undefined;

/** Parses rst text with `restructured`, with positions; the root is a `document` node. */
export function parseWithRestructured(text: string): RestructuredNode {
  api ??= loadRestructured();
  const tree = api.parse(text);
  if (typeof tree !== 'object' || tree === null || Reflect.get(tree, 'type') !== 'document') {
    throw new Error('restructured: parse did not return a document node');
  }
  return tree as RestructuredNode;
}
