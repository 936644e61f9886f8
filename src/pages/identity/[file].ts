import type { APIRoute, GetStaticPaths } from 'astro';
import { getSettings, getSettingsFile } from '../../lib/content';
import { logoFile } from '../../lib/identity';

// The municipality's logo (site.yaml `logo`), copied from the content folder in use.
export const getStaticPaths = (async () => {
  const logo = logoFile(await getSettings(), await getSettingsFile());
  return logo ? [{ params: { file: logo.name }, props: { type: logo.type, body: logo.body } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { type, body } = props as { type: string; body: Buffer };
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': type } });
};
