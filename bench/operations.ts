/**
 * The rows of the benchmark: each of our operations beside the alternative people use today,
 * measured alternately in the same run. A row whose peer or tree is missing says why and skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CommandSpec } from './measure.ts';
import { makeSphinxCopy, SPHINX_BUILD, type SphinxCopy } from './sphinx-copy.ts';
import { CHROMIUM_PATH } from '../tests/browser/launch-browser.ts';

export interface Operation {
  name: string;
  ours: CommandSpec;
  peer: CommandSpec | null;
  peerName: string;
  /** The goal in words, and as a check on (our median seconds, ratio ours/peer). */
  goal: string;
  met: (oursSeconds: number, ratio: number | null) => boolean;
  /** Why the row cannot run here, when it cannot. */
  skip?: string;
  /** Run once before the warm-up (e.g. fill a cache). */
  prepare?: () => void;
  cleanup?: () => void;
  quick?: boolean;
}

export interface BenchContext {
  root: string;
  kernels: Record<string, string | undefined>;
  node: string;
  has: (command: string) => boolean;
}

const NEEDLES = ['BTF_ID_FLAGS', 'BTF_KFUNCS_START', 'BTF_SET8_START', 'btf_kfunc_id_set', '__bpf_kfunc'];

/** The same search as our scan: the C sources (not headers, see KernelTree#findSources) with a needle. */
function findPeer(ctx: BenchContext, trees: string[]): { spec: CommandSpec; name: string } {
  if (ctx.has('rg')) {
    return { name: 'ripgrep -l', spec: { argv: ['rg', '-l', '--no-messages', '-g', '*.c', ...NEEDLES.flatMap((n) => ['-e', n]), ...trees] } };
  }
  return { name: 'grep -rl', spec: { argv: ['grep', '-rlF', '--include=*.c', ...NEEDLES.flatMap((n) => ['-e', n]), ...trees] } };
}

export function operations(ctx: BenchContext): Operation[] {
  // The entry users run (`npm run kfuncdoc`, the package's bin), not src/cli/run.ts itself.
  const entry = path.join(ctx.root, 'bin/kfuncdoc.js');
  const cli = (args: string[], env: Record<string, string>): CommandSpec => ({
    argv: [ctx.node, entry, ...args],
    env,
  });
  const ops: Operation[] = [];
  const k72 = ctx.kernels['7.2'];
  const all = ['6.1', '6.12', '7.2', '7.3'].map((v) => ctx.kernels[v]);
  const missing72 = k72 ? undefined : 'linux-7.2 not fetched (../shared/fetch-kernels 7.2)';
  const missingAll = all.every(Boolean) ? undefined : 'not all of 6.1, 6.12, 7.2, 7.3 fetched (../shared/fetch-kernels)';

  const warmDir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-bench-warm-'));
  const coldDirs: string[] = [];
  const freshCache = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-bench-cold-'));
    coldDirs.push(dir);
    return dir;
  };
  const cleanup = () => {
    for (const d of [warmDir, ...coldDirs]) rmSync(d, { recursive: true, force: true });
  };

  if (true) {
    const peer = findPeer(ctx, k72 ? [k72] : []);
    const coldEnv: Record<string, string> = {};
    ops.push({
      name: 'graph, one 7.2 tree, cold',
      ours: { ...cli(['graph', '--kernel', k72 ?? '', '--out', '/dev/null'], coldEnv), before: () => (coldEnv.KFUNCDOC_CACHE_DIR = freshCache()) },
      peer: peer.spec,
      peerName: peer.name,
      goal: '≤ 2.0 s (≈ 3× ripgrep)',
      met: (s, r) => (r !== null ? r <= 4 : s <= 2.0) && s <= 2.0,
      skip: missing72,
      quick: true,
    });
    ops.push({
      name: 'graph, one 7.2 tree, warm',
      ours: cli(['graph', '--kernel', k72 ?? '', '--out', '/dev/null'], { KFUNCDOC_CACHE_DIR: warmDir }),
      peer: peer.spec,
      peerName: peer.name,
      goal: '≤ 0.5 s',
      met: (s) => s <= 0.5,
      skip: missing72,
      quick: true,
    });
  }
  {
    const trees = all.filter((t): t is string => Boolean(t));
    const peer = findPeer(ctx, trees);
    const args = ['graph', ...trees.flatMap((t) => ['--kernel', t]), '--out', '/dev/null'];
    const coldEnv: Record<string, string> = {};
    ops.push({
      name: 'graph, four trees, cold',
      ours: { ...cli(args, coldEnv), before: () => (coldEnv.KFUNCDOC_CACHE_DIR = freshCache()) },
      peer: peer.spec,
      peerName: peer.name,
      goal: '≤ 6 s',
      met: (s) => s <= 6,
      skip: missingAll,
    });
    ops.push({
      name: 'graph, four trees, warm',
      ours: cli(args, { KFUNCDOC_CACHE_DIR: warmDir }),
      peer: peer.spec,
      peerName: peer.name,
      goal: '≤ 1.5 s',
      met: (s) => s <= 1.5,
      skip: missingAll,
    });
  }
  {
    const kernelDoc = k72 ? path.join(k72, 'scripts/kernel-doc') : '';
    const script = path.join(ctx.root, 'bench/kerneldoc-files.ts');
    const list = path.join(warmDir, 'kerneldoc-files.txt');
    ops.push({
      name: 'kernel-doc of the kfunc files (7.2)',
      prepare: () => void spawnSync(ctx.node, [script, 'list', k72 ?? '', list]),
      ours: { argv: [ctx.node, script, 'ours', k72 ?? '', list] },
      peer: { argv: [ctx.node, script, 'peer', k72 ?? '', list] },
      peerName: 'scripts/kernel-doc -none',
      goal: 'faster than scripts/kernel-doc',
      met: (_s, r) => r !== null && r < 1,
      skip: missing72 ?? (existsSync(kernelDoc) ? undefined : 'no scripts/kernel-doc in the 7.2 tree'),
      quick: true,
    });
  }
  {
    // Sphinx rows share one scratch copy of 7.2 (Sphinx writes into the tree it builds).
    let copy: SphinxCopy | undefined;
    const sphinxSkip = missing72 ?? (ctx.has('sphinx-build') ? undefined : 'sphinx-build missing (apt-get install python3-sphinx)');
    const ensureCopy = () => (copy ??= makeSphinxCopy(k72!));
    const sphinxEnv = { PYTHONDONTWRITEBYTECODE: '1' };
    const checkEnv: Record<string, string> = { KFUNCDOC_CACHE_DIR: path.join(warmDir, 'check') };
    const lazyArgs: CommandSpec = { argv: [], env: checkEnv };
    ops.push({
      name: 'check after a kfuncs.rst edit (7.2)',
      prepare: () => {
        ensureCopy();
        // Our cache from an earlier run, and Sphinx's first build, both present.
        spawnSync(ctx.node, [entry, 'check', '--kernel', copy!.dir], { env: { ...process.env, ...checkEnv } });
        spawnSync(SPHINX_BUILD(copy!.dir)[0], SPHINX_BUILD(copy!.dir).slice(1), { env: { ...process.env, ...sphinxEnv } });
      },
      ours: Object.assign(lazyArgs, {
        before: () => {
          copy!.editKfuncsRst();
          lazyArgs.argv = [ctx.node, entry, 'check', '--kernel', copy!.dir];
        },
      }),
      peer: {
        argv: [],
        env: sphinxEnv,
        before() {
          copy!.editKfuncsRst();
          this.argv = SPHINX_BUILD(copy!.dir);
        },
      },
      peerName: 'Sphinx incremental (make SPHINXDIRS=bpf htmldocs)',
      goal: '≤ 0.5 × Sphinx (≤ 0.45 s)',
      met: (s, r) => r !== null && r <= 0.5 && s <= 0.45,
      skip: sphinxSkip,
    });
    const trees4 = all.filter((t): t is string => Boolean(t));
    const siteOut = path.join(warmDir, 'site');
    const siteCold: Record<string, string> = { ASTRO_TELEMETRY_DISABLED: '1' };
    const sphinxCold: CommandSpec = {
      argv: [],
      env: sphinxEnv,
      before() {
        rmSync(path.join(copy!.dir, 'Documentation/output'), { recursive: true, force: true });
        this.argv = SPHINX_BUILD(copy!.dir);
      },
    };
    const buildArgs = ['build', ...trees4.flatMap((t) => ['--kernel', t]), '--out', siteOut];
    const siteRow = (name: string, env: Record<string, string>, before: () => void, prepare: () => void): Operation => ({
      name,
      prepare,
      ours: {
        ...cli(buildArgs, env),
        before: () => {
          before();
          rmSync(siteOut, { recursive: true, force: true });
          rmSync(path.join(ctx.root, 'node_modules/.astro'), { recursive: true, force: true });
        },
      },
      peer: sphinxCold,
      peerName: 'Sphinx cold build of the bpf docs (7.2)',
      goal: '≤ 2.0 × Sphinx for now (1.0 the aim); ≤ 1 GB',
      met: (_s, r) => r !== null && r <= 2.0,
      skip: sphinxSkip ?? missingAll,
    });
    ops.push(siteRow('site, four versions, clean build (no cache of ours)', siteCold, () => (siteCold.KFUNCDOC_CACHE_DIR = freshCache()), ensureCopy));
    ops.push(
      siteRow(
        'site, four versions, clean build (graph cache warm)',
        { KFUNCDOC_CACHE_DIR: warmDir, ASTRO_TELEMETRY_DISABLED: '1' },
        () => {},
        () => {
          ensureCopy();
          spawnSync(ctx.node, [entry, 'graph', ...trees4.flatMap((t) => ['--kernel', t]), '--out', '/dev/null'], { env: { ...process.env, KFUNCDOC_CACHE_DIR: warmDir } });
        },
      ),
    );
    // The preview rows: the seed patch (issue 5) on a scratch copy of 7.2 whose kfuncs.rst is the
    // patch's base. A copy of their own: the rows above edit the shared copy's kfuncs.rst.
    const mail = path.join(ctx.root, '../shared/mail');
    const seed = path.join(mail, '11-void-v2-doc-lifecycle.eml');
    const base = path.join(mail, 'kfuncs.rst.base-0bd07b39');
    const previewSkip = sphinxSkip ?? (existsSync(seed) && existsSync(base) ? undefined : `${mail} (the seed patch and kfuncs.rst.base-0bd07b39) not found`);
    let previewCopy: SphinxCopy | undefined;
    let baseText = '';
    let toggled = false;
    const ensurePreviewCopy = () => {
      if (previewCopy) return previewCopy;
      previewCopy = makeSphinxCopy(k72!);
      baseText = readFileSync(base, 'utf8');
      writeFileSync(path.join(previewCopy.dir, 'Documentation/bpf/kfuncs.rst'), baseText);
      return previewCopy;
    };
    const previewEnv: Record<string, string> = { KFUNCDOC_CACHE_DIR: path.join(warmDir, 'preview') };
    const previewArgs: CommandSpec = { argv: [], env: previewEnv };
    ops.push({
      name: 'preview of the seed patch (renumbering kfuncs.rst), 7.2, warm cache',
      prepare: () => {
        const copy = ensurePreviewCopy();
        // Our cache filled by an earlier preview, and Sphinx's first build of the base, both present.
        spawnSync(ctx.node, [entry, 'preview', seed, '--kernel', copy.dir], { env: { ...process.env, ...previewEnv } });
        spawnSync(SPHINX_BUILD(copy.dir)[0], SPHINX_BUILD(copy.dir).slice(1), { env: { ...process.env, ...sphinxEnv } });
      },
      ours: Object.assign(previewArgs, {
        before: () => (previewArgs.argv = [ctx.node, entry, 'preview', seed, '--kernel', previewCopy!.dir]),
      }),
      peer: {
        argv: [],
        env: sphinxEnv,
        before() {
          // A real change for Sphinx to rebuild: a trailing blank line toggled, as an edit would make.
          toggled = !toggled;
          writeFileSync(path.join(previewCopy!.dir, 'Documentation/bpf/kfuncs.rst'), toggled ? baseText + '\n' : baseText);
          this.argv = SPHINX_BUILD(previewCopy!.dir);
        },
      },
      peerName: 'Sphinx incremental after a kfuncs.rst edit (make SPHINXDIRS=bpf htmldocs)',
      goal: '≤ 0.5 × Sphinx and ≤ 0.45 s (issue 5)',
      met: (s, r) => r !== null && r <= 0.5 && s <= 0.45,
      skip: previewSkip,
    });
    // What both `--serve` rows start with: the preview server of the seed patch, and its URL
    // (`startServe()`). Each script defines `fail`, which closes what it opened.
    const servePrelude = `
      import { spawn } from 'node:child_process';
      const [run, seed, tree] = process.argv.slice(1);
      let child;
      let err = '';
      setTimeout(() => fail('no patched page after 60 s'), 60000).unref();
      const startServe = () => {
        child = spawn(process.execPath, [run, 'preview', seed, '--kernel', tree, '--serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', (code) => fail('kfuncdoc preview exited with ' + code + '\\n' + err.slice(-2000)));
        let out = '';
        return new Promise((resolve) => {
          child.stdout.on('data', (d) => { out += d; const m = /Serving the patched site at (http:[^ ]+?)preview\\//.exec(out); if (m) resolve(m[1]); });
        });
      };
      const stopServe = () => { child.removeAllListeners('exit'); child.kill('SIGINT'); };
    `;
    const serveRow = (name: string, script: string, row: Pick<Operation, 'goal' | 'met' | 'skip' | 'cleanup'>): Operation => ({
      name,
      prepare: ensurePreviewCopy,
      ours: {
        argv: [],
        env: previewEnv,
        before() {
          this.argv = [ctx.node, '--input-type=module', '-e', servePrelude + script, entry, seed, previewCopy!.dir];
        },
      },
      peer: null,
      peerName: '— (Sphinx has no server; its incremental build is the row above)',
      ...row,
    });
    // `preview --serve`, as a reader sees it: from the command to /preview/, the page the URL
    // points to, loaded in Chromium (its load event: styles and scripts in, nothing reloads), then
    // the renumbered guide loaded too (not timed, but checked). Chromium starts before the clock,
    // as the reader's browser is open already; stopping the server is not part of the time.
    const inChromium = `
      import { launchBrowser } from ${JSON.stringify(path.join(ctx.root, 'tests/browser/launch-browser.ts'))};
      let browser;
      const fail = async (why) => { child?.kill('SIGINT'); console.error(why); await browser?.close(); process.exit(1); };
      browser = await launchBrowser();
      const page = await browser.context.newPage();
      const started = performance.now();
      const base = await startServe();
      let loads = 0;
      page.on('load', () => loads++);
      const report = await page.goto(base + 'preview/', { waitUntil: 'load' });
      const seconds = (performance.now() - started) / 1000;
      if (report?.status() !== 200) await fail('/preview/: HTTP ' + report?.status());
      const guide = await page.goto(base + 'docs/bpf/kfuncs/', { waitUntil: 'load' });
      if (guide?.status() !== 200 || !(await page.content()).includes('kfunc lifecycle expectations')) await fail('the patched guide did not load');
      if (loads !== 2) await fail('a page loaded ' + loads + ' times for 2 visits (a reload)');
      stopServe();
      await browser.close();
      console.log('@@bench-seconds ' + seconds.toFixed(3));
      process.exit(0);
    `;
    ops.push(
      serveRow('preview --serve of the seed patch, 7.2: /preview/ loaded in Chromium', inChromium, {
        goal: '≤ 3 s',
        met: (s) => s <= 3,
        skip: previewSkip ?? (existsSync(CHROMIUM_PATH) ? undefined : `${CHROMIUM_PATH} not found (apt-get install -y chromium, or KFUNCDOC_CHROMIUM)`),
      }),
    );
    // The same without a browser: the first patched pages' HTML answered (/preview/ and the guide).
    const htmlOnly = `
      const fail = (why) => { child?.kill('SIGINT'); console.error(why); process.exit(1); };
      const base = await startServe();
      for (const page of ['preview/', 'docs/bpf/kfuncs/']) {
        const r = await fetch(base + page);
        await r.arrayBuffer();
        if (r.status !== 200) fail(page + ': HTTP ' + r.status);
      }
      stopServe();
      process.exit(0);
    `;
    ops.push(
      serveRow('preview --serve of the seed patch, 7.2: HTML of the first patched pages answered (no browser)', htmlOnly, {
        goal: '— (the row above measures the goal, ≤ 3 s)',
        met: () => true,
        skip: previewSkip,
        cleanup: () => previewCopy?.remove(),
      }),
    );
    ops.push({
      name: 'Sphinx cold build of the bpf docs (7.2), reference',
      prepare: ensureCopy,
      ours: {
        argv: [],
        env: sphinxEnv,
        before() {
          rmSync(path.join(copy!.dir, 'Documentation/output'), { recursive: true, force: true });
          this.argv = SPHINX_BUILD(copy!.dir);
        },
      },
      peer: null,
      peerName: '—',
      goal: 'the peer of the site build (issue 4)',
      met: () => true,
      skip: sphinxSkip,
      cleanup: () => copy?.remove(),
    });
  }
  ops.at(-1)!.cleanup = ((previous) => () => {
    previous?.();
    cleanup();
  })(ops.at(-1)!.cleanup);
  return ops;
}
