import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sveltiaFiles, type AdminFile } from '../../lib/cms';
import { withBase } from '../../lib/routes';

// Sveltia CMS from the installed package (@sveltia/cms) and the files it would otherwise fetch from a CDN
// (src/lib/cms.ts): served by this site, so the editing screen needs no script or font host.
export const getStaticPaths = (() => sveltiaFiles(withBase('/')).map((file) => ({ params: { file: file.name }, props: file }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json', woff2: 'font/woff2', txt: 'text/plain; charset=utf-8' };

export const GET: APIRoute = ({ props }) => {
  const file = props as AdminFile;
  const body = file.text ?? readFileSync(file.path!);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': TYPES[file.name.split('.').pop()!] ?? 'application/octet-stream' } });
};
