import { z } from 'zod';

// zod compiles fast validators with `new Function` when it may, and decides so when a schema is
// defined. The Content-Security-Policy forbids eval (the attempt alone is reported as a violation),
// so this must run before any schema module: mount.ts imports this file first.
z.config({ jitless: true });
// Messages about an opened file come in the page's language.
z.config(document.documentElement.lang === 'en' ? z.locales.en() : z.locales.nl());
