import type { Gazetteer } from '@app/domain';
import type { PartyMention } from './context';

/**
 * Finds the gazetteer's parties in a sentence and says in which role each is named: as the actor, as a
 * modifier inside a compound ("Iranian-made", "Iran-backed"), or as a place ("in Kharkiv", "Ukraine's
 * energy grid").
 */

const MODIFIER_SUFFIX =
  /^[-‐](?:made|backed|built|designed|supplied|controlled|held|occupied|led|launched|allied|aligned|linked|funded|based|operated|produced|annexed|brokered|mediated|style|type|manufactured|provided|sponsored|affiliated|run|friendly|administered|origin|sourced)\b/i;
const MODIFIER_PREFIX = /\b(?:pro|anti|non|ex|post|pre)[-‐]$/i;
const PLACE_PREPOSITION =
  /\b(?:in|into|inside|over|across|on|onto|against|at|near|towards|toward|targeting|targeted|throughout|around|outside|hit|struck|attacked|pounded|bombed|shelled)\s+(?:the\s+|northern\s+|southern\s+|eastern\s+|western\s+|central\s+|occupied\s+)?$/i;
const TERRITORY_AFTER_POSSESSIVE =
  /^(?:['’]s)?\s+(?:energy|power|electricity|gas|grid|capital|cities|city|towns?|territory|infrastructure|regions?|provinces?|border|airspace|skies|east|west|north|south|northeast|northwest|southeast|southwest|front|frontline|rear|ports?|airfields?|air ?bases?|bases?|positions|villages?|homes?|facilities|refinery|refineries|plants?|depots?)\b/i;

export interface PartyMatcher {
  mentions(text: string): PartyMention[];
}

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createPartyMatcher(gazetteer: Gazetteer): PartyMatcher {
  const surfaces = new Map<string, { party: string; place: boolean }>();
  for (const party of gazetteer.parties.values()) {
    for (const alias of party.aliases)
      if (!surfaces.has(alias)) surfaces.set(alias, { party: party.slug, place: false });
    for (const place of party.places)
      if (!surfaces.has(place)) surfaces.set(place, { party: party.slug, place: true });
  }
  const alternatives = [...surfaces.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escape);
  const pattern = alternatives.length
    ? new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${alternatives.join('|')})(?![\p{L}\p{N}_])`, 'gu')
    : undefined;

  return {
    mentions(text: string): PartyMention[] {
      if (!pattern) return [];
      const found: PartyMention[] = [];
      for (const match of text.matchAll(pattern)) {
        const surface = match[0];
        const entry = surfaces.get(surface);
        if (!entry) continue;
        const start = match.index;
        const end = start + surface.length;
        found.push({ party: entry.party, start, end, surface, role: roleOf(text, start, end, entry.place) });
      }
      return found;
    },
  };
}

function roleOf(text: string, start: number, end: number, isPlace: boolean): PartyMention['role'] {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 40), start);
  if (MODIFIER_SUFFIX.test(after) || MODIFIER_PREFIX.test(before)) return 'modifier';
  if (isPlace || PLACE_PREPOSITION.test(before) || TERRITORY_AFTER_POSSESSIVE.test(after)) return 'place';
  return 'actor';
}
