import { describe, expect, it } from 'vitest';
import { findSectionTitles } from '../../src/rst/find-section-titles.ts';
import { assignSectionLevels } from '../../src/rst/section-levels.ts';

const titles = (text: string) => findSectionTitles(text.split('\n')).map((t) => `${t.line} ${t.style} ${t.text}`);

describe('findSectionTitles', () => {
  it('reads underlined and overlined titles, with the line of the title text', () => {
    expect(titles('=====\nTitle\n=====\n\n1. Intro\n========\n\ntext\n\n1.1 Sub\n-------\n')).toEqual(['2 == Title', '5 = 1. Intro', '10 - 1.1 Sub']);
  });

  it('takes "4. Core kfuncs" under a numbered list as a title (restructured reads it as item 4)', () => {
    expect(titles('1. one\n\n2. two\n\n4. Core kfuncs\n==============\n')).toEqual(['5 = 4. Core kfuncs']);
  });

  it('keeps a short underline of 4 or more, ignores a shorter one', () => {
    expect(titles('A longer title\n----\n\nShort\n--\n')).toEqual(['1 - A longer title']);
  });

  it('ignores transitions, paragraphs continued by a line, bullets, explicit markup and indented text', () => {
    expect(titles('text\n\n----\n\npara line\nTitle\n-----\n\n- item\n------\n\n.. note::\n-------\n\n  indented\n  --------\n')).toEqual([]);
  });

  it('takes a title right after an explicit markup block (docutils warns, then reads it)', () => {
    expect(titles('.. _label:\nTitle\n=====\n')).toEqual(['2 = Title']);
  });

  it('refuses overline and underline that differ', () => {
    expect(titles('=====\nTitle\n-----\n')).toEqual([]);
  });
});

describe('assignSectionLevels', () => {
  it('gives levels in order of first appearance and drops a title that skips a level', () => {
    const text = [['A', '='], ['B', '-'], ['C', '~'], ['D', '-'], ['E', '='], ['F', '~']].map(([t, u]) => `${t}\n${u.repeat(4)}\n`).join('\n');
    const found = findSectionTitles(text.split('\n'));
    const { titles: leveled, inconsistent } = assignSectionLevels(found);
    expect(leveled.map((t) => `${t.text}:${t.level}`)).toEqual(['A:1', 'B:2', 'C:3', 'D:2', 'E:1']);
    expect(inconsistent.map((t) => t.text)).toEqual(['F']);
  });
});
