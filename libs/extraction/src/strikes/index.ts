import type { StrikeReported, WeaponClass } from '@app/domain';
import type { ArticleContext, PartyMention, RuleSet, Sentence } from '../context';
import { addDays, type DateCue } from '../dates';
import {
  ACCUSED_BEFORE,
  ACCUSED_OF_ATTACK_AFTER,
  DATELINE,
  adversaryOf,
  resolveAttackParties,
  type AttackParties,
} from './attack-parties';
import { sidesNamedByRole } from '../parties';
import { findWeaponWords } from './weapons';
import { readFigures, type FigureRole, type WeaponPhrase } from './figures';

/**
 * StrikeReported events: one per attack and weapon class (shared/contract/EVENTS.md). Each sentence is
 * read for weapon figures and the parties around them; figures that point back ("Fifteen of them were
 * shot down") join the attack of the sentence before; reports of the same attack (same attacker,
 * target, weapon and day) fill one event, the first figure given for each field winning, so a city's
 * share or a repeated figure is not counted twice.
 */

/** A total over a period rather than one attack. */
const CUMULATIVE =
  /\b(?:so far|to date|(?:violat\w*|breach\w*|broke|broken)\b[^.]*\b\d[\d,]* times|over (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+) (?:days|nights|weeks|months)(?: of (?:the )?(?:war|fighting|conflict|clashes))?|in the (?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:days|weeks|months) (?:before|after|since)|in (?:two|three|four|five|\d+) (?:days|nights)|(?:in|during|for) (?:January|February|March|April|May|June|July|August|September|October|November|December) alone|(?:heaviest|busiest|worst|record|deadliest) (?:month|week|year)|for (?:January|February|March|April|May|June|July|August|September|October|November|December|the (?:month|week|year))|over the (?:calendar )?(?:month|year|week|summer|winter|spring|autumn)|a (?:year|month) earlier|year-on-year|month-on-month|in total since|per (?:night|day|week|month)|on average|an average of|every (?:night|day|week)|(?:once|twice|\d+ times) a (?:day|night|week)|daily|weekly|monthly|(?:past|last|previous|this) (?:week|month|year)|over the (?:past|last|previous) \w+ (?:days|weeks|months|nights)|in (?:the )?(?:first|last|past) \w+ (?:days|weeks|months)|throughout the (?:week|month|year|war)|during the (?:week|month)|since the (?:start|beginning) of the (?:year|month|week)|all told|cumulative|altogether)\b/i;
const SINCE = /\bsince\b/i;
const SAID_BEFORE = /\b(?:said|says|reported|announced|claimed|stated)\s+$/i;
const SUPERLATIVE_BEFORE =
  /\b(?:largest|biggest|heaviest|most|first|worst|deadliest|record|highest|longest|major|massive)\b[^.,;]*$/i;

/** A total over a period; "the largest attack since the invasion" or "so far" is still one attack. */
function isCumulative(text: string): boolean {
  const period = CUMULATIVE.exec(text);
  if (
    period &&
    !(/^(?:so far|to date)$/i.test(period[0]) && SUPERLATIVE_BEFORE.test(text.slice(0, period.index))) &&
    // "the military said last week that it had shot down 25 drones on Thursday": when it was said.
    !(
      SAID_BEFORE.test(text.slice(Math.max(0, period.index - 12), period.index)) &&
      /^\s+that\b/i.test(text.slice(period.index + period[0].length))
    )
  )
    return true;
  return SINCE.test(text) && !SUPERLATIVE_BEFORE_SINCE.test(text);
}
const SUPERLATIVE_BEFORE_SINCE =
  /\b(?:largest|biggest|heaviest|most|first|only|worst|deadliest|record|highest|longest|major|massive)\b[^.]*\bsince\b/i;
/** Not (yet) an attack: forecasts, threats, hypotheses, production and supply, denials. */
const IRREALIS =
  /\b(?:will|would|could|might|may(?!\s+\d)|shall|can|cannot|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|vow(?:s|ed)?|plan(?:s|ned|ning)? to|prepar(?:es|ing|ed) to|intends? to|capable of|ability to|ready to|if|unless|whether|in case|expects?|expected|forecast|likely|possible|potential|able to|wants? to|seeks? to|sought to|aims? to|order(?:s|ed)? (?:more|new)|(?:order|instruct|direct)(?:s|ed)? (?:[\w-]+ ){0,3}to|need(?:s|ed)?|request(?:s|ed)?|asked for|calls? for|called for|pledg(?:es|ed))\b/i;
const SUPPLY =
  /\b(?:produc(?:e|es|ed|ing|tion)|manufactur\w*|deliver(?:y|ies|ed|ing|s)?|suppl(?:y|ies|ied|ying)|shipments?|shipped|stockpil\w*|arsenal|inventory|purchas\w*|bought|buy(?:ing)?|acquir\w*|transferr?(?:ed|ing)?|provid(?:e|es|ed|ing) (?:\w+ )?(?:with )?\d|donat\w*|aid package|factor(?:y|ies)|assembl(?:e|ed|y|ing)|make|makes|making|made \d|output|prepar(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|hous(?:e|es|ed|ing))\b/i;
const NEGATED_ATTACK =
  /\b(?:did not|didn't|does not|doesn't|never|no longer)\s+(?:\w+\s+)?(?:launch|fire|send|use|attack|strike|target)\w*/i;
const DENIAL =
  /\b(?:denied|denies|deny|denying|rejected claims|did not (?:launch|fire|attack|strike|use)|no (?:[A-Za-z-]+ )?(?:drones|missiles|rockets|shells)|not (?:a single|one) (?:drone|missile|rocket))\b/i;
const NON_EVENT_CONTEXT =
  /\b(?:ceasefire|truce|moratorium|halt|stop|pause|refrain|cease|ban on|end to)\b[^.,;]{0,40}$/i;

interface AttackReading {
  sentence: Sentence;
  /** The last sentence whose figures joined this reading. */
  lastIndex: number;
  parties: AttackParties;
  occurredOn: string;
  datedByCue: boolean;
  /** Dated only by "overnight" or "today", which a dated paragraph heading overrides. */
  deicticDate: boolean;
  buckets: Map<WeaponClass, Bucket>;
  lastWeapon?: WeaponClass;
  launchVerb: boolean;
  /** Its figures point back to an attack already named ("460 of the drones", "of them"). */
  anaphoric: boolean;
  /** The text calls these figures final, revised or official: they replace earlier ones. */
  authoritative: boolean;
  /** Attacks by another party in the same sentence ("after Cambodian rockets struck ..."). */
  companions: AttackReading[];
}

interface Bucket {
  generic: Partial<Record<FigureRole, number>>;
  specific: Partial<Record<FigureRole, number>>;
  subtypes: Set<string>;
  counted: boolean;
  /** The launched figure is only "a missile": any figure of the whole attack replaces it. */
  weakLaunch?: boolean;
  /** Some phrase names the weapons afresh, not as "the drones" of an attack already told. */
  fresh?: boolean;
  /** "All of them were shot down": every weapon of this class had this fate, however many there were. */
  allOf?: FigureRole;
  /** "It was not intercepted": the one weapon launched got through. */
  noneDowned?: boolean;
}

export const extractStrikes: RuleSet = (context) => {
  const readings: AttackReading[] = [];
  const paragraphDates = new Map<number, string>();
  let lastWeapon: WeaponClass | undefined;
  let sectionDate: string | undefined;
  const totalParagraphs = new Set<number>();
  const corrections = new Set(
    context.sentences
      .filter((sentence) => CORRECTION.test(sentence.text))
      .map((sentence) => sentence.paragraph),
  );
  for (const sentence of context.sentences) {
    if (sentence.headline || corrections.has(sentence.paragraph)) continue;
    const cues = (): DateCue[] => usableDateCues(context.dateCues(sentence), sentence.text);
    if (OPENS_WITH_DATE.test(sentence.text)) {
      const [first] = cues();
      if (first && first.start <= 3) paragraphDates.set(sentence.paragraph, first.occurredOn);
      // "SATURDAY, MAY 24" alone on its line heads every entry below it, up to the next such line.
      if (first && sentence.text.length <= first.end + 12 && sentence.text.length < 40)
        sectionDate = first.occurredOn;
    }
    if (sectionDate && !paragraphDates.has(sentence.paragraph))
      paragraphDates.set(sentence.paragraph, sectionDate);
    const previous = readings[readings.length - 1];
    const reading = readSentence(context, sentence, cues, lastWeapon);
    if (reading === 'total') totalParagraphs.add(sentence.paragraph);
    if (!reading || reading === 'total') continue;
    const antecedent = reading.parties.attacker
      ? undefined
      : attackerReferredBack(context, sentence, reading);
    if (antecedent) reading.parties = { ...reading.parties, attacker: antecedent };
    const voice = reading.parties.enemy && !hasSides(reading) ? statementVoice(context, sentence) : undefined;
    if (voice) reading.parties = { ...reading.parties, reporter: voice };
    // "...had launched 40 missiles since 2023. Only one fell inside Israel": the totals go on.
    if (!reading.datedByCue && totalParagraphs.has(sentence.paragraph)) continue;
    readings.push(...reading.companions);
    lastWeapon = reading.lastWeapon ?? lastWeapon;
    if (!reading.datedByCue || (reading.deicticDate && paragraphDates.has(sentence.paragraph))) {
      // An undated sentence elaborates the attack just reported, or the paragraph's dated heading.
      const heading = paragraphDates.get(sentence.paragraph);
      const referred = reading.datedByCue ? undefined : dayReferredBack(context, sentence);
      const inherited =
        heading ??
        referred ??
        (previous && sentence.index - previous.lastIndex <= 3 && previous.datedByCue
          ? previous.occurredOn
          : undefined);
      if (inherited) reading.occurredOn = inherited;
      if (heading || referred) reading.datedByCue = true;
      for (const companion of referred ? reading.companions : [])
        if (!companion.datedByCue) Object.assign(companion, { occurredOn: referred, datedByCue: true });
    }
    if (
      previous &&
      sentence.index - previous.lastIndex <= 1 &&
      !hasSides(previous) &&
      hasSides(reading) &&
      reading.anaphoric
    ) {
      // "New record: 479 drones and 20 missiles." then "Kyiv says 460 of the drones ... were brought down."
      previous.parties = reading.parties;
      joinInto(previous, reading);
      continue;
    }
    if (
      previous &&
      sentence.index - previous.lastIndex <= 3 &&
      !reading.parties.attacker &&
      reading.parties.target &&
      previous.parties.target === reading.parties.target &&
      previous.occurredOn === reading.occurredOn &&
      previous.parties.attacker
    ) {
      // "A further salvo arrived before dawn in northern Israel": the attack continues, its attacker too.
      reading.parties = { ...reading.parties, attacker: previous.parties.attacker };
    }
    if (previous && sentence.index - previous.lastIndex <= 2 && linksBack(reading, previous)) {
      joinInto(previous, reading);
      continue;
    }
    readings.push(reading);
  }
  const disputes = disputedAttackers(context);
  for (const reading of readings) {
    const { attacker, target } = reading.parties;
    const suspect =
      attacker ?? (target ? adversaryOf(target, context.gazetteer, context.theatre?.parties) : undefined);
    if (
      suspect &&
      disputes.some(
        (dispute) =>
          dispute.party === suspect &&
          (dispute.index === reading.sentence.index ||
            (!dispute.ofThisClaim &&
              (Math.abs(dispute.index - reading.sentence.index) <= 3 ||
                dispute.weapons.some((weapon) => reading.buckets.has(weapon))))),
      )
    ) {
      reading.parties = { ...reading.parties, attacker: undefined, disputed: true };
    }
  }
  const bodies = militaryBodyOwners(context);
  for (const reading of readings) {
    if (hasSides(reading)) continue;
    const body = UNNAMED_BODY.exec(reading.sentence.text)?.[1].toLowerCase().replace('defense', 'defence');
    const owner = body ? bodies.get(body) : undefined;
    if (owner) reading.parties = { ...reading.parties, reporter: owner };
  }
  const dominant = dominantDirection(readings, (reading) =>
    sidesOf(reading, context, context.theatre?.parties),
  );
  for (const reading of readings) {
    if (!dominant || reading.parties.attacker || reading.parties.disputed) continue;
    if (!hasSides(reading) && reading.parties.militaryReport)
      reading.parties = { ...reading.parties, ...dominant };
    // "A missile hit an industrial plant in Dnipro": the article's attacker of that target.
    else if (reading.parties.target === dominant.target)
      reading.parties = { ...reading.parties, attacker: dominant.attacker };
  }
  const blames = blamedAttackers(context);
  for (const reading of readings) {
    if (reading.parties.attacker) continue;
    const { target, defender, reporter } = reading.parties;
    const attacked = target ?? defender ?? reporter;
    const blame = blames.find(
      (candidate) =>
        reading.buckets.has(candidate.weapon) &&
        attacked !== candidate.accused &&
        (!candidate.accuser || !attacked || attacked === candidate.accuser),
    );
    if (blame) reading.parties = { ...reading.parties, attacker: blame.accused };
  }
  return toEvents(context, readings);
};

/**
 * In a war of a state on an armed group, "the army's warplanes struck" and "the rebels shelled" name the
 * side that attacked. Only as attackers: "the military said" stays a voice, so its figures still join the
 * attack told before.
 */
function withSidesNamedByRole(context: ArticleContext, sentence: Sentence): readonly PartyMention[] {
  const named = context.mentions(sentence);
  if (!context.theatre) return named;
  const text = sentence.text;
  const attackers = sidesNamedByRole(text, context.theatre, context.gazetteer, named).filter((mention) =>
    ATTACKING_AFTER.test(text.slice(mention.end, mention.end + 50)),
  );
  return attackers.length ? [...named, ...attackers].sort((a, b) => a.start - b.start) : named;
}

const ATTACKING_AFTER =
  /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|struck|shelled|attacked|hit|bombed|pounded|targeted|warplanes|jets|drones|fighters|forces|troops|artillery|aircraft|gunners)\b/i;

/** "The fighting erupted on July 24. That day Thai jets struck ...": the day of the sentence before. */
function dayReferredBack(context: ArticleContext, sentence: Sentence): string | undefined {
  if (!SAME_DAY_REFERENCE.test(sentence.text)) return undefined;
  const previous = context.previous(sentence);
  return previous
    ? context
        .dateCues(previous)
        .filter((cue) => !cue.future && !cue.occurredOn.includes('/'))
        .at(-1)?.occurredOn
    : undefined;
}

const SAME_DAY_REFERENCE = /\b(?:(?:on )?that (?:day|night|morning|evening)|the same (?:day|night))\b/i;

/**
 * "The Air Force of Ukraine published the following statement: '... the enemy attacked with 823 ...'":
 * a statement that calls the attacker "the enemy" speaks for the side named as publishing it.
 */
function statementVoice(context: ArticleContext, sentence: Sentence): string | undefined {
  let earlier = context.previous(sentence);
  for (let steps = 0; earlier && steps < 2; steps++, earlier = context.previous(earlier)) {
    const text = earlier.text;
    const voice = context
      .mentions(earlier)
      .find(
        (mention) =>
          mention.role !== 'modifier' && STATEMENT_AFTER.test(text.slice(mention.end, mention.end + 80)),
      );
    if (voice) return voice.party;
  }
  return undefined;
}

const STATEMENT_AFTER =
  /^(?:['’]s)?\s+(?:[\w-]+\s+){0,6}?(?:published|issued|released|posted|said|says|reported|reports|stated)\b/i;

/** "Its fighters shelled ...", "The group fired ...", "It also launched ...": an attacker told by pronoun. */
const PRONOUN_ATTACKER =
  /^(?:[^,;]{1,60},\s*)?(?:(?:its|their)\s+(?:[\w-]+\s+)?(?:fighters|forces|troops|militants|gunmen|army|military|artillery|drones|warplanes|jets)|the (?:group|militia|movement|rebels|paramilitaries|militants)|it|they)\s+(?:also\s+|then\s+|later\s+)?(?:fired|launched|sent|shelled|attacked|struck|hit|targeted|bombed|pounded)\b/i;

/**
 * The party an opening pronoun stands for: the first side named as an actor in the sentence before, in
 * the same paragraph or the one just before, if it is at war with the side attacked.
 */
function attackerReferredBack(
  context: ArticleContext,
  sentence: Sentence,
  reading: AttackReading,
): string | undefined {
  const previous = context.previous(sentence);
  if (!previous || !PRONOUN_ATTACKER.test(sentence.text.replace(DATELINE, ''))) return undefined;
  const target = reading.parties.target;
  const atWarWithTarget = (party: string): boolean =>
    !target ||
    context.gazetteer.theatres.some(
      ({ parties }) =>
        parties.includes(belligerentFor(party, context.gazetteer)) &&
        parties.includes(belligerentFor(target, context.gazetteer)) &&
        belligerentFor(party, context.gazetteer) !== belligerentFor(target, context.gazetteer),
    );
  return context
    .mentions(previous)
    .find((mention) => mention.role === 'actor' && atWarWithTarget(mention.party))?.party;
}

/** A denial of the attack itself, not of its aims ("denies aiming at civilians" disputes nothing). */
const DISPUTE =
  /\b(?:denied|denies|deny|denying)\s+(?:any\s+|all\s+)?(?:role|involvement|responsibility|part|carrying out|launching|firing|attacking|being behind|it was behind|that it|the (?:attack|strike|claim|report|accusation)s?)|\b(?:rejected|rejects|dismissed|dismisses)\b(?=[^.]{0,80}\b(?:baseless|false|fabricat\w*|lies|groundless|unfounded|provocation)\b)/i;

/** "..., a figure Islamabad dismissed": the accused disputes this sentence's claim, and only it. */
const DISPUTED_CLAIM =
  /,\s+(?:a|an|the)\s+(?:figure|claim|count|account|allegation|accusation|report)s?\s+(?:that\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:has\s+|had\s+)?(?:dismissed|rejected|disputed|denied|called (?:false|baseless))\b/u;

interface Dispute {
  party: string;
  index: number;
  weapons: WeaponClass[];
  /** The denial answers one claim in its own sentence ("a figure Moscow dismissed"), no other report. */
  ofThisClaim?: boolean;
}

/** "Hezbollah denied any role": the party denying an attack near its report is no attacker of record. */
/** Who denies an attack, in which sentence, and of which weapons when it names them (then article-wide). */
function disputedAttackers(context: ArticleContext): Dispute[] {
  const disputes: Dispute[] = [];
  for (const sentence of context.sentences) {
    const claim = DISPUTED_CLAIM.exec(sentence.text);
    if (claim) {
      const denier = context
        .mentions(sentence)
        .find((mention) => mention.start >= claim.index && mention.end <= claim.index + claim[0].length);
      if (denier)
        disputes.push({ party: denier.party, index: sentence.index, weapons: [], ofThisClaim: true });
      continue;
    }
    const verb = DISPUTE.exec(sentence.text);
    if (!verb) continue;
    const denier = [...context.mentions(sentence)]
      .reverse()
      .find((mention) => mention.role !== 'modifier' && mention.end <= verb.index);
    if (denier && verb.index - denier.end < 40) {
      const weapons = findWeaponWords(sentence.text).map((word) => word.weapon);
      disputes.push({ party: denier.party, index: sentence.index, weapons });
    }
  }
  return disputes;
}

const BLAME =
  /\b(?:blames?|blamed|blaming|accus(?:es|ed|ing)|attributed|(?:holds?|held|holding)\b(?=[^.]{0,60}\bresponsible\b))/i;

/**
 * "The military blames the RSF for the wave of drone attacks": who the article says launched the attacks
 * of a weapon class that its reports of them leave unattributed.
 */
function blamedAttackers(
  context: ArticleContext,
): { weapon: WeaponClass; accused: string; accuser?: string }[] {
  const blames: { weapon: WeaponClass; accused: string; accuser?: string }[] = [];
  for (const sentence of context.sentences) {
    const verb = BLAME.exec(sentence.text);
    if (!verb) continue;
    const mentions = context.mentions(sentence).filter((mention) => mention.role !== 'modifier');
    const accused = mentions.find((mention) => mention.start > verb.index);
    if (!accused) continue;
    const accuser = [...mentions].reverse().find((mention) => mention.end <= verb.index)?.party;
    for (const word of findWeaponWords(sentence.text))
      blames.push({ weapon: word.weapon, accused: accused.party, accuser });
  }
  return blames;
}

const ANAPHORIC_OPENING = /^\W*(?:of (?:those|them|these|which|the total)|of the \d)/i;
const AUTHORITATIVE =
  /\b(?:final|revised|updated|corrected|official|full)\s+(?:count|tally|figures?|numbers?|breakdown|data|report)\b/i;

/** An editor's correction restates a wrong figure: its paragraph reports no attack. */
const CORRECTION = /^\W*correction\b|\b(?:misstated|an earlier version of this (?:story|article))\b/i;

/** A paragraph that opens with its day ("MONDAY —", "On Sunday,", "Overnight,") dates what follows in it. */
const OPENS_WITH_DATE =
  /^\W{0,3}(?:on\s+|last\s+)?(?:\p{L}+day|overnight|yesterday|\d{1,2}\s+\p{L}+|\p{Lu}\p{L}+\s+\d{1,2}\b)/iu;

/** A dateline ("KYIV, Sept 8 —") dates the report, not the attack. */
const DATED_DATELINE = /^[\p{Lu}][\p{Lu} .'/-]{1,30},[^—–]{1,40}?\s[-—–]\s/u;

function usableDateCues(cues: readonly DateCue[], text: string): DateCue[] {
  const dateline = DATED_DATELINE.exec(text);
  return cues.filter(
    (cue) =>
      !cue.future &&
      !(dateline && cue.start > dateline[0].indexOf(',') && cue.end <= dateline[0].length) &&
      !/\b(?:since|until|by|before)\s*$/i.test(text.slice(Math.max(0, cue.start - 8), cue.start)),
  );
}

/** The date cue that dates the attack: not one of a reporting verb ("said on Monday"), the nearest to the weapons. */
function attackDateCue(cues: readonly DateCue[], text: string, anchor: number): DateCue | undefined {
  const notReporting = cues.filter(
    (cue) =>
      !/\b(?:said|says|told|reported|announced|added|stated|wrote|issued|published|posted|updated)\s+(?:\w+\s+)?$/i.test(
        text.slice(Math.max(0, cue.start - 20), cue.start),
      ),
  );
  const candidates = notReporting.length ? notReporting : cues;
  // "MONDAY — ... downed overnight": a heading dates the whole entry.
  const heading = candidates.find((cue) => cue.start <= 3 && !DEICTIC.test(cue.cue));
  if (heading) return heading;
  // "from late Monday into the early hours of Tuesday": the night ended on the day it ran into.
  const ending = candidates.find((cue) =>
    NIGHT_INTO.test(text.slice(Math.max(0, cue.start - 40), cue.start)),
  );
  if (ending) return ending;
  // A cue across a clause break ("on Saturday and three more missiles") dates another clause's attack.
  const distance = (cue: DateCue): number => {
    const [from, to] = cue.start >= anchor ? [anchor, cue.start] : [cue.end, anchor];
    return to - from + (CLAUSE_BETWEEN.test(text.slice(from, to)) ? 1000 : 0);
  };
  return [...candidates].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
}

const CLAUSE_BETWEEN =
  /;|\b(?:after|while|but|whereas)\b|\band\s+(?=(?:on|then|later|\d|one|two|three|four|five|six|seven|eight|nine|ten|a further|another)\b)/i;
const NIGHT_INTO =
  /\binto\s+(?:the\s+)?(?:(?:early\s+)?(?:hours|morning)\s+of\s+)?$|\bnight\s+of\s+\p{L}+\s+(?:to|into)\s+$/iu;

/** "from 19:00 on September 16 until 06:00": a night attack is dated to the morning it ended. */
function nightEnding(cue: DateCue, text: string): string {
  const evening = /\b(?:from|between)\s+(\d{1,2})[:.]\d{2}\s+(?:\w+\s+)?(?:on\s+)?$/i.exec(
    text.slice(Math.max(0, cue.start - 30), cue.start),
  );
  if (!evening || Number(evening[1]) < 12 || cue.occurredOn.includes('/')) return cue.occurredOn;
  return addDays(cue.occurredOn, 1);
}

const DEICTIC =
  /^(?:overnight|last night|during the night|earlier today|today|this morning|tonight|this evening|this afternoon)$/i;

const TRUCE_WORD = /ceasefire|truce|moratorium|halt|stop|pause|refrain|cease|ban on|end to/i;

/** The end of the first match of a pattern, or Infinity when it has none. */
function matchEnd(pattern: RegExp, text: string): number {
  const match = pattern.exec(text);
  return match ? match.index + match[0].length : Number.POSITIVE_INFINITY;
}

/** Habits and series rather than one attack: "near-nightly raids", "attacks almost every night". */
const HABITUAL =
  /\b(?:near-nightly|nightly|almost every (?:night|day)|every (?:night|day)|night after night|regularly|routinely|repeatedly|(?:has|have) kept up|continues? to (?:launch|fire|attack|strike)|for (?:weeks|months|years)|(?:are|is) (?:now |increasingly |routinely |regularly )?being)\b/i;

function readSentence(
  context: ArticleContext,
  sentence: Sentence,
  cues: () => readonly DateCue[],
  articleWeapon: WeaponClass | undefined,
): AttackReading | 'total' | undefined {
  const text = sentence.text;
  const figures = readFigures(text);
  if (!figures.phrases.length && !figures.backReferences.length) return undefined;
  if (DENIAL.test(text) || NEGATED_ATTACK.test(text)) return undefined;
  // A period far from the figures ("the commander killed last month") does not make them a total.
  const lastFigure = Math.max(
    ...figures.phrases.map((phrase) => phrase.end),
    ...figures.backReferences.map((reference) => reference.start),
  );
  const aroundFigures = text.slice(0, lastFigure + 60);
  if (isCumulative(aroundFigures) || HABITUAL.test(aroundFigures)) return 'total';
  // Where the sentence first turns irreal or speaks of supply: figures after that point are no attack.
  const irrealis = matchEnd(IRREALIS, text);
  const supply = matchEnd(SUPPLY, text);
  const truceTalk = TRUCE_WORD.test(text);
  const allPhrases = figures.phrases.filter(
    (phrase) =>
      irrealis > phrase.end &&
      supply > phrase.end &&
      !(truceTalk && NON_EVENT_CONTEXT.test(text.slice(0, phrase.start))),
  );
  const backReferences = figures.backReferences.filter((reference) => irrealis > reference.start);
  if (!allPhrases.length && !backReferences.length) return undefined;
  const launchVerb = figures.cues.length > 0;
  const mentions = withSidesNamedByRole(context, sentence);
  const parties = resolveAttackParties(text, mentions, allPhrases, figures.cues);
  // "Israeli strikes in Gaza": a state's bare "strikes" on a non-state side are flown; on a state they may
  // be missiles or drones, so they name no weapon.
  const bareStrikesFlown =
    parties.attacker !== undefined &&
    parties.target !== undefined &&
    context.gazetteer.parties.get(parties.attacker)?.kind === 'state' &&
    context.gazetteer.parties.get(belligerentFor(parties.target, context.gazetteer))?.kind === 'armed-group';
  const phrases = allPhrases.filter((phrase) => !phrase.bare || bareStrikesFlown);
  if (!phrases.length && !backReferences.length) return undefined;
  const owners = phraseOwners(text, phrases, mentions);
  const attackerPhrases = phrases.filter(
    (_phrase, index) => !owners[index] || owners[index] === parties.attacker,
  );
  // "Russia fired 40 drones at Kharkiv on Monday, and on Sunday 25 at Odesa": one attack per day named.
  const dayOf = (phrase: WeaponPhrase): string | undefined =>
    attackDateCue(cues(), text, phrase.start)?.occurredOn;
  const firstDay = attackerPhrases.length ? dayOf(attackerPhrases[0]) : undefined;
  const ownPhrases = attackerPhrases.filter(
    (phrase) => !firstDay || (dayOf(phrase) ?? firstDay) === firstDay,
  );
  const otherDays = attackerPhrases.filter((phrase) => !ownPhrases.includes(phrase));
  const { buckets, lastWeapon } = bucketsOf(ownPhrases);
  const companion = (
    companionParties: AttackParties,
    ownedPhrases: WeaponPhrase[],
    dayCue?: DateCue,
  ): AttackReading => {
    const owned = bucketsOf(ownedPhrases);
    // Each clause may carry its own day ("... on Tuesday, and Hezbollah fired rockets ... on Wednesday").
    const ownCue = dayCue ?? attackDateCue(cues(), text, ownedPhrases[0].start);
    return {
      sentence,
      lastIndex: sentence.index,
      parties: companionParties,
      occurredOn: ownCue ? nightEnding(ownCue, text) : context.published,
      datedByCue: Boolean(ownCue),
      deicticDate: Boolean(ownCue && DEICTIC.test(ownCue.cue)),
      buckets: owned.buckets,
      lastWeapon: owned.lastWeapon,
      launchVerb: figures.cues.length > 0,
      anaphoric: false,
      authoritative: false,
      companions: [],
    };
  };
  for (const reference of backReferences) {
    if (reference.count === 'none') {
      const weapon =
        [...ownPhrases].reverse().find((phrase) => phrase.start < reference.start)?.weapon ?? 'unspecified';
      const bucket = bucketFor(buckets, weapon);
      bucket.noneDowned = true;
      bucket.counted = true;
      continue;
    }
    if (reference.count === 'all') {
      // "40 drones and 3 missiles, all of which were shot down"; alone, it is the attack told before.
      const earlier = ownPhrases.filter((phrase) => phrase.start < reference.start);
      const weapons = earlier.length
        ? new Set(earlier.map((phrase) => phrase.weapon))
        : ['unspecified' as const];
      for (const weapon of weapons) {
        const bucket = bucketFor(buckets, weapon);
        bucket.allOf = reference.role;
        bucket.counted = true;
      }
      continue;
    }
    const weapon =
      [...ownPhrases].reverse().find((phrase) => phrase.start < reference.start)?.weapon ??
      lastWeapon ??
      articleWeapon;
    const bucket = bucketFor(buckets, weapon ?? 'unspecified');
    add(bucket.generic, reference.role, reference.count);
    if (reference.all) add(bucket.generic, 'launched', reference.count);
    bucket.counted = true;
  }
  const anchor = phrases[0]?.start ?? backReferences[0]?.start ?? 0;
  const cue = attackDateCue(cues(), text, anchor);
  return {
    sentence,
    lastIndex: sentence.index,
    parties,
    occurredOn: cue ? nightEnding(cue, text) : context.published,
    datedByCue: Boolean(cue),
    deicticDate: Boolean(cue && DEICTIC.test(cue.cue)),
    buckets,
    lastWeapon,
    launchVerb,
    authoritative: AUTHORITATIVE.test(text),
    anaphoric:
      backReferences.length > 0 || phrases.some((phrase) => phrase.share && phrase.total === undefined),
    companions: [
      ...pronounAttacks(text, cues(), attackerPhrases).map(({ phrase, cue }) =>
        companion(parties, [phrase], cue),
      ),
      ...[...new Set(otherDays.map(dayOf))].map((day) =>
        companion(
          parties,
          otherDays.filter((phrase) => dayOf(phrase) === day),
        ),
      ),
      ...[
        ...new Set(owners.filter((owner): owner is string => Boolean(owner) && owner !== parties.attacker)),
      ].map((owner) =>
        companion(
          { attacker: owner },
          phrases.filter((_phrase, index) => owners[index] === owner),
        ),
      ),
    ],
  };
}

/** "..., and on Tuesday they hit the airport": a later day's attack told by a pronoun for the same weapons. */
const PRONOUN_ATTACK_BEFORE = /(?:,|\band)\s+(?:then\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$/i;
const PRONOUN_ATTACK_AFTER =
  /^\s*,?\s+(?:they|these|those)\s+(?:also\s+|again\s+)?(?:hit|struck|targeted|attacked|pounded|slammed into|damaged|set)\b/i;

function pronounAttacks(
  text: string,
  cues: readonly DateCue[],
  phrases: readonly WeaponPhrase[],
): { phrase: WeaponPhrase; cue: DateCue }[] {
  const [first] = phrases;
  if (!first) return [];
  const lastDay = attackDateCue(cues, text, first.start)?.occurredOn;
  return cues
    .filter(
      (cue) =>
        cue.start > first.end &&
        cue.occurredOn !== lastDay &&
        PRONOUN_ATTACK_BEFORE.test(text.slice(Math.max(0, cue.start - 30), cue.start)) &&
        PRONOUN_ATTACK_AFTER.test(text.slice(cue.end, cue.end + 40)),
    )
    .map((cue) => ({
      cue,
      phrase: {
        weapon: phrases.filter((phrase) => phrase.start < cue.start).at(-1)?.weapon ?? first.weapon,
        generic: true,
        start: cue.start,
        end: cue.end,
        attackNoun: false,
        role: 'launched' as const,
      },
    }));
}

/**
 * The party a weapon phrase names as its own ("Cambodian rockets and artillery struck ..."), carried over
 * to a phrase coordinated with it; undefined when the phrase names none.
 */
/** "rockets fired from Cambodia": the launch site names the phrase's attacker. */
/** "Hezbollah fired rockets": the subject right before a launch verb and its weapons. */
const SUBJECT_OF_LAUNCH =
  /^(?:['’]s)?\s+(?:(?:[\w-]+\s+)?(?:fighters|forces|troops|militants|gunmen|units|army|military|navy|air force|jets|warplanes|artillery|gunners|launchers|batteries|crews)\s+)?(?:also\s+|then\s+|later\s+)?(?:fired|launched|sent|used|deployed|dropped|lobbed|flew)\s+(?:(?:a|an|the|its|their|some|more|several|dozens of|about|\d[\d,]*|[a-z]+-?[a-z]*)\s+){0,3}$/i;
const LAUNCHED_FROM = /^\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|sent)\s+(?:from|by)\s+(?:the\s+)?$/i;

function phraseOwners(
  text: string,
  phrases: readonly WeaponPhrase[],
  mentions: readonly PartyMention[],
): (string | undefined)[] {
  const owners: (string | undefined)[] = [];
  phrases.forEach((phrase, index) => {
    const inside = mentions.find(
      (mention) => mention.role !== 'modifier' && mention.start >= phrase.start && mention.end <= phrase.end,
    );
    const previous = phrases[index - 1];
    const coordinated =
      previous && /^\s*(?:,|and|or|,\s*and)\s*$/i.test(text.slice(previous.end, phrase.start))
        ? owners[index - 1]
        : undefined;
    const launchedFrom = mentions.find(
      (mention) =>
        mention.role !== 'modifier' &&
        mention.start > phrase.end &&
        LAUNCHED_FROM.test(text.slice(phrase.end, mention.start)),
    );
    const subject = [...mentions]
      .reverse()
      .find(
        (mention) =>
          mention.role === 'actor' &&
          mention.end <= phrase.start &&
          SUBJECT_OF_LAUNCH.test(text.slice(mention.end, phrase.start)),
      );
    // "accused the RSF of shelling El Obeid with artillery": the weapons of the accused.
    const accused = [...mentions]
      .reverse()
      .find(
        (mention) =>
          mention.end <= phrase.start &&
          phrase.start - mention.end <= 120 &&
          ACCUSED_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start)) &&
          ACCUSED_OF_ATTACK_AFTER.test(text.slice(mention.end, mention.end + 80)) &&
          !/[;.]/.test(text.slice(mention.end, phrase.start)),
      );
    // "four British Storm Shadow missiles fired by Ukraine": the agent outranks the maker.
    owners.push(launchedFrom?.party ?? inside?.party ?? subject?.party ?? accused?.party ?? coordinated);
  });
  return owners;
}

function bucketsOf(phrases: readonly WeaponPhrase[]): {
  buckets: Map<WeaponClass, Bucket>;
  lastWeapon?: WeaponClass;
} {
  const buckets = new Map<WeaponClass, Bucket>();
  let lastWeapon: WeaponClass | undefined;
  for (const phrase of phrases) {
    const bucket = bucketFor(buckets, phrase.weapon);
    lastWeapon = phrase.weapon;
    if (phrase.subtype) bucket.subtypes.add(phrase.subtype);
    addPhrase(bucket, phrase);
  }
  return { buckets, lastWeapon };
}

function bucketFor(buckets: Map<WeaponClass, Bucket>, weapon: WeaponClass): Bucket {
  let bucket = buckets.get(weapon);
  if (!bucket) {
    bucket = { generic: {}, specific: {}, subtypes: new Set(), counted: false };
    buckets.set(weapon, bucket);
  }
  return bucket;
}

const add = (
  figures: Partial<Record<FigureRole, number>>,
  role: FigureRole,
  value: number,
  sum = false,
): void => {
  figures[role] = sum ? (figures[role] ?? 0) + value : (figures[role] ?? value);
};

function addPhrase(bucket: Bucket, phrase: WeaponPhrase): void {
  if (!phrase.definite) bucket.fresh = true;
  if (phrase.all && phrase.count === undefined && phrase.role !== 'launched' && phrase.role !== 'impact') {
    bucket.allOf = phrase.role;
    bucket.counted = true;
  }
  if (phrase.count === undefined && phrase.total === undefined) return;
  // "an armed drone ... was destroyed" tells one weapon's fate, not the attack's tally.
  if (phrase.role === 'impact' || (phrase.weak && phrase.role !== 'launched')) return;
  bucket.counted = true;
  if (phrase.count === null) return;
  const figures = phrase.generic ? bucket.generic : bucket.specific;
  const sum = !phrase.generic || phrase.more === true;
  if (phrase.total !== undefined) add(figures, 'launched', phrase.total, sum);
  if (phrase.all && phrase.count !== undefined && phrase.role !== 'launched')
    add(figures, 'launched', phrase.count, sum);
  if (phrase.share && phrase.role === 'launched') return;
  if (phrase.intercepted !== undefined) add(figures, 'intercepted', phrase.intercepted, sum);
  if (phrase.count === undefined) return;
  if (phrase.role === 'launched' && figures.launched === undefined) bucket.weakLaunch = phrase.weak === true;
  add(figures, phrase.role, phrase.count, sum);
}

const MILITARY_BODY = /^(?:['’]s)?\s+(air force|defen[cs]e ministry|general staff|air defen[cs]e forces)\b/i;
const UNNAMED_BODY = /\bthe (air force|defen[cs]e ministry|general staff|air defen[cs]e forces)\b/i;

/**
 * "Ukraine's air force" named once lets a later "the air force" speak for Ukraine: for each military body,
 * the party the article most often names as its owner.
 */
function militaryBodyOwners(context: ArticleContext): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of context.sentences) {
    for (const mention of context.mentions(sentence)) {
      const body = MILITARY_BODY.exec(sentence.text.slice(mention.end, mention.end + 30))?.[1]
        .toLowerCase()
        .replace('defense', 'defence');
      if (!body) continue;
      const owners = counts.get(body) ?? new Map<string, number>();
      owners.set(mention.party, (owners.get(mention.party) ?? 0) + 1);
      counts.set(body, owners);
    }
  }
  const owners = new Map<string, string>();
  for (const [body, byParty] of counts) {
    const [best] = [...byParty.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    owners.set(body, best[0]);
  }
  return owners;
}

/** The attacker and target the article's attributed reports name most often. */
function dominantDirection(
  readings: readonly AttackReading[],
  resolve: (reading: AttackReading) => { attacker?: string; target: string } | undefined,
): { attacker: string; target: string } | undefined {
  const counts = new Map<string, number>();
  for (const reading of readings) {
    const sides = resolve(reading);
    if (sides?.attacker) {
      const key = `${sides.attacker}>${sides.target}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) return undefined;
  const [attacker, target] = best[0].split('>');
  return { attacker, target };
}

const hasSides = (reading: AttackReading): boolean =>
  Boolean(
    reading.parties.attacker ??
    reading.parties.target ??
    reading.parties.reporter ??
    reading.parties.defender,
  );

/** A sentence whose figures name no party of their own continues the attack of the sentence before. */
function linksBack(reading: AttackReading, previous: AttackReading): boolean {
  if (tellsOnlyTheFateOfAll(reading))
    return (
      (!reading.datedByCue || reading.occurredOn === previous.occurredOn) &&
      (!reading.parties.attacker || reading.parties.attacker === previous.parties.attacker)
    );
  const ownParties =
    reading.parties.attacker ??
    reading.parties.target ??
    reading.parties.reporter ??
    reading.parties.defender;
  if (ownParties) return false;
  if (reading.datedByCue && reading.occurredOn !== previous.occurredOn) return false;
  return [...reading.buckets.values()].some((bucket) => bucket.counted);
}

/** "All of them were shot down by US forces": no figure of its own, only what became of the attack before. */
const tellsOnlyTheFateOfAll = (reading: AttackReading): boolean =>
  reading.buckets.size > 0 &&
  [...reading.buckets.values()].every(
    (bucket) =>
      (bucket.allOf !== undefined || bucket.noneDowned === true) &&
      (['launched', 'intercepted', 'jammed'] as const).every(
        (role) => (bucket.generic[role] ?? bucket.specific[role]) === undefined,
      ),
  );

function joinInto(previous: AttackReading, reading: AttackReading): void {
  // The sentence right after a final count ("Of those, 52 were shot down") belongs to that count too.
  const overrides =
    reading.authoritative ||
    (previous.authoritative &&
      reading.sentence.index === previous.lastIndex + 1 &&
      ANAPHORIC_OPENING.test(reading.sentence.text));
  previous.lastIndex = reading.sentence.index;
  previous.authoritative = previous.authoritative || reading.authoritative;
  previous.launchVerb = previous.launchVerb || reading.launchVerb;
  for (const [weapon, bucket] of reading.buckets) {
    // A figureless mention ("about 210 rockets") adds no weapon to the attack it follows.
    const hasFigure = (['launched', 'intercepted', 'jammed'] as const).some(
      (role) => total(bucket, role) !== undefined,
    );
    if ((bucket.allOf || bucket.noneDowned) && !hasFigure && weapon === 'unspecified') {
      // "All of them were shot down", "it was not intercepted": the attack told before.
      for (const earlier of previous.buckets.values()) {
        earlier.allOf = earlier.allOf ?? bucket.allOf;
        earlier.noneDowned = earlier.noneDowned || bucket.noneDowned;
      }
      continue;
    }
    if (bucket.allOf && previous.buckets.has(weapon))
      previous.buckets.get(weapon)!.allOf = previous.buckets.get(weapon)!.allOf ?? bucket.allOf;
    if (!hasFigure && !previous.buckets.has(weapon)) continue;
    const target = bucketFor(
      previous.buckets,
      weapon === 'unspecified' ? (previous.lastWeapon ?? weapon) : weapon,
    );
    for (const role of ['launched', 'intercepted', 'jammed'] as const) {
      const value = bucket.generic[role] ?? bucket.specific[role];
      if (value === undefined) continue;
      if (overrides) {
        target.generic[role] = value;
        target.specific[role] = undefined;
      } else if (total(target, role) === undefined) {
        add(target.generic, role, value);
        if (role === 'launched') target.weakLaunch = bucket.weakLaunch;
      }
    }
    for (const subtype of bucket.subtypes) target.subtypes.add(subtype);
    target.counted = target.counted || bucket.counted;
  }
}

/**
 * A role's figure: the one stated; for "all of them were shot down" the number launched; for a single
 * weapon that "was not intercepted", none.
 */
function total(bucket: Bucket, role: FigureRole): number | undefined {
  const stated = bucket.generic[role] ?? bucket.specific[role];
  if (stated !== undefined) return stated;
  const launched = bucket.generic.launched ?? bucket.specific.launched;
  if (bucket.allOf === role) return launched;
  return role === 'intercepted' && bucket.noneDowned && launched === 1 ? 0 : undefined;
}

function toEvents(context: ArticleContext, readings: AttackReading[]): StrikeReported[] {
  const events = new Map<
    string,
    { event: StrikeReported; weights: { launched: number; intercepted: number; jammed: number } }
  >();
  const articleTheatre = context.theatre?.parties;
  const undated = new Set<StrikeReported>();
  for (const reading of readings) {
    const sides = sidesOf(reading, context, articleTheatre);
    if (!sides) continue;
    const { attacker, target, theatre } = sides;
    for (const [weapon, bucket] of reading.buckets) {
      // A figure with no verb of attack or defence at all ("1,100 drones rose over the river") is no strike.
      if (!reading.launchVerb) continue;
      // "the mortar fire", "the drones" with no figure refer to an attack told elsewhere.
      if (!bucket.counted && !bucket.fresh) continue;
      // "All were shot down" with no attack before it to count.
      if (
        weapon === 'unspecified' &&
        (bucket.allOf || bucket.noneDowned) &&
        total(bucket, 'launched') === undefined
      )
        continue;
      const launched = total(bucket, 'launched') ?? null;
      const intercepted = total(bucket, 'intercepted') ?? null;
      const jammed = total(bucket, 'jammed');
      const key = [attacker ?? '-', target, weapon, reading.occurredOn].join('|');
      // A figure given beside its whole ("launched 37 ... 33 were destroyed") outranks a lone share
      // ("18 were shot down over the Odesa region"); otherwise the first figure given stands.
      // A final or revised count outranks everything; a figure given beside its whole outranks a lone share.
      const weight = reading.authoritative ? 3 : launched !== null ? 2 : 1;
      const launchWeight = reading.authoritative ? 3 : bucket.weakLaunch ? 0 : 1;
      const known = events.get(key);
      if (known) {
        const { event, weights } = known;
        if (launched !== null && (event.launched === null || launchWeight > weights.launched)) {
          event.launched = launched;
          weights.launched = launchWeight;
        }
        if (intercepted !== null && (event.intercepted === null || weight > weights.intercepted)) {
          event.intercepted = intercepted;
          weights.intercepted = weight;
        }
        if (jammed !== undefined && (event.jammed === undefined || weight > weights.jammed)) {
          event.jammed = jammed;
          weights.jammed = weight;
        }
        continue;
      }
      const subtype = bucket.subtypes.size === 1 ? [...bucket.subtypes][0] : undefined;
      const { sentence } = reading;
      const event: StrikeReported = {
        type: 'StrikeReported',
        occurredOn: reading.occurredOn,
        theatre,
        attacker: attacker ?? null,
        target,
        weapon,
        ...(subtype && weapon === 'missile' ? { subtype } : {}),
        launched,
        intercepted,
        ...(jammed !== undefined ? { jammed } : {}),
        evidence: { sentence: sentence.text, start: sentence.start, end: sentence.end },
      };
      if (!reading.datedByCue) undated.add(event);
      events.set(key, {
        event,
        weights: { launched: launchWeight, intercepted: weight, jammed: weight },
      });
    }
  }
  const weak = new Set(
    [...events.values()].filter(({ weights }) => weights.launched === 0).map(({ event }) => event),
  );
  const attributed = attributeUnattributed(
    [...events.values()].map(({ event }) => event),
    weak,
  );
  for (const event of attributed) {
    // "a drone damaged a pipeline" names one of a raid whose interceptions alone outnumber it.
    if (weak.has(event) && event.launched !== null && (event.intercepted ?? 0) > event.launched)
      event.launched = null;
  }
  const merged = dropFigurelessBesideCombined(dropCombinedBesideBreakdown(attributed));
  return merged.filter((event) => !isPeriodTotal(event) && !isUndatedEcho(event, merged, undated));
}

/** A figure over a month or more ("6,000 drones in July") is a total, not an attack. */
function isPeriodTotal(event: StrikeReported): boolean {
  const [start, end] = event.occurredOn.split('/');
  if (!end) return false;
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  return days >= 27 && ((event.launched ?? 0) > 1 || (event.intercepted ?? 0) > 1);
}

/**
 * A figureless mention of an attack with no date of its own ("hours after Ukraine's biggest drone assault")
 * points at an attack the article reports elsewhere; alone it would be a second, wrongly dated event.
 */
function isUndatedEcho(
  event: StrikeReported,
  events: StrikeReported[],
  undated: Set<StrikeReported>,
): boolean {
  if (!undated.has(event) || event.launched !== null || event.intercepted !== null) return false;
  return events.some(
    (other) =>
      other !== event &&
      other.attacker === event.attacker &&
      other.target === event.target &&
      (other.weapon === event.weapon || other.weapon === 'unspecified'),
  );
}

function sidesOf(
  reading: AttackReading,
  context: ArticleContext,
  articleTheatre: readonly [string, string] | undefined,
): { attacker?: string; target: string; theatre: string } | undefined {
  const { gazetteer } = context;
  const { parties } = reading;
  let attacker = parties.attacker && belligerentFor(parties.attacker, gazetteer);
  let target = parties.target && belligerentFor(parties.target, gazetteer);
  const defending = parties.defender ?? parties.reporter;
  if (attacker && target && !gazetteer.theatreBetween(attacker, target)) target = undefined;
  if (
    !target &&
    attacker &&
    defending &&
    defending !== attacker &&
    gazetteer.theatreBetween(attacker, defending)
  )
    target = defending;
  if (!target && attacker) target = adversaryOf(attacker, gazetteer, articleTheatre);
  if (!attacker && !target && defending) {
    target = defending;
    if (!parties.disputed) attacker = adversaryOf(defending, gazetteer, articleTheatre);
  } else if (
    !attacker &&
    target &&
    !parties.disputed &&
    (defending === target || parties.enemy || parties.militaryReport || onlyFromTheAir(reading))
  ) {
    attacker = adversaryOf(target, gazetteer, articleTheatre);
  }
  if (
    !attacker &&
    target &&
    !parties.disputed &&
    parties.reporter &&
    parties.reporter !== target &&
    reading.launchVerb &&
    gazetteer.theatreBetween(parties.reporter, target)
  ) {
    // "Thai army spokesman said the jets had struck two Cambodian command posts": a side reporting its own strike.
    attacker = parties.reporter;
  }
  const source = parties.source;
  if (
    !attacker &&
    target &&
    !parties.disputed &&
    source &&
    source !== target &&
    gazetteer.theatreBetween(source, target)
  ) {
    // "Fired at Israeli positions, according to Hezbollah, were 320 rockets": a side reporting its own attack.
    attacker = source;
  }
  if (!target) return undefined;
  const theatre =
    (attacker && gazetteer.theatreBetween(attacker, target)) ||
    (articleTheatre?.includes(target) ? context.theatre : undefined) ||
    (gazetteer.theatresOf(target).length === 1 ? gazetteer.theatresOf(target)[0] : undefined);
  if (!theatre) return undefined;
  return { attacker, target, theatre: theatre.id };
}

/**
 * "Warplanes hit homes across the territory": an air raid on a side of the article's war is flown by the
 * other side, which alone has aircraft over it; drones and missiles may come from anyone.
 */
const onlyFromTheAir = (reading: AttackReading): boolean =>
  reading.buckets.size > 0 && [...reading.buckets.keys()].every((weapon) => weapon === 'airstrike');

/**
 * "drones launched from Lebanon", "Israeli strikes on Lebanon": a state at war with no one stands for the
 * one armed group whose places lie in it ("southern Lebanon" is Hezbollah's).
 */
function belligerentFor(party: string, gazetteer: ArticleContext['gazetteer']): string {
  if (gazetteer.theatresOf(party).length) return party;
  const name = gazetteer.parties.get(party)?.name;
  if (!name) return party;
  const inside = new RegExp(String.raw`\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`);
  const hosted = [...gazetteer.parties.values()].filter(
    (candidate) => candidate.kind === 'armed-group' && candidate.places.some((place) => inside.test(place)),
  );
  return hosted.length === 1 ? hosted[0].slug : party;
}

/** "100 drones and missiles" beside "60 drones and 40 missiles" of the same attack adds nothing. */
function dropCombinedBesideBreakdown(events: StrikeReported[]): StrikeReported[] {
  return events.filter(
    (event) =>
      event.weapon !== 'unspecified' ||
      !events.some(
        (other) =>
          other !== event &&
          other.weapon !== 'unspecified' &&
          other.attacker === event.attacker &&
          other.target === event.target &&
          other.occurredOn === event.occurredOn &&
          (other.launched !== null || other.intercepted !== null),
      ),
  );
}

/** "it used rockets" beside "14 rockets and mortar bombs" of the same attack adds nothing either. */
function dropFigurelessBesideCombined(events: StrikeReported[]): StrikeReported[] {
  return events.filter(
    (event) =>
      event.weapon === 'unspecified' ||
      event.launched !== null ||
      event.intercepted !== null ||
      !events.some(
        (other) =>
          other.weapon === 'unspecified' &&
          other.attacker === event.attacker &&
          other.target === event.target &&
          other.occurredOn === event.occurredOn &&
          (other.launched !== null || other.intercepted !== null),
      ),
  );
}

/**
 * A figure read without its attacker ("Fifty of the drones were destroyed over Kyiv") belongs to the
 * attributed attack on the same target with the same weapon that day, when the article has one.
 */
function attributeUnattributed(events: StrikeReported[], weak: Set<StrikeReported>): StrikeReported[] {
  return events.filter((event) => {
    if (event.attacker !== null) return true;
    const attributed = events.find(
      (other) =>
        other.attacker !== null &&
        other.target === event.target &&
        other.weapon === event.weapon &&
        other.occurredOn === event.occurredOn,
    );
    if (!attributed) return true;
    if (attributed.launched === null && event.launched !== null) {
      attributed.launched = event.launched;
      if (weak.has(event)) weak.add(attributed);
    }
    attributed.intercepted ??= event.intercepted;
    if (attributed.jammed === undefined && event.jammed !== undefined) attributed.jammed = event.jammed;
    return false;
  });
}
