import type { APIRoute } from 'astro';
import { graphJson } from '../components/site-data.ts';

export const GET: APIRoute = async () =>
  new Response(await graphJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
