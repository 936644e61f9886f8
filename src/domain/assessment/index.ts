export * from './schema';
export * from './applicable';
export * from './status';
export * from './review';
export * from './action-plan';
export * from './create';
export * from './codec';
export * from './csv';
