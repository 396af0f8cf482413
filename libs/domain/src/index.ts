export * from './events';
export * from './gazetteer';
export * from './ceasefire';
export * from './strikes';
