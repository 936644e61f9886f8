export * from './result';
export * from './content/common';
export * from './content/principle';
export * from './content/page';
export * from './content/scheme';
export * from './content/settings';
export * from './content/problems';
export * from './content/translations';
