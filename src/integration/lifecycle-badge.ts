/**
 * The one-line lifecycle of a kfunc as seen from the newest version covered, in text and tone
 * (the tone picks the colour; the text alone must say it all).
 */
import type { GraphKfunc, LifecycleEvent } from '../graph/types.ts';
import type { KfuncStatus, LifecycleBadge } from './entry-types.ts';

const CHANGES = new Set(['flags-changed', 'program-types-changed', 'signature-changed']);

function last(events: LifecycleEvent[], kind: string): LifecycleEvent | undefined {
  return events.filter((e) => e.kind === kind).at(-1);
}

/** Whether the kfunc is registered in the newest version, and how it left when not. */
export function kfuncStatus(kfunc: GraphKfunc, newest: string): KfuncStatus {
  if (!kfunc.versions[newest]) return last(kfunc.lifecycle, 'renamed') ? 'renamed' : 'removed';
  return last(kfunc.lifecycle, 'deprecated') ? 'deprecated' : 'active';
}

/**
 * @example lifecycleBadge(kfunc, '7.0').text // 'deprecated since 6.19 — removal planned in 7.0'
 */
export function lifecycleBadge(kfunc: GraphKfunc, newest: string): LifecycleBadge {
  const events = kfunc.lifecycle;
  const status = kfuncStatus(kfunc, newest);
  const renamed = last(events, 'renamed');
  const removed = last(events, 'removed');
  if (status === 'renamed' && renamed) {
    return { tone: 'renamed', text: `renamed to ${renamed.to ?? '?'} in ${renamed.version}`, short: `renamed ${renamed.version}` };
  }
  if (status === 'removed') {
    return { tone: 'removed', text: `removed in ${removed?.version ?? 'a later version'}`, short: `removed ${removed?.version ?? ''}`.trim() };
  }
  const deprecated = last(events, 'deprecated');
  if (deprecated) {
    const planned = deprecated.removalPlanned ? ` — removal planned in ${deprecated.removalPlanned}` : '';
    return { tone: 'deprecated', text: `deprecated since ${deprecated.version}${planned}`, short: 'deprecated' };
  }
  const introduced = last(events, 'introduced');
  if (introduced && introduced.version === newest && !introduced.atOrBefore) {
    return { tone: 'new', text: `new in ${newest}`, short: 'new' };
  }
  const changed = events.filter((e) => CHANGES.has(e.kind)).at(-1);
  if (changed && changed.version === newest) return { tone: 'changed', text: `changed in ${newest}`, short: 'changed' };
  const since = introduced ? `${introduced.version}${introduced.atOrBefore ? ' or earlier' : ''}` : kfunc.lifecycle[0]?.version;
  return { tone: 'stable', text: since ? `available since ${since}` : 'available', short: 'stable' };
}
