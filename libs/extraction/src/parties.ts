import type { Gazetteer, Theatre } from '@app/domain';
import type { PartyMention } from './context';
import { allMatches } from './matches';

/**
 * Finds the gazetteer's parties in a sentence and says in which role each is named: as the actor, as a
 * modifier inside a compound ("Iranian-made", "Iran-backed"), or as a place ("in Kharkiv", "Ukraine's
 * energy grid").
 */

const MODIFIER_SUFFIX =
  /^[-‐](?:made|backed|built|designed|supplied|controlled|held|occupied|led|launched|allied|aligned|linked|funded|based|operated|produced|annexed|brokered|mediated|style|type|manufactured|provided|sponsored|affiliated|run|friendly|administered|origin|sourced)\b/i;
const OWN_BODY_AFTER =
  /^[-‐](?:led|run|controlled)\s+(?:[\w-]+\s+)?(?:government|administration|authorities|forces|coalition|alliance|council|ministry)\b/i;
const MODIFIER_PREFIX = /\b(?:pro|anti|non|ex|post|pre)[-‐]$/i;
const PLACE_PREPOSITION =
  /\b(?:in|into|inside|over|across|on|onto|against|at|near|towards|toward|targeting|targeted|throughout|around|outside|hit|struck|attacked|pounded|bombed|shelled)\s+(?:(?:the|a|an|two|three|four|five|several|\d+)\s+)?(?:northern\s+|southern\s+|eastern\s+|western\s+|central\s+|occupied\s+)?$/i;
const TERRITORY_AFTER_POSSESSIVE =
  /^(?:['’]s)?\s+(?:(?:military|army|border|civilian|energy|air|naval|front-line|frontline|forward)\s+)?(?:energy|power|electricity|gas|grid|capital|cities|city|towns?|territory|infrastructure|regions?|provinces?|border|airspace|skies|east|west|north|south|northeast|northwest|southeast|southwest|front|frontline|rear|ports?|airfields?|air ?bases?|bases?|positions|villages?|homes?|facilities|refinery|refineries|plants?|depots?|command posts?|posts?|targets?|launchers?|airfields?)\b/i;

export interface PartyMatcher {
  mentions(text: string): PartyMention[];
}

export function createPartyMatcher(gazetteer: Gazetteer): PartyMatcher {
  const surfaces = new Map<string, { party: string; place: boolean }>();
  for (const party of gazetteer.parties.values()) {
    for (const alias of party.aliases)
      if (!surfaces.has(alias)) surfaces.set(alias, { party: party.slug, place: false });
    for (const place of party.places)
      if (!surfaces.has(place)) surfaces.set(place, { party: party.slug, place: true });
  }
  // Names indexed by their first word, longest first: one pass over the words of a text finds them all,
  // far faster than one alternation of every name.
  const byFirstWord = new Map<string, string[]>();
  for (const surface of surfaces.keys()) {
    const first = FIRST_WORD.exec(surface)?.[0];
    if (!first) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push(surface);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length || a.localeCompare(b));

  return {
    mentions(text: string): PartyMention[] {
      const found: PartyMention[] = [];
      let consumedTo = 0;
      WORD.lastIndex = 0;
      for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
        const start = match.index;
        if (start < consumedTo) continue;
        const candidates = byFirstWord.get(match[0]);
        if (!candidates) continue;
        const surface = candidates.find(
          (candidate) =>
            text.startsWith(candidate, start) && !WORD_CHAR.test(text[start + candidate.length] ?? ''),
        );
        if (!surface) continue;
        const entry = surfaces.get(surface)!;
        const end = start + surface.length;
        consumedTo = end;
        found.push({ party: entry.party, start, end, surface, role: roleOf(text, start, end, entry.place) });
      }
      return found;
    },
  };
}

const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function roleOf(text: string, start: number, end: number, isPlace: boolean): PartyMention['role'] {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 40), start);
  // "the RSF-led government", "the Houthi-run authorities": the body is that side's own.
  if (OWN_BODY_AFTER.test(after)) return 'actor';
  if (MODIFIER_SUFFIX.test(after) || MODIFIER_PREFIX.test(before)) return 'modifier';
  if (isPlace || PLACE_PREPOSITION.test(before) || TERRITORY_AFTER_POSSESSIVE.test(after)) return 'place';
  return 'actor';
}

const ARMED_GROUP_NOUN =
  /\b(?:the|its|their)\s+(?:group|movement|rebels?|militants?|militia|paramilitar(?:y|ies))\b/gi;
const STATE_FORCES_NOUN =
  /\b(?:(?:the|its)\s+(?:army|armed forces|military|government)|army(?=\s+(?:drones|jets|warplanes|artillery|troops|soldiers|forces|units|gunners|helicopters)\b))\b/gi;

/**
 * In a war between a state and an armed group, "the group", "the rebels", "the movement" can only be the
 * armed group and "the army" or "the government" only the state: read them as those parties.
 */
export function sidesNamedByRole(
  text: string,
  theatre: Theatre,
  gazetteer: Gazetteer,
  mentions: readonly PartyMention[],
): PartyMention[] {
  const kinds = theatre.parties.map((party) => gazetteer.parties.get(party)?.kind);
  const group = theatre.parties.find((_, index) => kinds[index] === 'armed-group');
  const state = theatre.parties.find((_, index) => kinds[index] === 'state');
  if (!group || !state || kinds.filter((kind) => kind === 'armed-group').length !== 1) return [];
  const found: PartyMention[] = [];
  for (const [pattern, party] of [
    [ARMED_GROUP_NOUN, group],
    [STATE_FORCES_NOUN, state],
  ] as const) {
    for (const match of allMatches(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (mentions.some((mention) => mention.start < end + 2 && start < mention.end + 2)) continue;
      found.push({ party, start, end, surface: match[0], role: 'actor' });
    }
  }
  return found;
}
