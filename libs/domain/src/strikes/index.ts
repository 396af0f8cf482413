export * from './strike-incident';
export * from './strike-counts';
export { fnv1a64 } from './fnv1a64';
