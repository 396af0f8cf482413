import type { CeasefireScope } from '@app/domain';
import { allMatches } from '../matches';
import { parseCount } from '../numbers';

/**
 * The vocabulary the rules share: what counts as a truce, a proposal of one, or talks. The rules look for
 * these as the object or subject of a predicate, so nouns ("an extension of the truce") and verbs
 * ("agreed to extend") both lead to the same event.
 */

/** A truce named as a thing: "ceasefire", "cease-fire", "truce", "pause", "moratorium", "cessation of hostilities". */
export const TRUCE =
  /\b(?:cease[- ]?fires?|truces?|armistice|moratorium|cessation of (?:hostilities|fighting)|halt (?:to|of|in|on) (?:the |its |their |all )?(?:[\w-]+ (?:and [\w-]+ )?){0,3}?(?:fighting|hostilities|strikes|attacks|military action)|(?:humanitarian |energy |military )?pauses?|stand-?still)\b/gi;

/** An agreement that ends or pauses hostilities; the truce's text once one exists. */
export const ACCORD =
  /\b(?:peace (?:agreement|deal|accords?|treaty|declaration|plan)|(?:ceasefire|truce) (?:agreement|deal)|accords?|agreement|deal|declaration of principles|joint declaration|arrangements?|understandings?|peace treaty|treaty)\b/gi;

/** An undertaking to stop striking written as a clause: "refrain from attacking", "stop striking", "not to strike". */
export const STOP_FIGHTING =
  /\b(?:refrain(?:ing)? from (?:attack|strik|using force|fir|hostil)\w*|stop(?:ping)? (?:[\w-]+ ){0,4}?(?:strik|attack|fight|fir|shell|target|bomb)\w*|halt(?:ing)? (?:[\w-]+ ){0,4}?(?:strikes|attacks|hostilities|fighting|firing)|(?:not|no longer) (?:to )?(?:strike|attack|fire on|target)|halt (?:strikes|attacks|fighting|all military activity|military action)|cease (?:any |all )?(?:strikes|attacks|fire|hostilities)|stop fighting|lay down (?:their|its) arms|(?:eliminate|renounce|forgo|forswear) the use of force)\b/gi;

/** Something that can be put forward, accepted or rejected. */
export const PROPOSAL = /\b(?:proposals?|offers?|plans?|initiatives?|request|idea|suggestion|terms)\b/gi;

const ANY_TRUCE = new RegExp(TRUCE.source, 'i');
const ANY_ACCORD = new RegExp(ACCORD.source, 'i');
export const mentionsTruce = (text: string): boolean => ANY_TRUCE.test(text);
export const mentionsAccord = (text: string): boolean => ANY_ACCORD.test(text);

/**
 * Not every "pause" or "truce" is a war's: trade truces, tariff pauses, political truces, a pause in
 * deliveries. These words around the truce word take the sentence out of diplomacy.
 */
export const NOT_A_WAR_TRUCE =
  /\b(?:trade|tariffs?|commerce|commercial war|political truce|budget|coalition partners|far-right partners|clubs?|teams?|match(?:es)?|league|parliament|congress|democrats|republicans|deliver(?:y|ies)|shipments|aid to|weapons? (?:supplies|deliveries)|boards?)\b/i;

const SCOPES: [CeasefireScope, RegExp][] = [
  ['civilian_infrastructure', /\bcivilian (?:infrastructure|targets|buildings|facilities|sites)\b/i],
  ['energy', /\b(?:energy|power (?:grid|plants?|stations?|infrastructure|lines)|substations?)\b/i],
  ['humanitarian', /\bhumanitarian\b/i],
  ['maritime', /\b(?:maritime|black sea|naval|at sea|shipping|navigation)\b/i],
  ['air', /\b(?:air truce|airspace|in the air)\b/i],
];

const FULL =
  /\b(?:full|complete|comprehensive|general|total|unconditional|permanent|all military activity|along the whole front|whole front|all (?:firing|hostilities|military action)|on land,? (?:in the )?air and (?:at )?sea|(?:land|air|sea), (?:land|air|sea) and (?:land|air|sea))\b/i;

/**
 * The scope a sentence gives its truce: "full" when the text says so, or for a plain truce of a set
 * length ("a 30-hour Easter truce"), which stops all fighting for that time.
 */
export function scopeOf(text: string): CeasefireScope | undefined {
  if (FULL.test(text) && !/\b(?:energy|infrastructure)\b/i.test(text)) return 'full';
  const named = SCOPES.find(([, pattern]) => pattern.test(text))?.[0];
  if (named) return named;
  if (FULL.test(text)) return 'full';
  return TIMED_TRUCE.test(text) ? 'full' : undefined;
}

const TIMED_TRUCE =
  /\b(?:\d{1,3}|one|two|three|four|five|six|seven|ten|thirty)[- ](?:hour|day|week|month)s?(?:[- ]long)?\s+(?:[A-Z][\w-]+\s+)?(?:truce|ceasefire|cease-fire)\b/;

const UNIT_HOURS: Record<string, number> = { hour: 1, day: 24, week: 168, month: 720 };

/**
 * How long a truce is meant to last, in hours: "30-hour" 30, "for at least 30 days" 720, "month-long"
 * 720, "three months" 2160. Ranges ("24 to 48 hours"), ages ("the three-week-old truce") and time gone by
 * ("after four days of fighting") give none.
 */
export function durationHoursOf(text: string): number | undefined {
  const range = /\b\d+\s*(?:to|-|–)\s*\d+[- ](?:hour|day|week|month)s?\b/i.test(text);
  if (range) return undefined;
  const match = allMatches(LENGTH, text).find((candidate) => {
    const after = text.slice(candidate.index + candidate[0].length);
    if (OTHER_THING_AFTER.test(after)) return false;
    // "a 30-hour pause" is a length wherever it stands; "four days" may be time gone by.
    const spaced = !candidate[0].includes('-');
    return (
      !spaced ||
      (!ELAPSED_BEFORE.test(text.slice(Math.max(0, candidate.index - 20), candidate.index)) &&
        !ELAPSED_AFTER.test(after))
    );
  });
  if (match) {
    const count = /^an?$/i.test(match[1]) ? 1 : parseCount(match[1].toLowerCase());
    if (count) return count * UNIT_HOURS[match[2].toLowerCase()];
  }
  const single = /\b(hour|day|week|month)-long\b/i.exec(text);
  if (single) return UNIT_HOURS[single[1].toLowerCase()];
  return undefined;
}

const LENGTH =
  /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety)[- ](hour|day|week|month)s?(?:[- ]long)?\b(?![- ]old\b)/gi;
/** "after four days of fighting", "over the past two weeks", "three days later": time gone by, not a length. */
const ELAPSED_BEFORE =
  /\b(?:after|over|past|last|first|previous|recent|during|within|nearly|almost)\s+(?:the\s+)?$/i;
const ELAPSED_AFTER = /^\s+(?:of|ago|later|earlier|before|after|into|since)\b/i;
/** "the 12-day war", "a three-day visit": the length of something other than the truce. */
const OTHER_THING_AFTER =
  /^\s+(?:[\w-]+\s+)?(?:war|conflict|fighting|battle|offensive|campaign|siege|visit|trip|tour|standoff|clashes|crisis|bombardment|operation|escalation|deadline|ultimatum)\b/i;
