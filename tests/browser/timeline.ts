/** Reads a kfunc page's timeline as shown, and compares it with the kfunc's lifecycle in graph.json. */
import type { Page } from 'playwright-core';
import type { GraphKfunc, LifecycleEvent } from '../../src/graph/types.ts';

export interface TimelineCell {
  version: string;
  text: string;
  /** Link texts in the cell, with where they point. */
  links: { text: string; href: string }[];
}

/** The timeline row under the Lifecycle heading, one cell per version covered. */
export async function readTimeline(page: Page): Promise<TimelineCell[]> {
  const table = page.locator('main table.kd-timeline').first();
  await table.waitFor({ state: 'visible' });
  return table.evaluate((t) => {
    const versions = [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const cells = [...t.querySelectorAll('tbody tr:first-child td')];
    return versions.map((version, i) => ({
      version,
      text: (cells[i] as HTMLElement | undefined)?.innerText ?? '',
      links: [...(cells[i]?.querySelectorAll('a') ?? [])].map((a) => ({ text: a.textContent?.trim() ?? '', href: a.href })),
    }));
  });
}

/** How the cell must word an event, so that a reader sees what happened without colour. */
function wording(event: LifecycleEvent): RegExp[] {
  const literal = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  switch (event.kind) {
    case 'introduced':
      return [/introduced|added|new/i];
    case 'flags-changed':
      return [...(event.added ?? []), ...(event.removed ?? [])].map(literal);
    case 'program-types-changed':
      return [/program type/i];
    case 'signature-changed':
      return [/signature/i];
    case 'deprecated':
      return [/deprecated/i];
    case 'renamed':
      return [/renamed/i, ...(event.to ? [literal(event.to)] : [])];
    case 'removed':
      return [/removed/i];
    case 'moved-to-test-module':
      return [/test/i];
  }
}

/** Every way the shown timeline differs from the graph's lifecycle: presence, events, evidence. */
export function timelineProblems(cells: TimelineCell[], kfunc: GraphKfunc, versions: string[]): string[] {
  const problems: string[] = [];
  const shown = cells.map((c) => c.version).join(' ');
  if (shown !== versions.join(' ')) problems.push(`columns are "${shown}", expected "${versions.join(' ')}"`);
  for (const cell of cells) {
    const present = Boolean(kfunc.versions[cell.version]);
    const says = /\bpresent\b/.test(cell.text) ? true : /\babsent\b/.test(cell.text) ? false : undefined;
    if (says !== present) problems.push(`${cell.version}: shows ${says === undefined ? 'no presence' : says ? 'present' : 'absent'}, graph.json says ${present ? 'present' : 'absent'}`);
  }
  for (const event of kfunc.lifecycle) {
    const cell = cells.find((c) => c.version === event.version);
    if (!cell) {
      problems.push(`no column for the ${event.kind} event in ${event.version}`);
      continue;
    }
    for (const pattern of wording(event)) {
      if (!pattern.test(cell.text)) problems.push(`${event.version}: the ${event.kind} event does not show ${pattern}`);
    }
    for (const ev of event.evidence) {
      const where = `${ev.file}:${ev.line}`;
      const link = cell.links.find((l) => l.text === where);
      if (!link) problems.push(`${event.version}: the ${event.kind} evidence ${where} is not a link in the cell`);
      else if (!/^https?:/.test(link.href)) problems.push(`${event.version}: the evidence link ${where} points to "${link.href}"`);
    }
  }
  return problems;
}
