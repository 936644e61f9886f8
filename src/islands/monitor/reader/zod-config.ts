import { config } from 'zod/mini';

// zod compiles fast validators with `new Function` when it may; the Content-Security-Policy forbids eval
// (the attempt alone is reported as a violation). Must run before any schema is defined: read-files.ts
// imports this file first. As in the self-assessment (storage/zod-config.ts).
config({ jitless: true });
