import type { WeaponClass } from '@app/domain';

/**
 * The weapon vocabulary: which words name a munition of which class, which name a model (counted into
 * its class), and which words inside a weapon's noun phrase are only modifiers.
 */

export interface WeaponWord {
  weapon: Exclude<WeaponClass, 'unspecified'>;
  /** A model or kind named by the word itself ("Iskander", "Kh-101", "cruise"). */
  subtype?: string;
  /** The plain class noun ("missiles", "drones"): a figure on it is the class total, not one model's share. */
  generic: boolean;
  /** The word names the launcher (jets), so a figure before it counts no munitions. */
  uncounted: boolean;
  /** A bare "strikes", which names the weapon only by the parties around it. */
  bare?: boolean;
  start: number;
  end: number;
}

interface Entry {
  pattern: string;
  /** What must follow the word for it to name a weapon ("jets struck"). */
  followedBy?: RegExp;
  /** ...or what may precede it instead ("hit by 100 jets"). */
  precededBy?: RegExp;
  uncounted?: boolean;
  bare?: boolean;
  weapon: WeaponWord['weapon'];
  subtype?: string;
  generic?: boolean;
}

/** Aircraft that drop bombs: a bomb they release is one munition of an airstrike. */
const AIRCRAFT = String.raw`(?:jets?|warplanes?|aircraft|planes?|bombers?|fighter-bombers?|F-(?:15|16|35)s?|Su-\d+s?)`;

const ENTRIES: Entry[] = [
  {
    pattern: String.raw`unmanned (?:aerial|air) vehicles?|unmanned aircraft|UAVs?|drones?`,
    weapon: 'drone',
    generic: true,
  },
  {
    pattern: String.raw`Shaheds?(?:-\d+\w*)?|Geran(?:-\d+)?s?|Gerberas?|loitering munitions?|Lancets?`,
    weapon: 'drone',
  },
  { pattern: String.raw`missiles?`, weapon: 'missile', generic: true },
  { pattern: String.raw`Iskander(?:-[MK])?s?`, weapon: 'missile', subtype: 'ballistic' },
  { pattern: String.raw`Kinzhals?`, weapon: 'missile', subtype: 'hypersonic' },
  { pattern: String.raw`Zircons?|Tsirkons?`, weapon: 'missile', subtype: 'hypersonic' },
  {
    pattern: String.raw`Kalibrs?|Kh-\d+\w*(?:/\d+\w*)?|Oniks|Onyx|Storm Shadows?|SCALPs?|Neptunes?(?:-MD)?|Tomahawks?|Taurus`,
    weapon: 'missile',
    subtype: 'cruise',
  },
  {
    pattern: String.raw`KN-2[34](?:/\d+)?s?|Tochka(?:-U)?s?|ATACMS|Oreshnik|Fattah-\d|Kheibar|Emad|Ghadr|Shahab|Fateh(?:-\d+)?|Palestine-2`,
    weapon: 'missile',
    subtype: 'ballistic',
  },
  { pattern: String.raw`rockets?|Grads?|Katyushas?|Qassams?|Burkans?`, weapon: 'rocket', generic: true },
  {
    pattern: String.raw`(?:guided |glide |aerial |air |gliding )+bombs?|glide-bombs?|KABs?|UMPKs?`,
    weapon: 'glide_bomb',
    generic: true,
  },
  {
    pattern: String.raw`artillery(?: shells?| rounds?| fire| strikes?| barrages?)?|shells|shelling|shelled|mortars?(?: shells?| bombs?| rounds?| fire)?|howitzers?|tank fire`,
    weapon: 'artillery',
    generic: true,
  },
  {
    pattern: String.raw`air[- ]?strikes?|bombing raids?|airstrikes?|air bombardments?|aerial bombardments?|bombing runs?`,
    weapon: 'airstrike',
    generic: true,
  },
  {
    // Aircraft that strike: an airstrike, but the number of jets is no number of munitions.
    pattern: String.raw`(?:fighter jets|fighter planes|fighter-bombers|warplanes|combat aircraft|aircraft|(?:Sukhoi |Mirage |Rafale |MiG )?jets|F-(?:15|16|35)s?|Su-\d+s?)`,
    weapon: 'airstrike',
    generic: true,
    uncounted: true,
    // "struck by Israeli jets", "by bombing its positions near Nyabibwe with Sukhoi jets".
    precededBy:
      /\b(?:(?:struck|hit|bombed|attacked|targeted|pounded|raided)\s+by\s+(?:[\w-]+\s+){0,5}|(?:bomb(?:ed|ing)|strik(?:e|ing)|struck|hit(?:ting)?|attack(?:ed|ing)|pound(?:ed|ing)|target(?:ed|ing))\b[^.;]{0,60}\bwith\s+(?:[\w-]+\s+){0,2})$/i,
    followedBy:
      /^\s+(?:[A-Za-z-]+\s+){0,3}(?:struck|bombed|hit|attacked|pounded|raided|hammered|pummel(?:l)?ed|battered|blasted|targeted|to bomb|to strike|carried out|(?:were|was|are|is) (?:striking|bombing|hitting|attacking|pounding|raiding|hammering|targeting))\b|^\s+(?:[A-Za-z-]+\s+){0,4}(?:by\s+)?(?:dropping|dropped)\s+(?:(?!glide|guided|gliding|aerial)\w+\s+)?bombs\b/,
  },
  {
    // "two bombs from the jets", "warplanes dropped four bombs": an airstrike counts its munitions.
    pattern: String.raw`bombs?|munitions`,
    weapon: 'airstrike',
    generic: true,
    precededBy: new RegExp(
      String.raw`\b${AIRCRAFT}\s+(?:[\w-]+\s+){0,2}?(?:dropped|dropping|released|releasing|fired)\s+(?:[\w-]+\s+){0,2}$|\b${AIRCRAFT}\b[^.;]{0,100}?,\s+(?:dropping|releasing|firing)\s+(?:[\w-]+\s+){0,2}$`,
      'i',
    ),
    followedBy: new RegExp(
      String.raw`^\s+(?:(?:were|was|had been)\s+)?(?:(?:dropped|released|fired)\s+)?(?:from|by)\s+(?:[\w-]+\s+){0,2}?${AIRCRAFT}\b`,
      'i',
    ),
  },
  {
    // "Israeli strikes on Gaza": no weapon named; an airstrike only where the index finds the target a
    // non-state side (a state's "strikes" may be missiles or drones), and never beside a weapon word.
    pattern: String.raw`strikes?`,
    weapon: 'airstrike',
    generic: true,
    uncounted: true,
    bare: true,
    followedBy: /^\s+(?:on|in|across|against|hit|hitting|killed|pounded|struck|targeted)\b/i,
  },
  {
    // "Israel said it struck Houthi targets": the verb alone, under the same test as a bare "strikes".
    pattern: String.raw`struck|bombed`,
    weapon: 'airstrike',
    generic: true,
    uncounted: true,
    bare: true,
    followedBy:
      /^\s+(?!by\b|down\b|(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|accord|bargain|compromise|note|tone|balance|chord)\b)[\p{L}]/iu,
  },
];

const SUBTYPE_WORDS: [RegExp, string][] = [
  [/\bballistic\b/i, 'ballistic'],
  [/\bcruise\b/i, 'cruise'],
  [/\bhypersonic\b/i, 'hypersonic'],
  [/\banti-?ship\b/i, 'anti-ship'],
  [/\banti-?radar\b/i, 'anti-radar'],
  [/\bguided\b/i, 'guided'],
];

/**
 * Every entry in one pattern. It must not start inside a word. Every entry opens with a letter, so a
 * leading \b lets V8 skip the inside of words at once (twice as fast as trying every character); a
 * lookbehind would be slower still. The hyphen, which \b allows before a word, is checked by hand.
 */
const WEAPON_PATTERN = new RegExp(
  String.raw`\b(?:${ENTRIES.map((entry) => entry.pattern).join('|')})(?![A-Za-z0-9]|-(?!\d))`,
  'gi',
);
/** Each entry anchored, to tell which one a match of the combined pattern came from. */
const ENTRY_PATTERNS = ENTRIES.map((entry) => new RegExp(String.raw`^(?:${entry.pattern})$`, 'i'));
/** The entry of each surface seen: the same few weapon words recur in every article. */
const entryOfSurface = new Map<string, Entry | undefined>();
const entryOf = (surface: string): Entry | undefined => {
  if (entryOfSurface.has(surface)) return entryOfSurface.get(surface);
  const entry = ENTRIES[ENTRY_PATTERNS.findIndex((pattern) => pattern.test(surface))];
  // Model numbers ("Kh-101", "Su-34") make the surfaces open-ended: bound the memo in a long-running worker.
  if (entryOfSurface.size >= 10_000) entryOfSurface.clear();
  entryOfSurface.set(surface, entry);
  return entry;
};

/** A weapon noun that is no attack: an interceptor, an alert, a factory. */
const NOT_AN_ATTACK_AFTER =
  /^\s*(?:alerts?|sirens?|warnings?|shelters?|defen[cs]es?|defen[cs]e|systems?|interceptors?|factory|factories|plants?|production|programmes?|programs?|industry|makers?|manufacturers?|operators?|units?|crews?|pilots?|launchers?|launch sites?|sites?|bases?|depots?|warehouses?|stockpiles?|threat|danger|companies|assembly|debris|wreckage|fragments|workshops?|storage|hangars?|facilities|components?|parts|engines?|models?|designs?|technology|pilots?|brigades?|regiments?|battalions?|troops|forces|crews?|teams?|specialists)\b/i;
const NOT_AN_ATTACK_BEFORE =
  /\b(?:anti-?(?:drone|missile|aircraft)|interceptor|air[- ]defen[cs]e|surface-to-air|Patriot|counter-?drone)\s+$/i;

export function findWeaponWords(text: string): WeaponWord[] {
  const words: WeaponWord[] = [];
  WEAPON_PATTERN.lastIndex = 0;
  for (let match = WEAPON_PATTERN.exec(text); match; match = WEAPON_PATTERN.exec(text)) {
    const start = match.index;
    if (text[start - 1] === '-') {
      // "anti-drone": the second half of a compound; look again from the next character.
      WEAPON_PATTERN.lastIndex = start + 1;
      continue;
    }
    const entry = entryOf(match[0]);
    const end = start + match[0].length;
    if (!entry) continue;
    if (
      entry.followedBy &&
      !entry.followedBy.test(text.slice(end, end + 60)) &&
      !entry.precededBy?.test(text.slice(Math.max(0, start - 140), start))
    )
      continue;
    if (
      entry.weapon === 'artillery' &&
      /^shells?$/i.test(match[0]) &&
      /\b(?:egg|sea|shell compan)/i.test(text.slice(start - 10, end + 10))
    )
      continue;
    if (NOT_AN_ATTACK_AFTER.test(text.slice(end, end + 20)) && entry.generic) continue;
    if (NOT_AN_ATTACK_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (
      /^air[- ]?raids?$/i.test(match[0]) &&
      /^\s*(?:alerts?|sirens?|warnings?)/i.test(text.slice(end, end + 12))
    )
      continue;
    words.push({
      weapon: entry.weapon,
      subtype: entry.subtype,
      generic: entry.generic ?? false,
      uncounted: entry.uncounted ?? false,
      ...(entry.bare ? { bare: true } : {}),
      start,
      end,
    });
  }
  return words.some((word) => !word.bare) ? words.filter((word) => !word.bare) : words;
}

/**
 * The subtype the words of a noun phrase name ("ballistic missiles", "Kh-101 cruise missiles"). Where a
 * role is named beside a flight profile ("anti-ship ballistic missile"), the profile tells the missile.
 */
export function subtypeOf(phrase: string): string | undefined {
  const found = SUBTYPE_WORDS.filter(([pattern]) => pattern.test(phrase)).map(([, name]) => name);
  if (found.length === 1) return found[0];
  const profiles = found.filter((name) => FLIGHT_PROFILES.has(name));
  return profiles.length === 1 ? profiles[0] : undefined;
}

const FLIGHT_PROFILES = new Set(['ballistic', 'cruise', 'hypersonic']);
