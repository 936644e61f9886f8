import { resolve } from 'node:path';
import { projectRoot, readContent } from './content-reader';

// The content folder the site under test was built from: SKC_CONTENT_DIR, as src/content.config.ts
// reads it, else ./content. Tests that import this module derive what they expect from that folder;
// `npm test` (tests/run-all.mjs) runs the vitest files among them once more for a second content folder.

export const contentDirUnderTest = resolve(projectRoot, process.env.SKC_CONTENT_DIR ?? 'content');
export const contentUnderTest = readContent(contentDirUnderTest);
