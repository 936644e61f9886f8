import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown, slugify } from '../../src/lib/markdown';
import { LONG_STRING, PAYLOADS } from '../fixtures/payloads';

const html = (source: string) => renderMarkdown(source).html;

describe('the one Markdown renderer', () => {
  it('shows raw HTML as text instead of running it', () => {
    const out = html('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('&lt;script&gt;');
  });

  it.each([
    '[klik](javascript:alert(1))',
    '[klik](JaVaScRiPt:alert(1))',
    '[klik](java\tscript:alert(1))',
    '[klik](vbscript:msgbox(1))',
    '[klik](data:text/html;base64,PHNjcmlwdD4=)',
    '[klik](file:///etc/passwd)',
    '<javascript:alert(1)>',
  ])('leaves %s inert', (source) => {
    const out = html(source);
    expect(out).not.toMatch(/href="(?!https?:)[a-z]+:/i);
    expect(out).not.toMatch(/<a /);
  });

  it('does not turn a data: image into an image', () => {
    expect(html('![x](data:image/png;base64,iVBORw0KGgo=)')).not.toContain('<img');
  });

  it('keeps ordinary web, mail, phone, relative and anchor links', () => {
    const out = html('[a](https://www.rijksoverheid.nl/) [b](mailto:a@b.nl) [c](tel:14050) [d](/nl/ouders/) [e](#faq) [f](../x/)');
    expect(out.match(/<a /g)?.length).toBe(6);
  });

  it('adds rel="noopener noreferrer" to links to other sites', () => {
    expect(html('[a](https://example.org/)')).toContain('rel="noopener noreferrer"');
    expect(html('[a](/nl/)')).not.toContain('rel=');
  });

  it('gives headings stable, unique ids and reports them for a table of contents', () => {
    const { html: out, headings } = renderMarkdown('## Wat mag een school vragen?\n\n## Wat mag een school vragen?\n\n### Café & één');
    expect(headings.map((h) => h.id)).toEqual(['wat-mag-een-school-vragen', 'wat-mag-een-school-vragen-2', 'cafe-een']);
    expect(out).toContain('<h2 id="wat-mag-een-school-vragen">');
    expect(headings[2]).toMatchObject({ level: 3, text: 'Café & één' });
  });

  it('gives the same ids on every render (no counter leaks between documents)', () => {
    expect(renderMarkdown('## Titel').headings[0]?.id).toBe(renderMarkdown('## Titel').headings[0]?.id);
  });

  it('avoids ids the page template already uses', () => {
    expect(renderMarkdown('## FAQ', ['faq']).headings[0]?.id).toBe('faq-2');
  });

  it('escapes HTML in inline text too', () => {
    expect(renderInline('a <b onclick="x">b</b> **c**')).toBe('a &lt;b onclick=&quot;x&quot;&gt;b&lt;/b&gt; <strong>c</strong>');
  });

  it('slugifies Dutch text to ASCII', () => {
    expect(slugify('Geen “kwijtschelding”: wat nu?')).toBe('geen-kwijtschelding-wat-nu');
    expect(slugify('!!!')).toBe('section');
  });
});

describe('hostile Markdown from content or users', () => {
  // Inert: no element that runs script, no event handler, no script URL, no foreign embedded document.
  const assertInert = (html: string) => {
    expect(html).not.toMatch(/<(script|iframe|svg|style|object|embed)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
  };
  it.each(PAYLOADS.map((p) => [p]))('renders %j as inert text', (payload) => {
    assertInert(renderMarkdown(payload).html);
    assertInert(renderInline(payload));
    assertInert(renderMarkdown(`## ${payload}\n\n- ${payload}\n\n> ${payload}`).html);
  });
  it('renders a very long string without trouble', () => {
    expect(renderMarkdown(LONG_STRING).html.length).toBeGreaterThanOrEqual(LONG_STRING.length);
  });
});

