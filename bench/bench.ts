/**
 * `npm run bench [-- --runs N] [--quick] [--json] [--only TEXT]`: each of our operations and its
 * peer, alternately (A B A B …), one warm-up then N counted runs; medians, min–max, ratio.
 * Results go to stdout (Markdown or JSON) and to bench/results/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { kernelTreePath } from '../tests/helpers/kernels.ts';
import { measure, median, type Measurement } from './measure.ts';
import { operations } from './operations.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, quick: { type: 'boolean' }, json: { type: 'boolean' }, only: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs));
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const kernels = Object.fromEntries(['6.1', '6.12', '7.2', '7.3'].map((v) => [v, kernelTreePath(v)]));
const ops = operations({ root, kernels, node: process.execPath, has }).filter(
  (op) => (!values.quick || op.quick) && (!values.only || op.name.includes(values.only)),
);

interface Row {
  name: string;
  peerName: string;
  goal: string;
  ours?: Summary;
  peer?: Summary;
  ratio?: number | null;
  met?: boolean;
  skipped?: string;
}
interface Summary {
  median: number;
  min: number;
  max: number;
  peakMB: number | null;
}
const summarize = (ms: Measurement[]): Summary => ({
  median: median(ms.map((m) => m.seconds)),
  min: Math.min(...ms.map((m) => m.seconds)),
  max: Math.max(...ms.map((m) => m.seconds)),
  peakMB: ms.some((m) => m.peakMB !== null) ? Math.max(...ms.map((m) => m.peakMB ?? 0)) : null,
});

const rows: Row[] = [];
for (const op of ops) {
  const row: Row = { name: op.name, peerName: op.peerName, goal: op.goal };
  rows.push(row);
  if (op.skip) {
    row.skipped = op.skip;
    process.stderr.write(`skip: ${op.name}: ${op.skip}\n`);
    continue;
  }
  process.stderr.write(`bench: ${op.name} vs ${op.peerName}\n`);
  op.prepare?.();
  const ours: Measurement[] = [];
  const peer: Measurement[] = [];
  for (let i = 0; i <= runs; i++) {
    const a = measure(op.ours);
    const b = op.peer ? measure(op.peer) : undefined;
    if (!a.ok) {
      row.skipped = `ours failed: ${a.error}`;
      break;
    }
    if (i === 0) continue; // warm-up
    ours.push(a);
    if (b) peer.push(b);
  }
  if (row.skipped) continue;
  row.ours = summarize(ours);
  row.peer = peer.length ? summarize(peer) : undefined;
  row.ratio = row.peer ? row.ours.median / row.peer.median : null;
  row.met = op.met(row.ours.median, row.ratio);
}
for (const op of ops) op.cleanup?.();

const machine = { cores: os.availableParallelism(), memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, cpu: os.cpus()[0]?.model };
const versions = Object.fromEntries(Object.entries(kernels).map(([v, p]) => [v, Boolean(p)]));
const result = { date: new Date().toISOString(), runs, machine, kernels: versions, rows };
const fmt = (s?: Summary) => (s ? `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : '—');
const table = [
  `Benchmark, ${runs} runs each after one warm-up, medians in seconds (min–max); ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}.`,
  '',
  '| operation | ours | peer | peer s | ours/peer | peak MB (ours) | goal | met |',
  '|---|---:|---|---:|---:|---:|---|---|',
  ...rows.map((r) =>
    r.skipped
      ? `| ${r.name} | — | ${r.peerName} | — | — | — | ${r.goal} | skipped: ${r.skipped} |`
      : `| ${r.name} | ${fmt(r.ours)} | ${r.peerName} | ${fmt(r.peer)} | ${r.ratio != null ? r.ratio.toFixed(2) : '—'} | ${r.ours?.peakMB ?? '—'} | ${r.goal} | ${r.met ? 'yes' : 'no'} |`,
  ),
].join('\n');
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const stamp = result.date.replace(/[:.]/g, '-');
writeFileSync(path.join(root, 'bench/results', `${stamp}.json`), JSON.stringify(result, null, 2) + '\n');
writeFileSync(path.join(root, 'bench/results', `${stamp}.md`), table + '\n');
process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : table + '\n');
