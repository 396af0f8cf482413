export * from './read-store.port';
export { createReadStore, type ReadStoreOptions } from './create-read-store';
export { READ_STORE_ENTITIES } from './read-store.entities';
export { READ_STORE_MIGRATIONS } from './migrations';
