import { InitialReadStore1764086400000 } from './1764086400000-initial-read-store';

/** In order, listed rather than globbed so webpack bundles them. */
export const READ_STORE_MIGRATIONS = [InitialReadStore1764086400000];
