import { fromRestructured, type SourceWindow } from './from-restructured.ts';
import { parseWithRestructured } from './restructured.ts';
import type { RstBlock } from './rst-tree.ts';

/**
 * Body text (no section titles: those are found by findSectionTitles) parsed with restructured
 * into typed blocks placed at `window`. A parser exception leaves the text as one unknown block
 * instead of losing the document.
 */
export function parseBlocks(text: string, window: SourceWindow): RstBlock[] {
  if (text.trim() === '') return [];
  try {
    return fromRestructured(parseWithRestructured(text), window);
  } catch {
    const lines = text.split('\n');
    return [
      {
        type: 'unknown',
        position: {
          start: { line: window.lineShift + 1, column: window.columnShift + 1 },
          end: { line: window.lineShift + lines.length, column: window.columnShift + 1 },
        },
        value: text,
        children: [],
      },
    ];
  }
}
