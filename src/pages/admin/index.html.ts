import type { APIRoute } from 'astro';
import { adminCsp } from '../../domain/cms/csp';
import { adminPage, editingOf } from '../../lib/cms';
import { getSettings } from '../../lib/content';
import { withBase } from '../../lib/routes';

// /admin/: the editing screen (Sveltia CMS). Written as an endpoint so the page carries its own
// Content-Security-Policy (src/domain/cms/csp.ts, README "The editing screen"): it is the one page that talks
// to another origin, the git host. Not in the sitemap, not in the search index, noindex for search engines.
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  const editing = editingOf(settings);
  const html = adminPage({ title: `${settings.siteName} ${settings.municipality}`, base: withBase('/'), csp: editing ? adminCsp(editing) : null });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
