/**
 * rst levels for found titles, by docutils' rule: styles get levels in order of first
 * appearance, and a title may go at most one level deeper than the section it is in. A title
 * that breaks the rule is not a section (docutils: severe "Title level inconsistent").
 */
import type { FoundTitle } from './find-section-titles.ts';

export interface LeveledTitle extends FoundTitle {
  level: number;
}

export interface SectionLevels {
  titles: LeveledTitle[];
  inconsistent: FoundTitle[];
}

export function assignSectionLevels(found: readonly FoundTitle[]): SectionLevels {
  const styles: string[] = [];
  const titles: LeveledTitle[] = [];
  const inconsistent: FoundTitle[] = [];
  let current = 0;
  for (const title of found) {
    let level = styles.indexOf(title.style) + 1;
    if (level === 0 && styles.length === current) {
      styles.push(title.style);
      level = styles.length;
    }
    if (level === 0 || level > current + 1) {
      inconsistent.push(title);
      continue;
    }
    titles.push({ ...title, level });
    current = level;
  }
  return { titles, inconsistent };
}
