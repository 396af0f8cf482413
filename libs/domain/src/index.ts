export * from './events';
export * from './gazetteer';
