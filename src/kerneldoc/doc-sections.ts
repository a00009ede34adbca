/**
 * Collects the text of one kernel-doc comment into params and sections as kernel-doc does:
 * a param documented twice keeps its last text, a section written twice is joined as a new
 * paragraph, and an empty Description or Return is dropped.
 */
import type { KernelDocParam, KernelDocSection } from './types.ts';

export const DEFAULT_SECTION = 'Description';

const PARAM = /^@(\w*(?:(?:\.\w+)|(?:->\w+))*(?:\.\.\.)?)/;

export interface Duplicate {
  kind: 'param' | 'section';
  name: string;
  line: number;
  firstLine: number;
}

export class SectionCollector {
  readonly params = new Map<string, KernelDocParam>();
  readonly sections = new Map<string, KernelDocSection>();
  readonly duplicates: Duplicate[] = [];
  private name = DEFAULT_SECTION;
  private line = 0;
  private contents: string[] = [];

  begin(name: string, line: number): void {
    this.name = name;
    this.line = line;
    this.contents = [];
  }

  add(text: string, line: number): void {
    // Description has no heading: it starts where its first words are.
    if (this.contents.every((t) => t.trim() === '') && text.trim() !== '' && this.name === DEFAULT_SECTION) {
      this.line = line;
    }
    this.contents.push(text);
  }

  /** Stores the current section and starts an empty Description. */
  dump(): void {
    const { name, contents } = this;
    this.name = DEFAULT_SECTION;
    this.contents = [];
    if (name === DEFAULT_SECTION && contents.length === 0) return;
    const text = trimBlankLines(contents);
    const param = PARAM.exec(name);
    if (param) {
      const previous = this.params.get(param[1]);
      if (previous) this.duplicates.push({ kind: 'param', name: param[1], line: this.line, firstLine: previous.line });
      this.params.set(param[1], { name: param[1], description: text, line: this.line });
      return;
    }
    const previous = this.sections.get(name);
    if (previous && previous.text !== '') {
      if (name !== DEFAULT_SECTION) this.duplicates.push({ kind: 'section', name, line: this.line, firstLine: previous.line });
      previous.text = text === '' ? previous.text : `${previous.text}\n\n${text}`;
    } else {
      this.sections.set(name, { name, text, line: previous?.line || this.line });
    }
  }

  /** Sections in order, with the empty Description and Return left out. */
  finishedSections(): KernelDocSection[] {
    return [...this.sections.values()].filter((s) => s.text !== '' || (s.name !== DEFAULT_SECTION && s.name !== 'Return'));
  }
}

/**
 * Drops blank lines at both ends and trailing blanks on each line.
 *
 * @example
 * trimBlankLines(['', '  a ', '', 'b', '']) // → '  a\n\nb'
 */
export function trimBlankLines(lines: readonly string[]): string {
  let from = 0;
  let to = lines.length;
  while (from < to && lines[from].trim() === '') from++;
  while (to > from && lines[to - 1].trim() === '') to--;
  return lines.slice(from, to).map((l) => l.trimEnd()).join('\n');
}
