import type { Editing } from './editing';

/**
 * The Content-Security-Policy of the editing screen at /admin/, the one page allowed to talk to another
 * origin (design.md, "Contracts"). Every other page allows nothing but its own origin (astro.config.mjs).
 * Written down in README ("The editing screen") and checked by tests/unit/cms-config.test.ts:
 *
 * - `connect-src`: the git host's API, where the screen reads and saves the content (and, for GitHub, its
 *   status page, which the screen checks to explain an outage; for GitLab, its sign-in token endpoint);
 *   `data:` and `blob:` for images the screen reads back from memory (its own icons, uploads).
 * - `img-src`: `blob:` and `data:` for images read from the repository and previews of uploads; the git
 *   host's avatar server for the signed-in editor's picture.
 * - `style-src 'unsafe-inline'`: the screen (Svelte) adds its styles as <style> elements while it runs,
 *   so they cannot be hashed in advance. Scripts stay limited to this site's own files.
 * - `media-src`/`frame-src`/`worker-src` `blob:`: previews of uploaded files.
 */
export function adminCsp(editing: Editing): string {
  const api =
    editing.host === 'github'
      ? ['https://api.github.com', 'https://www.githubstatus.com']
      : [new URL(editing.gitlabUrl ?? 'https://gitlab.com').origin];
  const avatars = editing.host === 'github' ? ['https://avatars.githubusercontent.com'] : [new URL(editing.gitlabUrl ?? 'https://gitlab.com').origin, 'https://secure.gravatar.com'];
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    `img-src 'self' data: blob: ${avatars.join(' ')}`,
    "media-src 'self' blob:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    `connect-src 'self' data: blob: ${api.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  return directives.join('; ');
}
