export { parseKernelDoc, type ParseKernelDocOptions } from './parse-kernel-doc.ts';
export { kernelDocDialect } from './kernel-doc-dialect.ts';
export { findFunctionDefinitions, formatSignature } from './find-function-definitions.ts';
export { toBpfDeclaration, implicitArgsStart } from './to-bpf-declaration.ts';
export { documentsName, matchKernelDoc } from './match-kernel-doc.ts';
export { KERNELDOC_CODES } from './codes.ts';
export type {
  FollowingDeclaration,
  FunctionDefinition,
  FunctionParam,
  KernelDocComment,
  KernelDocDialect,
  KernelDocKind,
  KernelDocParam,
  KernelDocSection,
} from './types.ts';
