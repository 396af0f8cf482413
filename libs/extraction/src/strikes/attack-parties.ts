import type { Gazetteer } from '@app/domain';
import type { PartyMention } from '../context';
import type { Cue, WeaponPhrase } from './figures';

/**
 * Who attacked whom in one sentence, read from where each party is named: the subject of a launch verb
 * or the agent of a passive one, the owner of the weapons ("Ukrainian drones") or of the attack
 * ("a Russian barrage"), the place hit ("in Kharkiv", "at Kyiv"), and the side whose air defence or
 * ministry reports (its own territory was attacked).
 */

export interface AttackParties {
  attacker?: string;
  target?: string;
  /** The party whose military or officials report the figures (usually the side attacked). */
  reporter?: string;
  /** "according to Hezbollah": who gives the figures, which may be either side. */
  source?: string;
  /** The party whose air defences did the intercepting. */
  defender?: string;
  /** The text names the attacker only as "the enemy": the adversary of whoever was attacked. */
  enemy?: boolean;
  /** A military reports the figures without naming its side ("the air force counts"): its side was attacked. */
  militaryReport?: boolean;
  /** The side the text or its neighbours say denies the attack: no attacker is inferred. */
  disputed?: boolean;
}

const REPORTER_AFTER =
  /^(?:['’]s?)?\s+(?:(?:state|national|regional|local|top|own)\s+)?(?:air force|air[- ]defen[cs]es?|defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e forces|military said|military says|army said|army says|armed forces|general staff|officials?|authorities|governor|emergency services?|border guards?|navy|command|foreign ministry|president|prime minister|spokesm[ae]n|spokeswoman|ministry|media|units|forces said|forces says|military|army|security service|intelligence|SBU|special forces|navy|(?:armed|military|militant) wing|media office|press office)\b|^\s+(?:says|said|reported|reports|claimed|claims|announced|stated)\b/i;
const DEFENCE_AFTER =
  /^(?:['’]s?)?\s+(?:(?:\w+\s+){0,2})?(?:air[- ]defen[cs]es?|air force|units|forces|military|army)\b/i;
const ATTACK_AFTER =
  /^\s+(?:(?:overnight|massive|large-scale|combined|missile|drone|rocket|artillery|air|aerial|heavy|new|latest|deadly|night)\s+){0,3}(?:attacks?|strikes?|barrages?|assaults?|bombardments?|offensive|raids?|shelling|airstrikes?|fire|onslaught|aggression|warplanes|jets|fighter jets|aircraft|bombers|campaign|drone campaign|air campaign|response|retaliation|reprisal)\b/i;
/** "Russia's 145": the figure belongs to the party that launched it. */
const OWNER_OF_FIGURE = /^['’]s?\s+\d/;
/** "fired from southern Lebanon": where the launch came from. */
const ORIGIN_BEFORE =
  /\b(?:from|out of)\s+(?:(?:near|inside|within|in)\s+)?(?:the\s+)?(?:(?:directions?|areas?|territory|regions?|side)\s+of\s+(?:the\s+)?)?(?:northern\s+|southern\s+|eastern\s+|western\s+|occupied\s+)?$/i;
const ENEMY =
  /\b(?:the enemy|enemy (?:drones|missiles|UAVs|forces|attack)|the occupiers|the aggressor|the invaders)\b/i;
/** Verbs of counting: their subject is whoever counts ("the air force counts 315 drones"), not the attacker. */
const TALLY_VERB =
  /^(?:counts?|counted|recorded|detected|tracked|reported|spotted|sighted|involved|killed|killing|wounded|wounding|injured|injuring|damaged|damaging)$/i;
/** "Four Armenian soldiers were killed": the party named is the one hit. */
const VICTIM_AFTER =
  /^\s+(?:soldiers?|troops|servicemen|civilians?|people|residents|border guards?|positions?|posts?)\s+(?:were|was|have been|had been)\s+(?:killed|wounded|injured|hurt|hit)\b/i;
/** "released by Tu-95 bombers over the Volgograd region": where the weapons were launched from. */
const LAUNCH_SITE_BEFORE =
  /\b(?:launched|fired|released|flying|flown)\b[^,;]{0,50}\b(?:from|over)\s+(?:the\s+)?$/i;
/** "Kyiv and Odesa under fire": the place attacked. */
const UNDER_ATTACK_AFTER =
  /^(?:\s+and\s+[\p{Lu}][\p{L}-]+)?\s+(?:(?:was|were|came|come|comes|is|are)\s+)?(?:under (?:fire|attack|bombardment|shelling)|hit by|struck by|targeted by|attacked by)\b/u;
const MILITARY_REPORTER =
  /\b(?:air force|air[- ]defen[cs]es?|air[- ]defen[cs]e (?:units|forces|systems)|defen[cs]e ministry|ministry of defen[cs]e|general staff|military (?:said|says|reported)|army (?:said|says|reported))\b/i;
/** "KYIV —", "METULA, Israel —", "NEW DELHI, May 9 (Reuters) -": where the report was filed. */
export const DATELINE =
  /^[\p{Lu}][\p{Lu}.'/-]+(?:\s[\p{Lu}][\p{Lu}.'/-]+)*(?:,[^—–\n]{1,40}?)?(?:\s\([\w ]+\))?\s[—–-]\s/u;
const OWN_STRIKE =
  /\b(?:it|its (?:forces|troops|units|military|army|aircraft|jets|navy|drones)|they)\s+(?:had\s+|has\s+|have\s+)?(?:\w+\s+)?(?:struck|launched|fired|attacked|hit|carried out|targeted|bombed|shelled|used|sent|deployed)\b/i;
const SOURCE_BEFORE = /\baccording to\s+(?:the\s+)?$/i;
const AIMED_AT_BEFORE =
  /\b(?:on|onto|against|at|targeting|targeted|struck|hit|attacked|towards?|into|pounded|bombed|shelled)\s+(?:(?:the|a|an|two|three|four|five|several|\d+)\s+)?(?:northern\s+|southern\s+|eastern\s+|western\s+|central\s+|occupied\s+)?$/i;
const UNNAMED_AGENT =
  /\b(?:gunmen|assailants|attackers|unidentified (?:gunmen|attackers|assailants|drones?)|unknown (?:attackers|assailants|gunmen))\b/i;
const TROOPS_ATTACKED =
  /\b(?:attacked|ambushed|struck|targeted|fired (?:on|at))\s+(?:the\s+|a\s+|an\s+)?(?:troops|soldiers|forces|patrol|army post|military post)\b/i;
const PASSIVE_AGENT = /\bby\s+(?:the\s+)?$/i;
export const ACCUSED_BEFORE = /\baccus(?:es|ed|ing)\s+(?:the\s+)?$/i;
export const ACCUSED_OF_ATTACK_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?of\s+(?:[\w-]+\s+){0,5}?(?:shelling|attacking|firing|bombing|striking|launching|targeting|hitting|using|sending)\b/i;

/** "missiles fired by the Houthis": the agent of a launch verb that follows the weapons directly. */
function agentOfPhrase(
  mention: PartyMention,
  launchCues: readonly Cue[],
  phrases: readonly WeaponPhrase[],
): boolean {
  const cue = launchCues.filter((candidate) => candidate.end <= mention.start).at(-1);
  return (
    cue !== undefined &&
    mention.start - cue.end <= 12 &&
    phrases.some((phrase) => phrase.end <= cue.start && cue.start - phrase.end <= 2)
  );
}

export function resolveAttackParties(
  text: string,
  mentions: readonly PartyMention[],
  phrases: readonly WeaponPhrase[],
  cues: readonly Cue[],
): AttackParties {
  const result: AttackParties = {};
  const launchCues = cues.filter((cue) => cue.kind === 'launch' && !TALLY_VERB.test(cue.verb));
  const interceptCues = cues.filter((cue) => cue.kind !== 'launch');
  const datelineEnd = DATELINE.exec(text)?.[0].length ?? 0;
  const roles = mentions.map((mention) => {
    const after = text.slice(mention.end, mention.end + 60);
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    if (mention.role === 'modifier') return 'none' as const;
    // "METULA, Israel — ...": the dateline places the report, it names no actor.
    if (mention.end <= datelineEnd) return 'dateline' as const;
    // "accused the RSF of shelling El Obeid": the accused attacked.
    if (ACCUSED_BEFORE.test(before) && ACCUSED_OF_ATTACK_AFTER.test(after)) return 'attacker' as const;
    const insidePhrase = phrases.some((phrase) => mention.start >= phrase.start && mention.end <= phrase.end);
    if (insidePhrase || ATTACK_AFTER.test(after) || OWNER_OF_FIGURE.test(after)) return 'attacker' as const;
    if (
      ORIGIN_BEFORE.test(before) ||
      LAUNCH_SITE_BEFORE.test(text.slice(Math.max(0, mention.start - 80), mention.start))
    )
      return 'origin' as const;
    if (VICTIM_AFTER.test(after)) return 'target' as const;
    if (UNDER_ATTACK_AFTER.test(after)) return 'target' as const;
    if (mention.role === 'place') return 'target' as const;
    if (
      PASSIVE_AGENT.test(before) &&
      !/^['’]s?\s/.test(after) &&
      launchCues.some((cue) => cue.end <= mention.start)
    )
      return agentOfPhrase(mention, launchCues, phrases) ? ('agent' as const) : ('attacker' as const);
    if (interceptCues.length && DEFENCE_AFTER.test(after)) return 'defender' as const;
    if (SOURCE_BEFORE.test(before)) return 'source' as const;
    if (REPORTER_AFTER.test(after)) return 'reporter' as const;
    const nextLaunch = launchCues.find((cue) => cue.start >= mention.end);
    if (
      nextLaunch &&
      !mentions.some(
        (other) => other.start > mention.end && other.end <= nextLaunch.start && other.role === 'actor',
      )
    ) {
      const between = text.slice(mention.end, nextLaunch.start);
      if (
        between.split(/\s+/).length <= 8 &&
        !/[;:]/.test(between) &&
        !/\b(?:said|says|that)\b/.test(between) &&
        // "Two days after the Omani announcement, they fired": the pronoun is the subject.
        !/,\s*(?:it|they)\s+(?:also\s+|then\s+)?$/i.test(between)
      )
        return 'attacker' as const;
    }
    return 'other' as const;
  });
  // "a ballistic missile fired by the Houthis": the agent of the weapons outranks "the Israeli strike".
  const agent = mentions.find((_mention, index) => roles[index] === 'agent');
  if (agent) result.attacker = agent.party;
  mentions.forEach((mention, index) => {
    const role = roles[index];
    if (role === 'attacker' && !result.attacker) result.attacker = mention.party;
    if (role === 'defender' && !result.defender) result.defender = mention.party;
    if (role === 'reporter' && !result.reporter) result.reporter = mention.party;
    if (role === 'source' && !result.source) result.source = mention.party;
  });
  if (!result.attacker && result.reporter && OWN_STRIKE.test(text)) {
    // "Russia's defence ministry said it had struck air bases": the reporter claims its own attack.
    result.attacker = result.reporter;
  }
  if (!result.attacker) {
    const origin = mentions.find((_mention, index) => roles[index] === 'origin');
    if (origin) result.attacker = origin.party;
  }
  if (ENEMY.test(text)) result.enemy = true;
  if (UNNAMED_AGENT.test(text)) {
    // "gunmen had attacked troops in Rafah", the army said: the attacker is left unnamed on purpose.
    result.disputed = true;
    if (result.reporter && TROOPS_ATTACKED.test(text)) {
      result.target = result.reporter;
      return result;
    }
  }
  if (MILITARY_REPORTER.test(text)) result.militaryReport = true;
  const attacker = result.attacker;
  // A place named as what was hit ("on RSF positions") outranks one that only sets the scene ("In Khartoum").
  const targets = mentions.filter(
    (mention, index) => roles[index] === 'target' && mention.party !== attacker,
  );
  const aimed = targets.find((mention) =>
    AIMED_AT_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)),
  );
  result.target = (aimed ?? targets[0])?.party;
  if (!result.target && datelineEnd) {
    const located = mentions.filter(
      (mention, index) => roles[index] === 'dateline' && mention.party !== attacker,
    );
    if (located.length === 1) result.target = located[0].party;
  }
  return result;
}

/** The other belligerent of the only theatre, or of the article's theatre, that includes `party`. */
export function adversaryOf(
  party: string,
  gazetteer: Gazetteer,
  articleTheatre?: readonly [string, string],
): string | undefined {
  if (articleTheatre?.includes(party))
    return articleTheatre[0] === party ? articleTheatre[1] : articleTheatre[0];
  const theatres = gazetteer.theatresOf(party);
  if (theatres.length !== 1) return undefined;
  const [a, b] = theatres[0].parties;
  return a === party ? b : a;
}
