/** What a browser check is, and what it is given: a served site and a fresh page. */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { ContentGraph } from '../../src/graph/types.ts';

export interface Site {
  /** "sample" or "real": prefixes test names and screenshot files. */
  name: string;
  /** Where the site is served, without a trailing slash. */
  url: string;
  /** The built site on disk. */
  dir: string;
  /** The site's own /graph.json, the oracle for what its pages must show. */
  graph: ContentGraph;
}

export interface CheckContext {
  site: Site;
  /** A fresh page, closed after the check (also when it fails or times out). */
  page: Page;
  browser: BrowserContext;
  /** Navigates the page to a site path ("/kfuncs/") and fails on an HTTP error. */
  open(sitePath: string, page?: Page): Promise<Page>;
  /** Another page, closed with the check. */
  newPage(): Promise<Page>;
  /** Saves a screenshot as tests/browser/artifacts/<site>-<name>.png. */
  screenshot(name: string, target?: Page | Locator): Promise<void>;
  /** Adds a line to the check's report (numbers measured, what was compared). */
  note(message: string): void;
}

export interface Check {
  name: string;
  run(t: CheckContext): Promise<void>;
  /** 60 s when not given. */
  timeoutMs?: number;
}

/** Thrown by a check that cannot run here; reported as skipped, never as passed. */
export class SkipCheck extends Error {}

/** Throws an Error with `message` unless `condition` holds: the check's one way to fail. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
