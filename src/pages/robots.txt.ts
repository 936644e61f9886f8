import type { APIRoute } from 'astro';
import { withBase } from '../lib/routes';

// The sitemap sits under the base path. Crawlers read robots.txt only at the root of an origin, so a site
// published under a path gives its sitemap address to search engines itself (README, "Publishing").

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
