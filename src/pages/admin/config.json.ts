import type { APIRoute } from 'astro';
import { cmsConfig } from '../../domain/cms/config';
import { contentDirInRepository, editingOf } from '../../lib/cms';
import { getSettings } from '../../lib/content';
import { logoHref } from '../../lib/identity';

// The editing screen's configuration, generated from the content schemas (src/domain/cms/config.ts) for the
// content folder this build uses. Without a repository to save to, /admin/ explains what to set instead.
export const GET: APIRoute = async ({ site }) => {
  const settings = await getSettings();
  const editing = editingOf(settings);
  if (!editing) return new Response(null, { status: 404 });
  const config = cmsConfig({
    contentDir: contentDirInRepository(),
    editing,
    title: `${settings.siteName} ${settings.municipality}`,
    siteUrl: settings.url ?? site?.href,
    logoUrl: logoHref(settings),
  });
  return new Response(JSON.stringify(config, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
