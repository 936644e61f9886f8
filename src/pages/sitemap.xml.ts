import type { APIRoute } from 'astro';
import { buildSiteMap } from '../lib/site-map';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** sitemap.xml with hreflang alternates (Google's "xhtml:link" form), from the one route table. */
export const GET: APIRoute = async ({ site }) => {
  const routes = await buildSiteMap();
  const abs = (path: string) => escape(new URL(path, site).href);
  const urls = routes.map((route) => {
    const links = Object.entries(route.alternates).map(([lang, path]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${abs(path)}"/>`);
    return `  <url>\n    <loc>${abs(route.path)}</loc>\n${links.join('\n')}\n  </url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
