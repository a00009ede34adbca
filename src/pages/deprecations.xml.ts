import type { APIRoute } from 'astro';
import { noticeEntries } from '../components/site-data.ts';
import { toAtomFeed } from '../integration/atom-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const siteUrl = new URL(import.meta.env.BASE_URL, site ?? 'https://kfuncdoc.invalid').href;
  const body = toAtomFeed(await noticeEntries(), { siteUrl, updated: new Date() });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
