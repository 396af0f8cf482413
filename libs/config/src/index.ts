export * from './config';
export * from './gazetteer.loader';
