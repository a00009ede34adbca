/**
 * The typed rst tree: docutils' node names, unist's shape (`type`, `position`, `children`).
 * Plain JSON data, so a parse can be cached by content hash and handed to the renderer as is.
 * Lines and columns are 1-based; `end` is exclusive, as in unist.
 */
export interface RstPoint {
  line: number;
  column: number;
}

export interface RstPosition {
  start: RstPoint;
  end: RstPoint;
}

interface Node<T extends string> {
  type: T;
  position: RstPosition;
}

// ---- inline ----

export interface RstText extends Node<'text'> {
  value: string;
}
export interface RstEmphasis extends Node<'emphasis'> {
  children: RstInline[];
}
export interface RstStrong extends Node<'strong'> {
  children: RstInline[];
}
export interface RstLiteral extends Node<'literal'> {
  value: string;
}
/** Interpreted text with a role that is not a cross-reference (`:c:func:`, `:term:`), or none. */
export interface RstRole extends Node<'role'> {
  /** As written (`c:func`), or null for the default role (`` `text` ``). */
  role: string | null;
  value: string;
}
/** `:ref:` / `:doc:`, with the explicit title split off (`` :ref:`text <label>` ``). */
export interface RstCrossReference extends Node<'cross_reference'> {
  role: 'ref' | 'doc';
  /** The target as written, unescaped (label name or document path). */
  target: string;
  /** The explicit title, or null when the link text comes from the target. */
  title: string | null;
}
/** `` `text <uri>`_ ``, `` `name`_ `` or `name_`. */
export interface RstHyperlink extends Node<'reference'> {
  text: string;
  /** An embedded URI (`<https://…>`), or null for a named reference. */
  refuri: string | null;
  /** The normalised name a named reference points to. */
  refname: string | null;
}
export interface RstFootnoteReference extends Node<'footnote_reference'> {
  label: string;
}
export interface RstSubstitutionReference extends Node<'substitution_reference'> {
  name: string;
}
/** The "2.5.8" of a numbered title, split off by splitSectionNumbers. */
export interface RstSectionNumber extends Node<'section_number'> {
  /** As written, with its trailing dot if any ("3.", "2.5.8"). */
  value: string;
  /** The number without a trailing dot ("3"). */
  number: string;
  /** The whitespace written between the number and the title ("  " is a defect). */
  separator: string;
}

export type RstInline =
  | RstText
  | RstEmphasis
  | RstStrong
  | RstLiteral
  | RstRole
  | RstCrossReference
  | RstHyperlink
  | RstFootnoteReference
  | RstSubstitutionReference
  | RstSectionNumber;

// ---- blocks ----

export interface RstParagraph extends Node<'paragraph'> {
  children: RstInline[];
}
export interface RstBulletList extends Node<'bullet_list'> {
  bullet: string;
  children: RstListItem[];
}
export interface RstEnumeratedList extends Node<'enumerated_list'> {
  children: RstListItem[];
}
export interface RstListItem extends Node<'list_item'> {
  children: RstBlock[];
}
export interface RstDefinitionList extends Node<'definition_list'> {
  children: RstDefinitionListItem[];
}
export interface RstDefinitionListItem extends Node<'definition_list_item'> {
  term: RstInline[];
  children: RstBlock[];
}
export interface RstBlockQuote extends Node<'block_quote'> {
  children: RstBlock[];
}
/** `::` blocks; the text is read from the source, not from restructured (it drops blank lines). */
export interface RstLiteralBlock extends Node<'literal_block'> {
  value: string;
}
export interface RstComment extends Node<'comment'> {
  value: string;
}
/** `.. _name:` (turned from a comment by labelTargets). */
export interface RstTarget extends Node<'target'> {
  /** Normalised as docutils does (fullyNormalizeName). */
  name: string;
  /** As written, between `_` and `:`. */
  rawName: string;
  /** `.. _name: https://…` is an external target, not a label `:ref:` can use. */
  refuri: string | null;
}
export interface RstDirectiveOption {
  name: string;
  value: string;
  line: number;
}
export interface RstDirective extends Node<'directive'> {
  name: string;
  /** The raw block (`.. name:: …` and its indented lines), as in the source. */
  raw: string;
  argument: string;
  options: RstDirectiveOption[];
  /** The content, dedented; '' when there is none. */
  content: string;
  /** Where the content starts (its first line, at the content's indentation), or null. */
  contentStart: RstPoint | null;
  /** The content parsed as rst, for directives whose content is rst (note, warning, …). */
  children: RstBlock[];
}
export interface RstTransition extends Node<'transition'> {}
/**
 * A block restructured could not parse, kept as source text; `children` are its lines read for
 * inline markup only (so `:ref:`s and kfunc names in it still count).
 */
export interface RstUnknown extends Node<'unknown'> {
  value: string;
  children: RstParagraph[];
}
export interface RstTitle extends Node<'title'> {
  /** The title line as written (markup and number included), what docutils measures the underline against. */
  raw: string;
  children: RstInline[];
}
/** An underline or overline as written. */
export interface RstAdornment {
  char: string;
  /** Length without trailing whitespace. */
  length: number;
  line: number;
}
export interface RstSection extends Node<'section'> {
  /** rst level: 1 for the first underline style seen, 2 for the next, … (docutils' rule). */
  level: number;
  /** The heading id docutils would give (headingId of the title), unique in the document. */
  id: string;
  title: RstTitle;
  underline: RstAdornment;
  overline: RstAdornment | null;
  children: RstBlock[];
}

export type RstBlock =
  | RstParagraph
  | RstBulletList
  | RstEnumeratedList
  | RstListItem
  | RstDefinitionList
  | RstDefinitionListItem
  | RstBlockQuote
  | RstLiteralBlock
  | RstComment
  | RstTarget
  | RstDirective
  | RstTransition
  | RstUnknown
  | RstSection;

export interface RstRoot extends Node<'root'> {
  children: RstBlock[];
}

export type RstNode = RstRoot | RstBlock | RstTitle | RstInline;
export type RstParent = Extract<RstNode, { children: unknown[] }>;
