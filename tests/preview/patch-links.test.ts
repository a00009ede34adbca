import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessages } from '../../src/patches/index.ts';
import { formatLinks, linksFromPatches, linksFromReport } from '../../src/preview/patch-links.ts';
import { permalinks } from '../../src/preview/permalinks.ts';
import { previewPatch } from '../../src/preview/preview-patch.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const links = permalinks('https://kfuncdoc.invalid');
const widgetPatch = async () => (await readMessages(readFileSync(path.join(FIXTURES, 'widget.patch')), 'widget.patch')).messages;

describe('permalinks', () => {
  it('name kfuncs and flags under the site and its base', () => {
    const p = permalinks('https://kfuncs.example.org/', '/docs/');
    expect(p.root).toBe('https://kfuncs.example.org/docs');
    expect(p.kfunc('bpf_x')).toBe('https://kfuncs.example.org/docs/kfuncs/bpf_x/');
    expect(p.notice('bpf_x')).toBe('https://kfuncs.example.org/docs/kfuncs/bpf_x/#deprecation');
    expect(permalinks('https://k.example.org', '/').flag('KF_RCU')).toBe('https://k.example.org/flags/KF_RCU/');
  });
});

describe('links read off the patch text', () => {
  it('finds KF_DEPRECATED added, a deprecation comment, a rename warning, an unregistered kfunc and a removed flag', async () => {
    const found = linksFromPatches((await widgetPatch()).map((m) => m.patch!), links);
    expect(found.map((l) => `${l.kind} ${l.subject} ${l.name}${l.to ? ` -> ${l.to}` : ''}`)).toEqual([
      'removed flag KF_WOBBLY',
      'deprecated kfunc bpf_widget_drop',
      'removed kfunc bpf_widget_old',
      'deprecated kfunc bpf_widget_spin',
      'renamed kfunc bpf_widget_turn -> bpf_widget_rotate',
    ]);
    expect(formatLinks(found)).toBe(
      [
        'Link: https://kfuncdoc.invalid/flags/KF_WOBBLY/',
        'Link: https://kfuncdoc.invalid/kfuncs/bpf_widget_drop/#deprecation',
        'Link: https://kfuncdoc.invalid/kfuncs/bpf_widget_old/',
        'Link: https://kfuncdoc.invalid/kfuncs/bpf_widget_spin/#deprecation',
        'Link: https://kfuncdoc.invalid/kfuncs/bpf_widget_turn/',
        '',
      ].join('\n'),
    );
  });

  it('ignores names the patch does not show as kfuncs (macros, prose)', async () => {
    const found = linksFromPatches((await widgetPatch()).map((m) => m.patch!), links);
    expect(found.map((l) => l.name)).not.toContain('widget_helper_name');
  });
});

describe('links from the graph diff (--kernel)', () => {
  it('cite what the graphs show: the KF_DEPRECATED flag, the kfunc and the flag that are gone', async () => {
    // The graph sees no deprecation in a plain comment or a "renamed to" warning: those only the text reading finds.
    const opened = await openKernelTree(path.join(FIXTURES, 'widget-tree'));
    const outcome = await previewPatch(opened, await widgetPatch(), 'widget.patch', { links });
    if (!outcome.ok) throw new Error('widget.patch did not apply');
    expect(linksFromReport(outcome.report, links).map((l) => `${l.kind} ${l.name}`)).toEqual(['removed KF_WOBBLY', 'deprecated bpf_widget_drop', 'removed bpf_widget_old']);
  });
});
