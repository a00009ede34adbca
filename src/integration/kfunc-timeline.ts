/**
 * One row of the versions covered for a kfunc: presence in each version and the lifecycle
 * events placed there, each with its evidence and a line of text.
 */
import type { GraphKfunc, LifecycleEvent } from '../graph/types.ts';
import type { TimelineCell, TimelineEvent } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { shortProgramTypes } from './program-types.ts';
import { eventPatchRef } from './to-patch-entries.ts';

/**
 * @example eventText({ kind: 'flags-changed', added: ['KF_RCU'], removed: [] , … }) // 'flags: +KF_RCU'
 */
export function eventText(event: LifecycleEvent): string {
  const delta = (prefix: string, added: string[] = [], removed: string[] = []) =>
    `${prefix}: ${[...added.map((a) => `+${a}`), ...removed.map((r) => `−${r}`)].join(' ')}`;
  switch (event.kind) {
    case 'introduced':
      return event.from ? `introduced (renamed from ${event.from})` : 'introduced';
    case 'flags-changed':
      return event.added?.length || event.removed?.length ? delta('flags', event.added, event.removed) : (event.detail ?? 'flags changed');
    case 'program-types-changed':
      return event.added?.length || event.removed?.length
        ? delta('program types', shortProgramTypes(event.added ?? []), shortProgramTypes(event.removed ?? []))
        : (event.detail ?? 'program types changed');
    case 'signature-changed':
      return `signature changed${event.detail ? `: ${event.detail}` : ''}`;
    case 'deprecated':
      return `deprecated${event.to ? `, use ${event.to}` : ''}${event.removalPlanned ? `; removal planned in ${event.removalPlanned}` : ''}`;
    case 'renamed':
      return `renamed to ${event.to ?? '?'}`;
    case 'removed':
      return 'removed';
    case 'moved-to-test-module':
      return 'moved to the selftest module';
  }
}

function when(event: LifecycleEvent): string | undefined {
  if (event.atOrBefore) return `at or before ${event.version}`;
  if (event.after) return `between ${event.after} and ${event.version}`;
  return undefined;
}

/** A detail that only repeats the event's text or its evidence is not shown twice. */
function repeats(detail: string, text: string, event: LifecycleEvent): boolean {
  const said = [text, ...event.evidence.map((e) => e.text)];
  const flat = (s: string) => s.replace(/[−-]/g, '').replace(/\s+/g, ' ').trim();
  return detail
    .split(/;\s+/)
    .every((piece) => said.some((s) => flat(s).includes(flat(piece).replace(/^[+]/, '')) || flat(piece).includes(flat(s))));
}

export function toTimelineEvent(event: LifecycleEvent, ctx: GraphContext): TimelineEvent {
  const target = event.to ?? event.from;
  const text = eventText(event);
  return {
    kind: event.kind,
    text,
    ...(event.detail && !repeats(event.detail, text, event) ? { detail: event.detail } : {}),
    ...(when(event) ? { when: when(event) } : {}),
    ...(target && ctx.kfuncNames.has(target) ? { link: target } : {}),
    ...(event.patch ? { patch: eventPatchRef(event.patch, ctx) } : {}),
    evidence: event.evidence.map(ctx.evidence),
  };
}

export function kfuncTimeline(kfunc: GraphKfunc, ctx: GraphContext): TimelineCell[] {
  return ctx.graph.versions.map((version) => ({
    version,
    present: Boolean(kfunc.versions[version]),
    flags: kfunc.versions[version]?.flags ?? [],
    events: kfunc.lifecycle.filter((e) => e.version === version).map((e) => toTimelineEvent(e, ctx)),
  }));
}
