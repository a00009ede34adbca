import { describe, it, expect } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultSiteConfig, kernelsFromEnv, messageLink, SAMPLE_KERNELS, sourceLink } from '../../src/config/site-config.ts';
import { parseSiteConfig } from '../../src/config/site-config-schema.ts';
import { readSiteConfig } from '../../src/integration/site-config-fs.ts';
import { resolveKernelSpec } from '../../src/integration/graph-source.ts';

const error = (input: unknown) => {
  try {
    parseSiteConfig(input, 'kfuncdoc.config.json');
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('parseSiteConfig', () => {
  it('has the defaults that a run with nothing configured takes without loading the schema', async () => {
    expect(defaultSiteConfig()).toEqual(parseSiteConfig(undefined, 'x'));
    const { ChecksConfigSchema } = await import('../../src/config/checks-config.ts');
    expect(parseSiteConfig(undefined, 'x').checks).toEqual(ChecksConfigSchema.parse({}));
  });

  it('defaults to the embedded sample and Elixir / lore links', () => {
    const config = parseSiteConfig(undefined, 'x');
    expect(config.kernels).toEqual(SAMPLE_KERNELS);
    expect(sourceLink(config, { version: '7.2', release: '7.2.13', file: 'kernel/bpf/helpers.c', line: 42 })).toBe(
      'https://elixir.bootlin.com/linux/v7.2.13/source/kernel/bpf/helpers.c#L42',
    );
    expect(messageLink(config, '<20260101.1@example.org>')).toBe('https://lore.kernel.org/r/20260101.1@example.org');
  });

  it('uses a per-version source template when given', () => {
    const config = parseSiteConfig({ sourceUrl: { versions: { '7.3': 'https://git.example.org/linux/tree/{file}?h=v{version}#n{line}' } } }, 'x');
    expect(sourceLink(config, { version: '7.3', release: '7.3', file: 'a.c', line: 3 })).toBe('https://git.example.org/linux/tree/a.c?h=v7.3#n3');
    expect(sourceLink(config, { version: '7.2', release: '7.2', file: 'a.c', line: 3 })).toContain('elixir');
  });

  it('names the file and field of every problem, and how to fix it', () => {
    expect(error({ base: 'docs', kernels: [''], messageIdUrl: 'https://lore.kernel.org/r/', sourceUrl: { versions: { v7: 'x{file}' } }, colour: 1 }))
      .toMatchInlineSnapshot(`
        "kfuncdoc.config.json: kernels[0]: a kernel spec cannot be empty
        kfuncdoc.config.json: base: must start with "/", e.g. "/" or "/kfuncdoc/"
        kfuncdoc.config.json: sourceUrl.versions.v7: version keys look like "7.2"
        kfuncdoc.config.json: messageIdUrl: must contain {messageId}, e.g. "https://lore.kernel.org/r/{messageId}"
        kfuncdoc.config.json: (top level): unknown field(s) "colour"; known fields: kernels, graph, site, base, sourceUrl, messageIdUrl, checks"
      `);
  });

  it('rejects a site that is not an absolute URL', () => {
    expect(error({ site: 'kfuncs.example.org' })).toBe('kfuncdoc.config.json: site: must be an absolute URL such as "https://kfuncs.example.org"');
  });
});

describe('readSiteConfig', () => {
  it('reads kfuncdoc.config.json, with KFUNCDOC_KERNELS on top', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-config-'));
    await writeFile(path.join(dir, 'kfuncdoc.config.json'), JSON.stringify({ kernels: ['../a'], base: '/k/' }));
    expect(await readSiteConfig(dir, {})).toMatchObject({ kernels: ['../a'], base: '/k/' });
    expect(await readSiteConfig(dir, { KFUNCDOC_KERNELS: '../b@v7.2,\n../c=7.3\n' })).toMatchObject({ kernels: ['../b@v7.2', '../c=7.3'], base: '/k/' });
  });

  it('says which file is not JSON', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-config-'));
    await writeFile(path.join(dir, 'kfuncdoc.config.json'), '{ kernels: [] }');
    await expect(readSiteConfig(dir, {})).rejects.toThrow(/kfuncdoc\.config\.json: not valid configuration JSON/);
  });

  it('works without a config file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-config-'));
    expect((await readSiteConfig(dir, {})).kernels).toEqual(SAMPLE_KERNELS);
  });
});

describe('kernel specs', () => {
  it('splits KFUNCDOC_KERNELS on commas and newlines', () => {
    expect(kernelsFromEnv(' a, b\n\nc ')).toEqual(['a', 'b', 'c']);
  });

  it('resolves the directory against the project root and keeps @ref and =version', () => {
    expect(resolveKernelSpec('sample/linux-7.0', '/p')).toBe('/p/sample/linux-7.0');
    expect(resolveKernelSpec('../linux@origin/master=7.3', '/p/kd')).toBe('/p/linux@origin/master=7.3');
    expect(resolveKernelSpec('/abs/linux=7.2', '/p')).toBe('/abs/linux=7.2');
  });
});
