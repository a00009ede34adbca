/**
 * What the kernel-doc stage hands to the graph builder: comments as kernel-doc reads them,
 * and C function definitions with their prototypes and bodies. Lines are 1-based.
 */

/**
 * Which kernel-doc's rules to follow: `python` is scripts/kernel-doc from 7.x (and the default);
 * `perl` is the script 6.x trees carry, which differs in a few corners (see read-doc-comment.ts).
 */
export type KernelDocDialect = 'python' | 'perl';

/** What a comment documents, from its identifier line (`struct x - …`, `foo() - …`, `DOC: …`). */
export type KernelDocKind = 'function' | 'struct' | 'union' | 'enum' | 'typedef' | 'var' | 'doc';

export interface KernelDocParam {
  /** As written after `@`: `p__sz`, `...`, `ops.member`. */
  name: string;
  /** Continuation lines dedented the way kernel-doc does; markup (`%NULL`, `@x`) kept as written. */
  description: string;
  line: number;
}

export interface KernelDocSection {
  /** `Description`, `Return` (also for `Returns:` / `@return:`), `Context`, or as written (`Note`, `Examples`). */
  name: string;
  text: string;
  line: number;
}

/** The declaration that follows a comment, which kernel-doc takes as the thing documented. */
export interface FollowingDeclaration {
  name: string;
  /** Line of the name. For a function definition this equals `FunctionDefinition.line`. */
  line: number;
  /**
   * `function`: a definition (also one written `SYSCALL_DEFINEn(name, …)`, named `sys_name`);
   * `prototype`: ends with `;`; `other`: a macro call or something kernel-doc cannot read as documented.
   */
  kind: 'function' | 'prototype' | 'macro' | 'struct' | 'union' | 'enum' | 'typedef' | 'other';
}

export interface KernelDocComment {
  kind: KernelDocKind;
  /** The identifier as written on the first line (`scx_bpf_dsq_insert`, `bpf_cpumask`). */
  name: string;
  /** The short description after `-`/`:`, continued on the following lines, whitespace collapsed. */
  summary: string;
  /** `@name:` entries in the order written; a name documented twice keeps its last text, as kernel-doc does. */
  params: KernelDocParam[];
  /** Every section in the order first written, including Description and Return. */
  sections: KernelDocSection[];
  /** The Description section's text, or '' when there is none. */
  description: string;
  /** The Return section's text, or null when the comment has none. */
  returns: string | null;
  file: string;
  /** Line of the opening slash-star-star. */
  line: number;
  /** Line of the identifier line. */
  nameLine: number;
  /** Line of the closing star-slash. */
  endLine: number;
  followedBy: FollowingDeclaration | null;
}

export interface FunctionParam {
  /** The type without the name: `struct task_struct *`, `bool ()(struct bpf_rb_node *a, …)`. */
  type: string;
  /** `p__sz`, `...`; '' for an unnamed parameter. */
  name: string;
  /** The parameter as written, whitespace normalised: `const char *fmt__str`. */
  raw: string;
}

export interface FunctionDefinition {
  name: string;
  file: string;
  /** Line of the name. */
  line: number;
  /** Without attributes: `void *`, `const struct cpumask *`. */
  returnType: string;
  params: FunctionParam[];
  /** `void *bpf_obj_new(u64 local_type_id__k, struct btf_struct_meta *meta)` — attributes left out. */
  signature: string;
  /** In source order: `static`, `__bpf_kfunc`, `noinline`, `__acquires(rcu)`. */
  attributes: string[];
  hasBpfKfunc: boolean;
  bodyStartLine: number;
  bodyEndLine: number;
  /** From `{` to `}` inclusive, as written (comments kept). */
  body: string;
}
