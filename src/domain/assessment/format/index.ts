// The one owner of the assessment's file format: what is stored in the browser and exported as a file.
// The island imports the zod-free parts (constants, encode, seal) directly; schema and decode (zod) load
// only through the island's lazy file check (src/islands/self-assessment/storage/load-file-check.ts).
export * from './constants';
export * from './schema';
export * from './encode';
export * from './seal';
export * from './migrations';
export * from './decode';
