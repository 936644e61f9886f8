import MarkdownIt from 'markdown-it';
import { withBase } from './routes';

/** A heading found while rendering, for tables of contents. */
export interface Heading {
  level: number;
  id: string;
  text: string;
}

// Only these schemes can become a link or image. Content comes from editors and, later, from users'
// notes: `javascript:`, `vbscript:`, `data:` and `file:` must stay inert text.
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]+(?:[/?#]|$))/i;

/** Lowercase ASCII slug; accents are folded so Dutch headings give readable, stable anchors. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'section';
}

function createRenderer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

  md.validateLink = (url: string): boolean => {
    // Control characters and whitespace can hide a scheme from a naive check ("java\tscript:").
    const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '');
    return SAFE_URL.test(compact) && !/^(?:javascript|vbscript|data|file):/i.test(compact);
  };

  // Stable heading ids, unique within one rendered document.
  md.core.ruler.push('heading_ids', (state) => {
    const env = state.env as { usedIds?: Map<string, number>; headings?: Heading[] };
    env.usedIds ??= new Map();
    env.headings ??= [];
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      if (open?.type !== 'heading_open') continue;
      const inline = tokens[i + 1];
      const text = inline?.children?.map((child) => child.content).join('') ?? inline?.content ?? '';
      const base = slugify(text);
      const count = env.usedIds.get(base) ?? 0;
      env.usedIds.set(base, count + 1);
      const id = count === 0 ? base : `${base}-${count + 1}`;
      open.attrSet('id', id);
      env.headings.push({ level: Number(open.tag.slice(1)), id, text });
    }
  });

  // A link or image written from the site's root ("/nl/ouders/") gets the base path of the public address,
  // so editors write the same link wherever the site is published. "//host" is another site: left alone.
  md.core.ruler.push('base_path', (state) => {
    for (const token of state.tokens) {
      for (const child of [token, ...(token.children ?? [])]) {
        const attr = child.type === 'link_open' ? 'href' : child.type === 'image' ? 'src' : null;
        const url = attr ? child.attrGet(attr) : null;
        if (attr && typeof url === 'string' && /^\/(?!\/)/.test(url)) child.attrSet(attr, withBase(url));
      }
    }
  });

  // Links to other sites: no referrer leak, no window.opener.
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]?.attrGet('href') ?? '');
    if (/^https?:/i.test(href)) tokens[idx]?.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

const md = createRenderer();

/** Renders a Markdown document to safe HTML, with ids on headings. */
export function renderMarkdown(source: string, reservedIds: readonly string[] = []): { html: string; headings: Heading[] } {
  const env = { usedIds: new Map(reservedIds.map((id) => [id, 1])), headings: [] as Heading[] };
  const html = md.render(source, env);
  return { html, headings: env.headings };
}

/** Renders one line of Markdown (list items, answers) without a wrapping paragraph. */
export function renderInline(source: string): string {
  return md.renderInline(source);
}
