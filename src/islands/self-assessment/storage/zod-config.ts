import { config } from 'zod/mini';

// zod compiles fast validators with `new Function` when it may, and decides so when a schema is
// defined. The Content-Security-Policy forbids eval (the attempt alone is reported as a violation),
// so this must run before any schema module: file-check.ts imports this file first.
// No zod locale is loaded: problems are translated from their codes (problems.ts).
config({ jitless: true });
