import type { Sentence } from '../context';
import { ceasefireFinding, type Finding } from './finding';
import { easterDateNamed } from './holidays';
import {
  belligerentSubject,
  cuesOf,
  trigger,
  followedBy,
  hasJointSubject,
  hasOutsideSubject,
  precededBy,
  type Cue,
} from './predicates';
import {
  actorMentions,
  clauseStart,
  cueNear,
  isBelligerent,
  cueInSegment,
  isConditionalAt,
  isVagueBackground,
  isDeniedAt,
  isHypotheticalAt,
  isInRelativeClause,
  isNegatedAt,
  otherBelligerent,
  readSentence,
  sinceDay,
  speakerOf,
  type Reading,
} from './reading';
import { ACCORD, PROPOSAL, STOP_FIGHTING, TRUCE, mentionsAccord, mentionsTruce } from './truce-terms';

/**
 * The ceasefire rules. Each reads one predicate (who proposed, accepted, declared, broke ... which truce)
 * from a sentence, whether it is written as a verb ("agreed to extend") or a noun ("an extension of").
 */

const TRUCE_OR_ACCORD = new RegExp(`${TRUCE.source}|${ACCORD.source}`, 'i');
const TRUCE_OR_STOP = new RegExp(`${TRUCE.source}|${STOP_FIGHTING.source}`, 'i');
const TRUCE_OR_PROPOSAL = new RegExp(`${TRUCE.source}|${PROPOSAL.source}`, 'i');
const TRUCE_STOP_OR_PROPOSAL = new RegExp(`${TRUCE_OR_STOP.source}|${PROPOSAL.source}`, 'i');
const ANSWERABLE = new RegExp(
  `${TRUCE.source}|${PROPOSAL.source}|${ACCORD.source}|${STOP_FIGHTING.source}|\\bit\\b(?!\\s+(?:said|says|added|reported|announced|stated)|\\s*$)`,
  'i',
);

/** Neither hedged, nor denied, nor background without a period ("more than a month ago"). */
const isFactual = (reading: Reading, cue: Cue, words = 7, negationWords = 5): boolean =>
  !isHypotheticalAt(reading, cue.at, words) &&
  !isNegatedAt(reading, cue.at, negationWords) &&
  !isConditionalAt(reading, cue.at) &&
  !isDeniedAt(reading, cue.at) &&
  !(isVagueBackground(reading.text) && !cueNear(reading, cue.at));

/** The predicate happened on the day the text gives; a truce named for a holiday falls back to that day. */
function dayOf(reading: Reading, cue: Cue): { occurredOn?: string; dated?: boolean } {
  if (cueNear(reading, cue.at)) return {};
  const holiday = easterDateNamed(reading.text, reading.context.published);
  return holiday ? { occurredOn: holiday, dated: true } : {};
}

const PROPOSE = trigger(
  /\b(?:propos(?:e|ed|es|ing)|offer(?:ed|s|ing)?|suggest(?:ed|s|ing)?|call(?:ed|s|ing)?(?: \w+){0,2}? for|urg(?:e|ed|es|ing)|ask(?:ed|s|ing)?(?: (?:on|late on|early on) \w+)? for|put forward|present(?:ed|s|ing)|unveil(?:ed|s|ing)|tabled|submitted|outlined|laid out|floated|push(?:ed|es|ing)? for|sought|seek(?:s|ing)?|demand(?:ed|s|ing)?|st(?:ood|ands?) by|repeat(?:ed|s|ing)?|renew(?:ed|s|ing)?|reiterat(?:ed|es|ing)|press(?:ed|es|ing)?(?: \w+){0,4}? for|appeal(?:ed|s|ing)?(?: (?:on|late on|early on) \w+)? for|call(?:ed|s|ing)? on (?:[\w-]+ ){1,6}?to (?:return to|respect|restore|observe|agree to|accept|cease fire|stop fighting|halt (?:the )?fighting))\b/gi,
);
const ANSWER_BEFORE =
  /\b(?:accept\w*|agree\w*|reject\w*|refus\w*|approv\w*|endors\w*|answer\w*|respond\w*|examine|study|studied|consider\w*|welcom\w*|turned down|signed up)\b/i;

/** A party or mediator puts a truce forward; repeating an offer counts again. */
export function proposals(reading: Reading): Finding[] {
  const findings: Finding[] = [];
  for (const cue of cuesOf(PROPOSE, reading.text)) {
    const repeats = /^(?:st|repeat|renew|reiterat)/i.test(cue.text);
    const appeal = /^(?:urg|call|ask|press|appeal|demand)/i.test(cue.text);
    if (precededBy(reading, cue, PLURAL_TRUCES_HAVE_BEEN, 60)) continue;
    const passive =
      precededBy(reading, cue, /\b(?:was|were|been|being)\s+$/, 12) &&
      precededBy(reading, cue, TRUCE_STOP_OR_PROPOSAL, 100) &&
      TRUCE_OR_STOP.test(reading.text);
    const object = repeats
      ? followedBy(reading, cue, PROPOSAL, 30) && TRUCE_OR_STOP.test(reading.text)
      : passive || followedBy(reading, cue, TRUCE_OR_STOP, appeal ? 60 : 90) || TRUCE_OR_STOP.test(cue.text);
    if (!object || !isFactual(reading, cue) || precededBy(reading, cue, ANSWER_BEFORE, 40)) continue;
    if (appeal && followedBy(reading, cue, /\brestraint\b/, 40)) continue;
    if (appeal && precededBy(reading, cue, DOCUMENT_SUBJECT, 30)) continue;
    if (followedBy(reading, cue, /^\s*to\s+(?:coordinate|monitor|observe|check|host|mediate|verify)\b/, 20))
      continue;
    if (
      followedBy(
        reading,
        cue,
        /^\s*(?:of|for)\s+(?:[\w-]+\s+)?(?:talks|negotiations|dialogue|mediation|a meeting)\b/,
        30,
      )
    )
      continue;
    const by = belligerentSubject(reading, cue);
    findings.push(
      ceasefireFinding(reading, 'CeasefireProposed', cue.at, { by: by?.party, ...dayOf(reading, cue) }),
    );
  }
  for (const cue of cuesOf(PROPOSAL_MADE, reading.text)) {
    if (!isFactual(reading, cue, 3) || !TRUCE_OR_STOP.test(reading.text)) continue;
    const owner =
      actorMentions(reading).find(
        (mention) => mention.end <= cue.at && /^['’]s\s+$/.test(reading.text.slice(mention.end, cue.at)),
      ) ??
      actorMentions(reading).find(
        (mention) =>
          mention.start > cue.at &&
          /^\w+\s+by\s+(?:the\s+)?$/i.test(reading.text.slice(cue.at, mention.start)),
      );
    const by = owner && isBelligerent(reading, owner.party) ? owner.party : undefined;
    findings.push(ceasefireFinding(reading, 'CeasefireProposed', cue.at, { by, ...dayOf(reading, cue) }));
  }
  findings.push(...standingOffers(reading));
  return findings.slice(0, 1);
}

/** "the offer still stands", "the proposal remains on the table": an offer repeated, which counts again. */
const STANDING_OFFER = trigger(
  /\b(?:offer|proposal|plan|initiative)s?\s+(?:[\w-]+\s+){0,3}?(?:still\s+)?(?:stands|stood|remains? (?:on the table|valid|open)|remained (?:on the table|valid|open)|(?:is|was) still (?:on the table|valid|open))\b/gi,
);

function standingOffers(reading: Reading): Finding[] {
  const previous = reading.context.previous(reading.sentence);
  const truceInView = (text: string) => TRUCE_OR_STOP.test(text);
  if (!truceInView(reading.text) && !(previous && truceInView(previous.text))) return [];
  for (const cue of cuesOf(STANDING_OFFER, reading.text)) {
    if (/\b(?:no|not|longer|talks|negotiations|meeting)\b/i.test(cue.text)) continue;
    if (!isFactual(reading, cue, 4) || isConditionalAt(reading, cue.at)) continue;
    const owner = actorMentions(reading).find(
      (mention) =>
        mention.end <= cue.at && /^['’]s\s+(?:[\w-]+\s+)?$/.test(reading.text.slice(mention.end, cue.at)),
    );
    const speaker = speakerOf(reading);
    const earlierProposal =
      previous && !owner && !speaker
        ? proposalsIn(reading, previous).find((finding) => finding.event.by)?.event.by
        : undefined;
    const by = [owner?.party, speaker?.party, earlierProposal].find(
      (party) => party !== undefined && isBelligerent(reading, party),
    );
    return [ceasefireFinding(reading, 'CeasefireProposed', cue.at, { by, ...dayOf(reading, cue) })];
  }
  return [];
}

/** The proposals of another sentence of the article, read in this sentence's war. */
function proposalsIn(reading: Reading, sentence: Sentence): Finding[] {
  const other = readSentence(reading.context, sentence);
  return other && other.theatre.id === reading.theatre.id ? proposals(other) : [];
}

/** "The proposal calls for a six-week truce": a document's content restated is no new proposal. */
const DOCUMENT_SUBJECT =
  /\b(?:proposal|plan|text|deal|draft|agreement|framework|resolution|document|roadmap|initiative|declaration|statement)\s+(?:also\s+|further\s+)?$/i;

/** "Pauses have been proposed many times": truces in the plural, in the perfect, are background. */
const PLURAL_TRUCES_HAVE_BEEN =
  /\b(?:pauses|truces|ceasefires|cease-fires)\s+(?:have|had)\s+(?:\w+\s+)?been\s+$/i;

/** "Zelenskyy's proposal, made on Sunday, to stop ...": the proposal restated with its own day. */
const PROPOSAL_MADE = trigger(
  /\b(?:proposal|offer|plan)s?,?\s+(?:made|put forward|tabled|unveiled|presented|drafted|submitted|delivered)\b|\b(?:proposal|offer|plan)\s+by\s+[^,.;]{2,40}?\s+for\s+[^.;]{3,80}?\s+(?:was|were|has been|had been)\s+(?:sent|delivered|handed|submitted|transmitted|conveyed|passed)\b/gi,
);

const ACCEPT = trigger(
  /\b(?:accept(?:ed|s|ing)?|agreed in principle|agree(?:d|s)? (?:to|on|upon)|agreed (?:the )?(?:text|terms)|agreeing to|signed up to|sign up to|endors(?:ed|es|ing)|backed|approv(?:ed|e|es|ing)|welcomed (?=(?:the |a |an |its |their )?(?:\w+['’]s )?(?:[\w-]+ )?(?:proposal|plan|idea|offer|initiative))|said yes|consented to|signed on to|gave the go-ahead to|responded (?:positively|favou?rably)(?: (?:on|late on|early on) \w+)? to|agreed (?=(?:a|an|the) (?:[\w-]+ ){0,3}?(?:truce|ceasefire|cease-fire|deal|pause|moratorium|halt))|agreed(?= [^.;]{0,100}? to (?:a|an|the) (?:[\w-]+ ){0,4}?(?:truce|ceasefire|cease-fire|pause|moratorium|halt)\b)|agreed(?= (?:by [^.;,]{1,60}? )?(?:in|on|last) )|gave (?:its |their |his |her )?(?:approval|consent|backing|blessing|assent|green light) to|signed off on|acceptance(?: (?:on|late|early) \w+)? of|acceptance(?= (?:followed|came|was announced|was confirmed)\b)|embraced|support(?:ed|s)? (?=(?:the |a |an |its |their |\w+['’]s )?(?:[\w-]+ )?(?:proposal|plan|idea|offer|initiative|truce|ceasefire|cease-fire|moratorium|pause))|committed (?:\w+ ){0,3}?to)\b/gi,
);
const SEAL = trigger(
  /\b(?:signed|initial(?:l)?ed|reached|struck|sealed|clinched|concluded|announced|settled|finali[sz]ed|hammered out|worked out|thrashed out|nailed down|brokered|the signing of|(?:was|were|has been|had been) (?:agreed|brokered))\b/gi,
);

/**
 * Acceptance and agreement. One belligerent accepting (or agreeing "in principle") is CeasefireAccepted;
 * both doing so, a mediator announcing that both accepted, or an accord signed, initialled or reached is
 * CeasefireAgreed. A truce "agreed between" two sides that then "came into force" is only the start.
 */
export function acceptances(reading: Reading): Finding[] {
  if (isCivilDeal(reading)) return [];
  const findings: Finding[] = [];
  for (const cue of cuesOf(ACCEPT, reading.text)) {
    // "the ceasefire agreed in July": a participle with a day of its own tells the agreement.
    if (
      /^agreed/i.test(cue.text) &&
      (isParticiple(reading, cue) || precededBy(reading, cue, TRUCE_JUST_BEFORE, 30))
    ) {
      const participle = { ...cue, end: cue.at + 'agreed'.length, text: 'agreed' };
      const day = participleDay(reading, participle);
      if (day && isFactual(reading, cue))
        findings.push(ceasefireFinding(reading, 'CeasefireAgreed', cue.at, { occurredOn: day, dated: true }));
      continue;
    }
    // A bare "agreed" is a cue only as a participle or with its truce after an aside.
    if (/^agreed$/i.test(cue.text) && !followedBy(reading, cue, TRUCE_AFTER_ASIDE, 140)) continue;
    if (!(isFactual(reading, cue) || isReportedCommitment(reading, cue)) || isConditionalAt(reading, cue.at))
      continue;
    if (isUndatedAside(reading, cue)) continue;
    if (
      !/^(?:agreed in principle|agreed (?:the )?(?:text|terms))$/i.test(cue.text) &&
      !followedBy(reading, cue, ANSWERABLE, 45) &&
      !followedBy(reading, cue, STACKED_TRUCE, 90) &&
      !(/^agreed$/i.test(cue.text) && followedBy(reading, cue, TRUCE_AFTER_ASIDE, 140)) &&
      !(/^acceptance$/i.test(cue.text) && offerJustNamed(reading)) &&
      !(
        /^agreed(?: (?:to|on|upon))?$/i.test(cue.text) &&
        precededBy(reading, cue, RELATIVE_TRUCE, 70) &&
        cueNear(reading, cue.at) !== undefined
      ) &&
      !(
        precededBy(reading, cue, /\b(?:was|were|been)\s+$/, 10) &&
        precededBy(reading, cue, TRUCE_OR_PROPOSAL, 90)
      )
    )
      continue;
    if (
      /^committed/i.test(cue.text) &&
      precededBy(reading, cue, /\b(?:remain\w*|still|is|are|was|were|stay\w*)\s+$/, 15)
    )
      continue;
    if (followedBy(reading, cue, /\b(?:extend|extension|prolong|renew)/, 45)) continue;
    if (isParticiple(reading, cue)) continue;
    if (
      !aboutHostilities(reading) &&
      !STOP_TEST.test(reading.text) &&
      !(/^acceptance$/i.test(cue.text) && offerJustNamed(reading))
    )
      continue;
    const joint = hasJointSubject(reading, cue) && !/in principle/i.test(cue.text);
    if (joint) {
      findings.push(ceasefireFinding(reading, 'CeasefireAgreed', cue.at, dayOf(reading, cue)));
      continue;
    }
    const by = belligerentSubject(reading, cue);
    if (by)
      findings.push(
        ceasefireFinding(reading, 'CeasefireAccepted', cue.at, { by: by.party, ...dayOf(reading, cue) }),
      );
  }
  for (const cue of cuesOf(DAY_OF_ACCORD, reading.text)) {
    if (!isFactual(reading, cue) || isConditionalAt(reading, cue.at)) continue;
    findings.push(ceasefireFinding(reading, 'CeasefireAgreed', cue.at, dayOf(reading, cue)));
  }
  for (const cue of cuesOf(SEAL, reading.text)) {
    if (!isFactual(reading, cue) || isConditionalAt(reading, cue.at) || precededBy(reading, cue, /-$/, 1))
      continue;
    if (isUndatedAside(reading, cue)) continue;
    const passive =
      (/^(?:was|were|has|had)\b/i.test(cue.text) ||
        precededBy(reading, cue, /\b(?:was|were|been|had been|has been)\s+$/, 20)) &&
      (precededBy(reading, cue, TRUCE_ACCORD_OR_TEXT, 90) ||
        // "The moratorium covers power plants. It was agreed through US mediation last month."
        (/^\s*It\s+(?:was|had been|has been)\s+/i.test(reading.text.slice(0, cue.at + 20)) &&
          namesTruce(reading)));
    const relative = precededBy(reading, cue, RELATIVE_ACCORD, 110);
    const reachedDeal =
      /^(?:reached|struck|sealed|clinched)$/i.test(cue.text) &&
      precededBy(reading, cue, ACCORD_JUST_BEFORE, 20);
    const restated = isParticiple(reading, cue) && participleDay(reading, cue) !== undefined;
    // "They signed a peace agreement on Friday. Technical teams had initialled the text on June 18."
    const textOfAccord =
      followedBy(reading, cue, /^\s*the\s+(?:text|document|draft)\b/, 20) && accordJustNamed(reading);
    if (
      !followedBy(reading, cue, TRUCE_OR_ACCORD, 60) &&
      !passive &&
      !relative &&
      !reachedDeal &&
      !restated &&
      !textOfAccord
    )
      continue;
    if (followedBy(reading, cue, GENERIC_TRUCES, 40)) continue;
    if (
      /^(?:struck|reached|sealed|clinched)$/i.test(cue.text) &&
      !passive &&
      !reachedDeal &&
      !followedBy(reading, cue, DIRECT_ACCORD, 70)
    )
      continue;
    if (passive && precededBy(reading, cue, PLURAL_ACCORDS, 70)) continue;
    if (passive && precededBy(reading, cue, /\b(?:extension|prolongation|renewal)\b/, 80)) continue;
    if (/^announced$/i.test(cue.text) && !passive && !announcesBothSides(reading, cue)) continue;
    if (/^announced$/i.test(cue.text) && followedBy(reading, cue, /\bunilateral\b/, 40)) continue;
    if (
      isParticiple(reading, cue) &&
      !/^the signing of/i.test(cue.text) &&
      participleDay(reading, cue) === undefined
    )
      continue;
    if (isSubordinateBackground(reading, cue)) continue;
    if (!aboutHostilities(reading) && !textOfAccord) continue;
    findings.push(ceasefireFinding(reading, 'CeasefireAgreed', cue.at, dayOf(reading, cue)));
  }
  return findings;
}

const STOP_TEST = new RegExp(STOP_FIGHTING.source, 'i');
/** "agreed during a two-hour call with Trump on Tuesday to a 30-day halt": the truce after an aside. */
const TRUCE_AFTER_ASIDE = new RegExp(
  `^[^;]{0,100}?\\bto\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:${TRUCE.source})`,
  'i',
);
const TRUCE_ACCORD_OR_TEXT = new RegExp(`${TRUCE_OR_ACCORD.source}|\\btext\\b`, 'i');
const ACCORD_JUST_BEFORE = new RegExp(`(?:${ACCORD.source})\\s+$`, 'i');

/** "struck a deal", "reached a truce": the accord is the verb's object, not "struck an oil depot despite the truce". */
const DIRECT_ACCORD = new RegExp(
  `^\\s*(?:(?:on|late on|early on)\\s+\\w+\\s+)?(?:a|an|the|their|its)\\s+(?:(?!(?:despite|in|of|on|for|with|after|before|during|against|under|the|a|an)\\b)[\\w-]+,?\\s+(?:and\\s+)?){0,4}?(?:${TRUCE.source}|${ACCORD.source})`,
  'i',
);

/** "agreed on Monday to an immediate and unconditional ceasefire": a day and stacked adjectives before the truce. */
const STACKED_TRUCE = new RegExp(
  `^\\s*(?:(?:on|late on|early on)\\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|[A-Z][a-z]+ \\d{1,2}),?\\s+)?(?:to|on|upon)?\\s*(?:an?|the|their|its)\\s+(?:[\\w-]+,?\\s+(?:and\\s+)?){0,4}?(?:${TRUCE.source})`,
  'i',
);

/** "Monday's agreement between the two neighbours": an accord dated by its day, told as a noun. */
const DAY_OF_ACCORD = trigger(
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last week)['’]s\s+(?:[\w-]+\s+)?(?:ceasefire |truce |peace )?(?:agreement|deal|accord)\b/gi,
);

/** "at least ten truces", "several ceasefires": a count of past truces is background, not one agreement. */
const GENERIC_TRUCES =
  /^\s*(?:(?:at least|more than|some|several|many|numerous|dozens of|a string of|a series of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)+(?:[\w-]+\s+)?(?:truces|ceasefires|cease-fires|agreements|deals|accords)\b/i;

/**
 * A deal about something other than the fighting (grain exports, minerals, a prisoner swap) is not a
 * truce: the sentence names no truce, and its accord is qualified by trade or exchange, or it is a joint
 * declaration that says nothing of peace or the war.
 */
function isCivilDeal(reading: Reading): boolean {
  if (mentionsTruce(reading.text)) return false;
  if (
    /\bjoint declaration\b/i.test(reading.text) &&
    !/\b(?:peace|conflict|war|hostilities|fighting)\b/i.test(reading.text)
  )
    return true;
  return /\b(?:grain|trade|exports?|minerals?|economic|gas|oil|investment|prisoner|swap|exchange|tariffs?|fertili[sz]er)\b[^.;]{0,40}\b(?:deal|agreement|accord|arrangement)|\b(?:deal|agreement|accord|arrangement)s?\b[^.;]{0,30}\bto (?:export|ship|trade|exchange|swap|sell|buy)\b/i.test(
    reading.text,
  );
}

/**
 * An announcement is of an agreement when it says so ("announced an agreement", "announced that both
 * sides had accepted") or when a mediator announces a truce between the two belligerents.
 */
function announcesBothSides(reading: Reading, cue: Cue): boolean {
  if (followedBy(reading, cue, /\b(?:agreement|deal|accord|that both|the two sides had)/, 80)) return true;
  if (!followedBy(reading, cue, TRUCE, 40)) return false;
  const after = actorMentions(reading).filter(
    (mention) =>
      mention.start > cue.end && mention.start - cue.end < 120 && isBelligerent(reading, mention.party),
  );
  return (
    new Set(after.map((mention) => mention.party)).size === 2 ||
    (hasOutsideSubject(reading, cue) && after.length > 0)
  );
}

/**
 * "Ukraine said it was prepared to accept", "Cambodia said it would accept": a party stating its own
 * acceptance is an acceptance, however modal the verb, unless a condition follows.
 */
function isReportedCommitment(reading: Reading, cue: Cue): boolean {
  const lead = reading.text.slice(clauseStart(reading.text, cue.at), cue.at);
  return (
    /\b(?:said|says|announced|confirmed|signalled|signaled|indicated|told \w+)\b[^.;]{0,40}\b(?:would|will|was (?:ready|prepared|willing) to|is (?:ready|prepared|willing) to)\s+$/i.test(
      lead,
    ) && !isNegatedAt(reading, cue.at, 4)
  );
}

/**
 * "it" stands for the truce only where the sentence names one, or an earlier sentence of the paragraph
 * does with nothing but pronoun sentences in between ("A truce was agreed in May. It held. Then it
 * was prolonged.").
 */
function namesTruce(reading: Reading): boolean {
  if (mentionsTruce(reading.text)) return true;
  let earlier = reading.context.previous(reading.sentence);
  for (let steps = 0; earlier && steps < 3; steps++, earlier = reading.context.previous(earlier)) {
    if (mentionsTruce(earlier.text)) return true;
    const samePronounThread =
      earlier.paragraph === reading.sentence.paragraph && /\b(?:it|its)\b/i.test(earlier.text);
    if (!samePronounThread) return false;
  }
  return false;
}
/** "the truce that Putin declared", "the ceasefire, which both sides agreed": the truce is the verb's object. */
const RELATIVE_TRUCE = new RegExp(`(?:${TRUCE.source})\\s*,?\\s+(?:that|which)\\s+[^.;,]{1,50}$`, 'i');

/** "the declaration ... that the government and the rebels signed in Qatar". */
const RELATIVE_ACCORD = new RegExp(
  `(?:${ACCORD.source}|${TRUCE.source})[^.;]{0,60}\\b(?:that|which)\\b[^.;]{0,60}$`,
  'i',
);
/** "half a dozen truces have been signed and broken": a generic plural is background, not an agreement. */
const PLURAL_ACCORDS = /\b(?:truces|ceasefires|cease-fires|agreements|deals|accords)\b(?:\s+\w+){0,6}\s+$/;

/** The sentence, or the one before it ("The text was initialled on June 18"), is about a truce or accord. */
function aboutHostilities(reading: Reading): boolean {
  return namesTruceOrAccord(reading.text) || namedJustBefore(reading, namesTruceOrAccord, 1);
}

/**
 * "The Black Sea deal, agreed on March 25, has yet to take effect": a participle with a day of its own
 * restates the agreement, which is an event on that day.
 */
/** The day a participle gives itself ("agreed on March 25", "agreed in July"). */
function participleDay(reading: Reading, cue: Cue): string | undefined {
  if (
    !/^(?:agreed|signed|reached|struck|sealed|brokered|initial(?:l)?ed|concluded|settled|finali[sz]ed)$/i.test(
      cue.text,
    )
  )
    return undefined;
  return reading.context
    .dateCues(reading.sentence)
    .find(
      (day) =>
        day.start >= cue.end &&
        /^\s*(?:(?:between|by|in|at) [^,;]{1,60}?\s+)?(?:on|in|at|last|late|early)?\s*$/i.test(
          reading.text.slice(cue.end, day.start),
        ),
    )?.occurredOn;
}

/**
 * "the United States and France, which brokered the deal, ...": an aside on who made an accord the article
 * already knows, with no day of its own, is background rather than a new agreement.
 */
function isUndatedAside(reading: Reading, cue: Cue): boolean {
  if (!ASIDE_OPENING.test(reading.text.slice(Math.max(0, cue.at - 40), cue.at))) return false;
  const close = /[,;.]/.exec(reading.text.slice(cue.end));
  const closes = close ? cue.end + close.index : reading.text.length;
  return !reading.context
    .dateCues(reading.sentence)
    .some((day) => day.start >= cue.end && day.start < closes);
}

const ASIDE_OPENING = /,\s*(?:which|who)\s+(?:(?:had|has|have|also|jointly|first)\s+)*$/i;

/** "broken the truce since it was agreed", "hours after it was announced": a subordinate clause that only places something else. */
function isSubordinateBackground(reading: Reading, cue: Cue): boolean {
  const from = Math.max(0, cue.at - 40);
  const subordinate =
    /\b(?:since|after|when|before|until)\s+(?:it|the \w+|they)\s+(?:(?:was|were|had been|has been)\s+)?$/i.exec(
      reading.text.slice(from, cue.at),
    );
  if (!subordinate) return false;
  const opens = from + subordinate.index;
  const end = reading.text.slice(cue.end).search(/[,;.]/);
  const closes = end < 0 ? reading.text.length : cue.end + end;
  return !reading.context.dateCues(reading.sentence).some((day) => day.start > opens && day.start < closes);
}

const TRUCE_OR_ACCORD_JUST_BEFORE = new RegExp(
  `(?:${TRUCE.source}|${ACCORD.source}|arrangement)\\s*,?\\s*$`,
  'i',
);

/** "a ceasefire agreed between Congo and Rwanda came into force": the verb qualifies the noun. */
function isParticiple(reading: Reading, cue: Cue): boolean {
  const before = reading.text.slice(Math.max(0, cue.at - 40), cue.at);
  return (
    TRUCE_OR_ACCORD_JUST_BEFORE.test(before) &&
    /\b(?:came|comes|took|takes|entered|enters|began|begins|held|holds|is|was|has|had)\b/i.test(
      reading.text.slice(cue.end, cue.end + 120),
    )
  );
}

const REJECT = trigger(
  /\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|ing) to (?:back|accept|agree|sign|join|consider)|refused (?=(?:the|a|an|any) )|rejection of|turned (?:\w+ ){0,3}down|turn(?:s|ing)? down|ruled out|rul(?:es|ing) out|rebuffed|spurned|declined (?=(?:the|a|an) )|said no to|dismiss(?:ed|es) (?:the|a|an) (?:\w+ )?(?:proposal|offer|plan|call))\b/gi,
);

/** "proposed a 30-day ceasefire ahead of the talks, which Moscow rejected": the truce is the verb's object. */
const REJECTED_IN_RELATIVE = new RegExp(
  `(?:${TRUCE.source}|${PROPOSAL.source})[^.;]{0,60},\\s*(?:which|that)\\s+(?:[\\w-]+\\s+){1,3}$`,
  'i',
);

/** Whether one of the `sentences` sentences before this one names what `names` looks for. */
function namedJustBefore(reading: Reading, names: (text: string) => boolean, sentences = 2): boolean {
  let earlier = reading.context.previous(reading.sentence);
  for (let steps = 0; earlier && steps < sentences; steps++, earlier = reading.context.previous(earlier))
    if (names(earlier.text)) return true;
  return false;
}

const namesTruceOrAccord = (text: string): boolean => TRUCE_OR_ACCORD.test(text);

/** "Washington proposed a moratorium. ... Kyiv's acceptance followed within hours": an offer just named. */
const offerJustNamed = (reading: Reading): boolean =>
  namedJustBefore(reading, (text) => TRUCE_OR_PROPOSAL.test(text));

/** A truce or accord named in this sentence or one of the two before it. */
const accordJustNamed = (reading: Reading): boolean =>
  namesTruceOrAccord(reading.text) || namedJustBefore(reading, namesTruceOrAccord);

/** "turned down an earlier version of the deal": the deal on offer. */
const VERSION_OF_DEAL =
  /^\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:version|draft) of\b|^\s*(?:the|an?)\s+(?:[\w-]+\s+)?deal\b/i;

/** "called for a ceasefire. Moscow turned the demand down": a demand for the truce just named. */
const DEMAND = /\b(?:demand|call|appeal|ultimatum)s?\b/i;

const truceJustNamed = (reading: Reading): boolean => {
  const previous = reading.context.previous(reading.sentence);
  return (
    mentionsTruce(reading.text) ||
    (previous !== undefined &&
      previous.paragraph === reading.sentence.paragraph &&
      mentionsTruce(previous.text))
  );
};

/** A belligerent turns a truce or a proposal down. Rejecting an accusation is not rejecting a truce. */
export function rejections(reading: Reading): Finding[] {
  const findings: Finding[] = [];
  for (const cue of cuesOf(REJECT, reading.text)) {
    if (isHypotheticalAt(reading, cue.at) || isConditionalAt(reading, cue.at)) continue;
    const object = /\w+ \w+ down$/i.test(cue.text)
      ? TRUCE_OR_PROPOSAL.test(cue.text) ||
        precededBy(reading, cue, TRUCE, 120) ||
        (DEMAND.test(cue.text) && truceJustNamed(reading))
      : TRUCE_OR_PROPOSAL.test(cue.text) ||
        followedBy(reading, cue, TRUCE_OR_PROPOSAL, 80) ||
        followedBy(reading, cue, VERSION_OF_DEAL, 40) ||
        ((DEMAND.test(cue.text) ||
          followedBy(reading, cue, DEMAND, 30) ||
          followedBy(reading, cue, /^\s*it\b/, 5)) &&
          truceJustNamed(reading)) ||
        REJECTED_IN_RELATIVE.test(reading.text.slice(Math.max(0, cue.at - 140), cue.at));
    if (
      !object ||
      followedBy(
        reading,
        cue,
        /^\s*(?:the\s+|these\s+|those\s+)?(?:charges?|claims?|accusations?|allegations?|reports?)\b/,
        30,
      )
    )
      continue;
    if (followedBy(reading, cue, /^\s*(?:every|all|any|each)\b/, 12)) continue;
    const by = belligerentSubject(reading, cue);
    if (by)
      findings.push(
        ceasefireFinding(reading, 'CeasefireRejected', cue.at, { by: by.party, ...dayOf(reading, cue) }),
      );
  }
  return findings;
}

const DECLARED_OBJECT = String.raw`^\s*(?:by\s+\S+(?:\s+\S+)?\s+)?(?:\S+\s+){0,6}?`;
const TRUCE_DECLARED = new RegExp(`${DECLARED_OBJECT}(?:${TRUCE.source})`, 'i');
const TRUCE_OR_STOP_ORDERED = new RegExp(
  `${DECLARED_OBJECT}(?:${TRUCE.source}|${STOP_FIGHTING.source})`,
  'i',
);
const TRUCE_JUST_BEFORE = new RegExp(`(?:${TRUCE.source})\\s*,?\\s*$`, 'i');

const PARTICIPLE_BEFORE_VERB =
  /^\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\d.'’-]*\s+){1,4}(?:expired|ended|began|took effect|came into|collapsed|held|was|is|has|had|will|would|runs|ran)\b/u;
const ANSWER_TO_TRUCE =
  /\b(?:acceptance|approval|rejection|endorsement|backing|answer|response|reply)\s+(?:of|to)\b[^.;]{0,100}$/;

const DECLARE = trigger(
  /\b(?:declar(?:e|ed|es|ing)|announc(?:e|ed|es|ing)|order(?:ed|s|ing)|proclaim(?:ed|s|ing)?|unilaterally (?:halted|stopped|suspended|paused))\b/gi,
);

/** A party announces a truce of its own: a unilateral ceasefire, an ordered holiday truce. */
export function declarations(reading: Reading): Finding[] {
  for (const cue of cuesOf(DECLARE, reading.text)) {
    if (!isFactual(reading, cue) || isConditionalAt(reading, cue.at)) continue;
    const truceFollows = followedBy(
      reading,
      cue,
      /^order/i.test(cue.text) ? TRUCE_OR_STOP_ORDERED : TRUCE_DECLARED,
      80,
    );
    const truceBefore =
      precededBy(reading, cue, TRUCE_JUST_BEFORE, 30) || precededBy(reading, cue, RELATIVE_TRUCE, 50);
    if (!truceFollows && !truceBefore && !/^unilaterally/i.test(cue.text)) continue;
    // "Ukraine's acceptance of a plan for a ceasefire, announced on Tuesday": what was announced is the answer.
    if (!truceFollows && precededBy(reading, cue, ANSWER_TO_TRUCE, 140)) continue;
    if (truceBefore && !cueInSegment(reading, cue.at)) continue;
    // "A 36-hour truce declared by Putin expired at midnight on Wednesday": the day is the expiry's.
    if (truceBefore && PARTICIPLE_BEFORE_VERB.test(reading.text.slice(cue.end))) continue;
    if (/ing$/i.test(cue.text) && !cueInSegment(reading, cue.at)) continue;
    if (followedBy(reading, cue, /^\s*(?:that|it|they)\b/, 10)) continue;
    const unilateral = /\bunilateral\b|\bits own\b/i.test(reading.text);
    if (!unilateral && (hasJointSubject(reading, cue) || /\bagree/i.test(reading.text))) continue;
    const by = belligerentSubject(reading, cue);
    if (!by) continue;
    return [ceasefireFinding(reading, 'CeasefireDeclared', cue.at, { by: by.party, ...dayOf(reading, cue) })];
  }
  return [...startsAnnounced(reading), ...pledgesToStop(reading)].slice(0, 1);
}

const PLEDGE_TO_STOP = trigger(
  /\b(?:would|will)\s+(?:stop|halt|cease|suspend|end)\s+(?:[\w-]+\s+){0,3}?(?:attacks|attacking|strikes|striking|firing|hostilities|military operations|operations)\b/gi,
);

/**
 * "The Houthis said on Tuesday they would stop attacking US ships": a side saying it will stop fighting
 * declares a truce of its own; "under a deal" it is an agreement. A condition ("as long as", "if") makes
 * it no event.
 */
function pledgesToStop(reading: Reading): Finding[] {
  for (const cue of cuesOf(PLEDGE_TO_STOP, reading.text)) {
    if (isNegatedAt(reading, cue.at, 4) || isConditionalAt(reading, cue.at) || isDeniedAt(reading, cue.at))
      continue;
    if (
      /\b(?:if|unless|as long as|so long as|provided|once|only when|until)\b/i.test(
        reading.text.slice(cue.end),
      )
    )
      continue;
    const lead = reading.text.slice(clauseStart(reading.text, cue.at), cue.at);
    if (!/\b(?:said|says|announced|declared|confirmed|pledged|promised|vowed)\b/i.test(lead)) continue;
    const speaker = speakerOf(reading);
    if (!speaker || !isBelligerent(reading, speaker.party)) continue;
    const day = cueOfSpeech(reading, 0, reading.text.length);
    const dated = day
      ? { occurredOn: day, dated: true }
      : { occurredOn: reading.context.published, dated: false };
    if (
      /\b(?:under|as part of|in line with)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|truce|ceasefire)\b/i.test(
        reading.text,
      )
    )
      return [ceasefireFinding(reading, 'CeasefireAgreed', cue.at, dated)];
    return [ceasefireFinding(reading, 'CeasefireDeclared', cue.at, { by: speaker.party, ...dated })];
  }
  return [];
}

/** "before the pause was due to begin": a start that only places something else in time. */
const SUBORDINATE_TRUCE = new RegExp(
  `\\b(?:before|after|until|till|when|since|once|as|while)\\s+(?:[\\w-]+\\s+){0,4}?(?:${TRUCE.source})[^.;,]{0,30}$`,
  'i',
);
const TRUCE_EARLIER_IN_CLAUSE = new RegExp(`(?:${TRUCE.source})\\b[^.;]{0,40}$`, 'i');
const START_TO_COME = trigger(
  /\b(?:will|would|is to|was to|is set to|was set to|is due to|was due to)\s+(?:begin|start|take effect|come into (?:force|effect)|go into effect|enter into force|run from|last from|hold from)\b/gi,
);

/**
 * "The Kremlin said a three-day truce would begin on Thursday": a side announcing when its truce starts
 * has declared it; the start belongs to the announcement. A truce both sides agreed is read as agreed.
 */
function startsAnnounced(reading: Reading): Finding[] {
  if (/\bagree/i.test(reading.text)) return [];
  for (const cue of cuesOf(START_TO_COME, reading.text)) {
    if (!precededBy(reading, cue, TRUCE_EARLIER_IN_CLAUSE, 60)) continue;
    if (precededBy(reading, cue, SUBORDINATE_TRUCE, 70)) continue;
    if (isNegatedAt(reading, cue.at, 4) || isConditionalAt(reading, cue.at) || isDeniedAt(reading, cue.at))
      continue;
    if (/\b(?:if|unless|provided|as long as)\b/i.test(reading.text.slice(cue.end))) continue;
    if (hasJointSubject(reading, cue)) continue;
    const speaker = speakerOf(reading);
    const announcer =
      speaker && isBelligerent(reading, speaker.party) ? speaker : belligerentSubject(reading, cue);
    if (!announcer) continue;
    const spoken = cueOfSpeech(reading, 0, reading.text.length);
    return [
      ceasefireFinding(reading, 'CeasefireDeclared', cue.at, {
        by: announcer.party,
        ...(spoken
          ? { occurredOn: spoken, dated: true }
          : { occurredOn: reading.context.published, dated: false }),
      }),
    ];
  }
  return [];
}

const START = trigger(
  /\b(?:took effect|taken effect|came into (?:force|effect)|entered into force|went into (?:force|effect)|took hold|began|started|kicked in|halted the war|back in force|resumed (?:its )?enforcement of|(?:the )?start of (?:the|a) (?:[\w-]+ )?(?:ceasefire|truce)|enforcing the (?:\w+ )?(?:ceasefire|truce) again)\b/gi,
);

const TRUCE_STARTING = new RegExp(`(?:${TRUCE.source}|${ACCORD.source})\\b[^.;]{0,100}$`, 'i');
const TRUCE_OR_IT_STARTING = new RegExp(`(?:${TRUCE.source}|${ACCORD.source}|\\bit)\\b[^.;]{0,100}$`, 'i');

/**
 * The words before the cue with asides in commas taken out ("The moratorium, which Moscow says took effect
 * on March 18, ran out"), so that the truce they interrupt is seen as the subject.
 */
function beforeWithoutAsides(reading: Reading, cue: Cue, span: number): string {
  const before = reading.text.slice(Math.max(0, cue.at - span - 160), cue.at);
  return before.replace(/,\s+(?:which|who|that|whose)\b[^,;.]*,/gi, '').slice(-span);
}

/** A truce comes into force. A start announced for later belongs to the announcement, not here. */
export function starts(reading: Reading): Finding[] {
  if (isCivilDeal(reading)) return [];
  for (const cue of cuesOf(START, reading.text)) {
    if (!isFactual(reading, cue, 5)) continue;
    const subject =
      precededBy(reading, cue, namesTruce(reading) ? TRUCE_OR_IT_STARTING : TRUCE_STARTING, 120) ||
      TRUCE_STARTING.test(beforeWithoutAsides(reading, cue, 120)) ||
      /enforc|truce|ceasefire/i.test(cue.text);
    if (!subject) continue;
    if (
      precededBy(
        reading,
        cue,
        /\b(?:war|fighting|offensive|strikes?|attacks?|talks|negotiations|meeting|session)\s+$/,
        20,
      )
    )
      continue;
    const background = precededBy(reading, cue, /\b(?:since|after|when)\b/, 90);
    if (background && !cueInSegment(reading, cue.at)) continue;
    // "breaching it 100 times since it began": a start that only bounds a tally, with no day of its own.
    if (
      /\bsince\s+(?:it|the\s+[\w-]+)\s+$/i.test(reading.text.slice(Math.max(0, cue.at - 30), cue.at)) &&
      !/^\s*(?:on|in|at|last)\s+\S/i.test(reading.text.slice(cue.end, cue.end + 12))
    )
      continue;
    return [ceasefireFinding(reading, 'CeasefireStarted', cue.at, dayOf(reading, cue))];
  }
  return [];
}

const EXTEND = trigger(
  /\b(?:extend(?:ed|s|ing)?|extension|prolong(?:ed|s|ing)?|prolongation|renew(?:ed|al)|rolled over|kept in place|(?:remain|stay) in (?:effect|force|place) until)\b/gi,
);

const TRUCE_EXTENDED = new RegExp(
  `^\\s*(?:of\\s+)?(?:\\S+\\s+){0,4}?(?:${TRUCE.source}|${ACCORD.source}|it\\b)`,
  'i',
);
const TRUCE_BEFORE_EXTENSION = new RegExp(`(?:${TRUCE.source}|${ACCORD.source}|\\bit)\\b[^.;]{0,70}$`, 'i');

const PAST_PLANNED_END =
  /\b(?:deadline|original(?:ly)?|initial|beyond|past the|had been due|was due to (?:end|expire|run out)|instead of)\b/i;
const ANNOUNCED_PASSIVE = /\b(?:said|says|announced|confirmed|stated)\b[^.;]{0,70}\b(?:would|will)\s+be\s+$/i;

/** A truce is prolonged: "extended until May 18", "an extension of the truce", "agreed to extend it". */
export function extensions(reading: Reading): Finding[] {
  for (const cue of cuesOf(EXTEND, reading.text)) {
    // "will remain in effect until February 18, after Israel kept troops beyond the 60-day deadline": only
    // past a planned end is staying in force an extension.
    if (/^(?:remain|stay)/i.test(cue.text) && !PAST_PLANNED_END.test(reading.text)) continue;
    // "Qatar said on Monday that it would be extended by two days": the extension, announced.
    const announced = ANNOUNCED_PASSIVE.test(reading.text.slice(clauseStart(reading.text, cue.at), cue.at));
    const onCondition =
      isConditionalAt(reading, cue.at) ||
      /\b(?:if|unless|provided|as long as|once)\b/i.test(reading.text.slice(cue.end));
    if (!isFactual(reading, cue, 7, 8) && !(announced && !onCondition)) continue;
    const truce =
      followedBy(reading, cue, TRUCE_EXTENDED, 60) ||
      precededBy(reading, cue, TRUCE_BEFORE_EXTENSION, 90) ||
      TRUCE_BEFORE_EXTENSION.test(beforeWithoutAsides(reading, cue, 90));
    if (!truce) continue;
    if (!mentionsAccord(reading.text) && !namesTruce(reading)) continue;
    return [ceasefireFinding(reading, 'CeasefireExtended', cue.at, dayOf(reading, cue))];
  }
  return [];
}

const EXPIRE = trigger(
  /\b(?:expired|expiry|expiration|ran out|run out|lapsed|ran its course|run its course|came to an end|ended)\b/gi,
);
const COLLAPSE = trigger(
  /\b(?:collaps(?:ed|e|es|ing)|broke down|broken down|(?:abrupt|sudden|violent) end|tore up|torn up|tear up|called off|withdr(?:ew|awn|awing|aws) from|pulled out of|unravel(?:led|ed)|shatter(?:ed|ing|s)|(?:is|was|now|as) (?:effectively |all but |practically |now )?dead|(?:is|was) (?:now )?over\b|suspend(?:ed|s|ing)? (?:its |their )?(?:commitment to |participation in |adherence to )?(?:the |a )?(?:[\w-]+ )?(?:ceasefire|truce|cease-fire)|ending (?:the|its|a|their) (?:[\w-]+ )*?(?:ceasefire|cease-fire|truce))\b/gi,
);

/**
 * The end of a truce: at its planned end it expired (dated to that end), before it it collapsed. A
 * plain "ended" is an expiry; a collapse is told as one ("broke down", "tore up", "an abrupt end").
 */
export function ends(reading: Reading): Finding[] {
  if (isCivilDeal(reading)) return [];
  for (const cue of cuesOf(COLLAPSE, reading.text)) {
    if (!isFactual(reading, cue) || isConditionalAt(reading, cue.at)) continue;
    if (precededBy(reading, cue, /\b(?:keep|prevent|avoid|stop|from)\b[^.]{0,40}$/, 60)) continue;
    const truce =
      /ending/i.test(cue.text) ||
      precededBy(reading, cue, TRUCE_OR_ACCORD, 90) ||
      (namesTruce(reading) && precededBy(reading, cue, /\bit\b[^.;]{0,30}$/, 40)) ||
      followedBy(reading, cue, TRUCE_OR_ACCORD, 40);
    if (truce) return [ceasefireFinding(reading, 'CeasefireEnded', cue.at, dayOf(reading, cue))];
  }
  for (const cue of cuesOf(EXPIRE, reading.text)) {
    if (!isFactual(reading, cue, 5)) continue;
    if (/^ended$/i.test(cue.text) && !followedBy(reading, cue, ENDED_INTRANSITIVE, 40)) continue;
    const truce =
      precededBy(reading, cue, namesTruce(reading) ? TRUCE_OR_IT_EXPIRING : TRUCE_EXPIRING, 90) ||
      TRUCE_EXPIRING.test(beforeWithoutAsides(reading, cue, 90)) ||
      (/^expir/i.test(cue.text) && followedBy(reading, cue, TRUCE, 50));
    if (!truce) continue;
    return [ceasefireFinding(reading, 'CeasefireExpired', cue.at, dayOf(reading, cue))];
  }
  return [];
}

const TRUCE_EXPIRING = new RegExp(
  `(?:${TRUCE.source}|${ACCORD.source}|\\bphase|\\bextension)\\b[^.;]{0,70}$`,
  'i',
);
const TRUCE_OR_IT_EXPIRING = new RegExp(
  `(?:${TRUCE.source}|${ACCORD.source}|\\bphase|\\bextension|\\bit)\\b[^.;]{0,70}$`,
  'i',
);

/** Who tallies breaches without being a side: a monitoring mission, mediators, diplomats, the UN. */
const MONITOR =
  /\b(?:monitors?|monitoring (?:mission|team|committee|mechanism)|observers?|mediators?|diplomats|UN|United Nations|OSCE|verification mechanism|UNIFIL|peacekeepers|peacekeeping (?:force|mission))\b[^.;]{0,40}\b(?:recorded|counted|reported|said|put|documented|noted|accused|logged|registered|tallied)\b/;

/** "the truce ended on Wednesday" (an expiry), not "the signing ended decades of conflict". */
const ENDED_INTRANSITIVE =
  /^\s*(?:on|at|in|last|early|late|overnight|without|with|after|as|when|,|\.|;|$|yesterday|this|\()/i;

const BREACH = trigger(
  /\b(?:violat\w*|breach\w*|broke|broken|break(?:s|ing)?|flout\w*|overturn\w*|accus\w* (?:[\w-]+ ){0,4}?of (?:firing|shelling|attacking|opening fire|striking|launching|bombing)|trampl(?:e|ed|es|ing) (?:on|upon)|sabotag\w*|ignor(?:e|ed|es|ing)|t(?:ea|o)r(?:e|n)? up|in (?:defiance|contravention) of|(?:despite|during) (?:the|a|an|its|their) (?:[\w-]+ )?(?:truce|ceasefire|cease-fire|moratorium|pause|agreement|deal)|contraven\w*|(?:not|failed to|failing to|refus\w* to) (?:honou?r\w*|respect\w*|abid\w*|observ\w*|compl\w*|keep\w*))\b/gi,
);
/**
 * An accusation is dated by the day it was made ("the Indian army said on Friday"), when the text ties a
 * day to the speech verb, rather than by the day of the breach it describes.
 */
function cueOfSpeech(reading: Reading, from: number, to: number): string | undefined {
  const cue = reading.context.dateCues(reading.sentence).find((candidate) => {
    if (candidate.start < from || candidate.end > to || candidate.future) return false;
    if (isInRelativeClause(reading.text, candidate)) return false;
    const before = reading.text.slice(Math.max(from, candidate.start - 12), candidate.start);
    const after = reading.text.slice(candidate.end, candidate.end + 12);
    return SPOKE_BEFORE.test(before) || SPOKE_AFTER.test(after);
  });
  return cue?.occurredOn;
}

const SPOKE_BEFORE =
  /\b(?:said|says|accused|told|reported|claimed|charged|complained|alleged|wrote)\s+(?:on\s+)?$/i;
const SPOKE_AFTER = /^\s*(?:,\s*)?(?:said|accused|told|reported|claimed|charged|complained|alleged)\b/i;

const PAST_TRUCES =
  /\b(?:previous|past|earlier|former|prior|several|many)\s+(?:[\w-]+\s+)?(?:truces|ceasefires|cease-fires|pauses)\b/i;
const ACCUSED_OF_ATTACK =
  /\baccus\w* (?:[\w-]+ ){0,4}?of (?:firing|shelling|attacking|opening fire|striking|launching|bombing)\b/i;

/** "accused Thai troops of violating it": the truce named in the sentence before. */
const BREACH_OF_IT = /\b(?:violat\w*|breach\w*|broke(?:n)?|break(?:ing|s)?)\s+it\b/i;

const MUTUAL = trigger(
  /\b(?:each|both) (?:side |sides )?(?:reported|accused|blamed|alleged|claimed)\b|\bboth sides\b[^.;]{0,60}\b(?:breach|violat|accus)|\b(?:accus\w*|blam\w*|charg\w*|alleg\w*)\s+(?:each other|one another)|\b(?:each other|one another)\s+of\b|\b(?:each side accused|each accused the other|both sides accused|accusations from both sides|mutual accusations|trad(?:e|ed|es|ing) (?:[\w-]+ )?(?:charges|accusations|blame))\b/i,
);
/** "the truce was violated on Saturday, officials on both sides said": each side alleges it. */
const SOURCES_ON_BOTH_SIDES =
  /\b(?:officials|sources|commanders|militaries|armies|spokesmen) (?:on|from) both sides (?:said|say|reported|report)\b/i;
const VIOLATOR_AFTER =
  /^\s*(?:['’]s\s+)?(?:\w+\s+){0,3}?(?:had |have |has |of )?(?:violat|breach|broke|break)/i;

/**
 * One accusation per accuser: the speaker when a party says so, else the side other than the one
 * accused; a mediator's or monitor's accusation has no `by`; "each side accused the other" is one per side.
 * Each clause is read on its own ("the army said ...; the rebels replied that ...").
 */
export function violations(reading: Reading): Finding[] {
  const previous = reading.context.previous(reading.sentence);
  const truceInView =
    TRUCE_OR_ACCORD.test(reading.text) ||
    (previous !== undefined &&
      MUTUAL.test(reading.text) &&
      mentionsTruce(previous.text) &&
      reading.context.dateCues(reading.sentence).length > 0);
  // "The understanding came into effect at 5pm. Within hours India accused Pakistan of violating it."
  const accordBefore = namedJustBefore(reading, namesTruceOrAccord);
  const breachOfIt = (namesTruce(reading) || accordBefore) && BREACH_OF_IT.test(reading.text);
  const breachesOfIt = accordBefore && /\b(?:violat\w*|breach\w*)\b/i.test(reading.text);
  // "A ceasefire came into force at midnight. By morning the Thai army was accusing Cambodian troops of firing."
  const chargedUnderTruce = namedJustBefore(reading, mentionsTruce) && ACCUSED_OF_ATTACK.test(reading.text);
  if (!truceInView && !breachOfIt && !breachesOfIt && !chargedUnderTruce) return [];
  // "Previous truces declared by Moscow have been marred by mutual accusations": background.
  if (PAST_TRUCES.test(reading.text) && reading.context.dateCues(reading.sentence).length === 0) return [];
  const findings: Finding[] = [];
  let from = 0;
  for (const part of reading.text.split(/(?<=;)|(?=,?\s+(?:while|whereas|even as)\s)/)) {
    findings.push(...accusationsIn(reading, from, from + part.length));
    from += part.length;
  }
  return findings;
}

function accusationsIn(reading: Reading, from: number, to: number): Finding[] {
  const text = reading.text.slice(from, to);
  const cues = cuesOf(BREACH, text)
    .map((cue) => ({ ...cue, at: cue.at + from, end: cue.end + from }))
    .filter((cue) => isFactual(reading, cue, 6));
  const mutual =
    (MUTUAL.test(text) || (cues.length > 0 && SOURCES_ON_BOTH_SIDES.test(text))) && namesTruce(reading);
  if (!cues.length && !mutual) return [];
  const first = cues[0] ?? { at: from, end: from, text: '' };
  const since = sinceDay(reading);
  const spoken = cueOfSpeech(reading, from, to);
  const day = spoken
    ? { occurredOn: spoken, dated: true }
    : !cueNear(reading, first.at) && since
      ? { occurredOn: `${since}/${reading.context.published}`, dated: true }
      : dayOf(reading, first);
  const accusation = (by?: string): Finding =>
    ceasefireFinding(reading, 'CeasefireViolationAlleged', first.at, { by, ...day });
  const [one, other] = reading.theatre.parties;
  if (mutual) return [accusation(one), accusation(other)];
  const clause: Reading = {
    ...reading,
    mentions: reading.mentions.filter((m) => m.start >= from && m.end <= to),
  };
  const speaker = speakerOf(clause);
  if (speaker) {
    if (isBelligerent(reading, speaker.party)) return [accusation(speaker.party)];
    if (actorMentions(clause).some((mention) => isBelligerent(reading, mention.party))) return [accusation()];
  }
  if (MONITOR.test(text) && cues.length) return [accusation()];
  const violator = clause.mentions.find(
    (mention) =>
      isBelligerent(reading, mention.party) &&
      (VIOLATOR_AFTER.test(reading.text.slice(mention.end, mention.end + 40)) ||
        /\baccus\w*\s+$/i.test(reading.text.slice(Math.max(0, mention.start - 14), mention.start)) ||
        /\b(?:violations?|breach(?:es)?) by\s+(?:the\s+)?$/i.test(
          reading.text.slice(Math.max(0, mention.start - 20), mention.start),
        )),
  );
  const accuser = violator && otherBelligerent(reading, violator.party);
  return accuser ? [accusation(accuser)] : [];
}
