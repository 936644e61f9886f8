import type { APIRoute } from 'astro';
import { getSettings } from '../lib/content';
import { faviconSvg } from '../lib/identity';

// The icon in the browser tab, in the house colour of site.yaml (src/lib/identity.ts).
export const GET: APIRoute = async () => new Response(faviconSvg(await getSettings()), { headers: { 'Content-Type': 'image/svg+xml' } });
