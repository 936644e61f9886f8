import { useLayoutEffect } from 'preact/hooks';

/** A text as a CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;

/**
 * Puts `left` and `right` at the top of every printed page while the report is shown, so a loose page
 * still says whose report it is and when it was printed. CSS page margin boxes (`@top-left`) are the only
 * way to repeat text on every page in Chromium, and their `content` cannot read the page's HTML, so the
 * rule is made here. It is added as a constructed style sheet, not a `<style>` element: the page's
 * Content-Security-Policy allows only the styles it was built with, and a constructed sheet is not
 * inline markup. Browsers without constructed sheets print without the header.
 */
export function useRunningHeader(left: string, right: string) {
  useLayoutEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    let sheet: CSSStyleSheet;
    try {
      sheet = new CSSStyleSheet();
      const box = 'font: 9pt system-ui, sans-serif; color: #000;';
      sheet.replaceSync(`@media print { @page { @top-left { content: ${cssString(left)}; ${box} } @top-right { content: ${cssString(right)}; ${box} } } }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch {
      return;
    }
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [left, right]);
}
