import { z } from 'zod';
import { MAX_SLUG_LENGTH, PartySlug } from './events';
import defaultDocument from './gazetteer.json';

/**
 * Parties and theatres as data. The default document ships with the service; a user adds a theatre
 * (or aliases of a known party) in a document of the same shape, merged over the default.
 */
const PartyEntry = z.object({
  name: z.string().min(1),
  kind: z.enum(['state', 'armed-group', 'organisation']).default('state'),
  /** Names that stand for the party as an actor: the country, its adjective, capital, army, leaders. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Places whose mention as a target means the party's territory or forces. */
  places: z.array(z.string().min(1)).default([]),
});

const TheatreEntry = z.object({
  id: z
    .string()
    .max(MAX_SLUG_LENGTH)
    .regex(/^[a-z0-9-]+$/, 'expected a lower-case theatre id'),
  name: z.string().min(1),
  parties: z.tuple([PartySlug, PartySlug]),
});

export const GazetteerDocument = z.object({
  parties: z.record(PartySlug, PartyEntry).default({}),
  theatres: z.array(TheatreEntry).default([]),
});
export type GazetteerDocument = z.input<typeof GazetteerDocument>;

export interface Party {
  slug: string;
  name: string;
  kind: 'state' | 'armed-group' | 'organisation';
  aliases: readonly string[];
  places: readonly string[];
}

export interface Theatre {
  id: string;
  name: string;
  parties: readonly [string, string];
}

export interface Gazetteer {
  readonly parties: ReadonlyMap<string, Party>;
  readonly theatres: readonly Theatre[];
  theatre(id: string): Theatre | undefined;
  /** The theatre whose belligerents are exactly these two parties, in either order. */
  theatreBetween(a: string, b: string): Theatre | undefined;
  theatresOf(party: string): readonly Theatre[];
}

/**
 * Merges documents in order: a later document adds parties and theatres, and adds aliases and places
 * to a party already known. Throws with the offending path when a document is malformed or a theatre
 * names a party nobody defined.
 */
export function buildGazetteer(...documents: unknown[]): Gazetteer {
  const parties = new Map<string, Party>();
  const theatres = new Map<string, Theatre>();
  for (const [index, raw] of documents.entries()) {
    const parsed = GazetteerDocument.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `gazetteer document ${index + 1} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
      );
    }
    for (const [slug, entry] of Object.entries(parsed.data.parties)) {
      const known = parties.get(slug);
      parties.set(slug, {
        slug,
        name: entry.name,
        kind: entry.kind,
        aliases: unique([...(known?.aliases ?? []), ...entry.aliases]),
        places: unique([...(known?.places ?? []), ...entry.places]),
      });
    }
    for (const theatre of parsed.data.theatres) theatres.set(theatre.id, theatre);
  }
  for (const theatre of theatres.values()) {
    for (const slug of theatre.parties) {
      if (!parties.has(slug)) throw new Error(`gazetteer theatre ${theatre.id} names unknown party ${slug}`);
    }
  }
  const list = [...theatres.values()];
  return {
    parties,
    theatres: list,
    theatre: (id) => theatres.get(id),
    theatreBetween: (a, b) =>
      list.find(({ parties: [x, y] }) => (x === a && y === b) || (x === b && y === a)),
    theatresOf: (party) => list.filter(({ parties: pair }) => pair.includes(party)),
  };
}

const unique = (values: string[]): string[] => [...new Set(values)];

export const DEFAULT_GAZETTEER_DOCUMENT: unknown = defaultDocument;
export const defaultGazetteer = (): Gazetteer => buildGazetteer(DEFAULT_GAZETTEER_DOCUMENT);
