import { readFileSync } from 'node:fs';
import { buildGazetteer, DEFAULT_GAZETTEER_DOCUMENT, type Gazetteer } from '@app/domain';

/**
 * The default gazetteer, extended by the JSON document at `path` (CEASEFIRE_GAZETTEER; same shape as
 * libs/domain/src/gazetteer.json): a user adds a theatre there without touching code.
 */
export function loadGazetteer(path: string | undefined): Gazetteer {
  if (!path) return buildGazetteer(DEFAULT_GAZETTEER_DOCUMENT);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`CEASEFIRE_GAZETTEER: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  try {
    return buildGazetteer(DEFAULT_GAZETTEER_DOCUMENT, document);
  } catch (error) {
    throw new Error(`CEASEFIRE_GAZETTEER: ${path}: ${(error as Error).message}`);
  }
}
