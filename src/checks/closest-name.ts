/**
 * The candidate nearest to `name` by edit distance, if it is close enough to be a likely typo
 * (at most a third of the name's length).
 * @example closestName('bpf_kfunc_nodeff', ['bpf_kfunc_nodef', 'kf_rcu']) // 'bpf_kfunc_nodef'
 */
import { editDistance } from '../text/edit-distance.ts';
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
