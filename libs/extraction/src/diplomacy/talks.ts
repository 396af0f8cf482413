import { talksFinding, type Finding } from './finding';
import {
  belligerentSubject,
  cuesOf,
  trigger,
  followedBy,
  hasJointSubject,
  hasOutsideSubject,
  precededBy,
} from './predicates';
import {
  actorMentions,
  clauseStart,
  cueInSegment,
  segmentTextAt,
  cueNear,
  isBelligerent,
  isConditionalAt,
  isHypotheticalAt,
  isNegatedAt,
  otherBelligerent,
  speakerOf,
  subjectBefore,
  withoutTheMonthMay,
  type Reading,
} from './reading';
import type { When } from '../context';
import { resolveWeekday, type DateCue } from '../dates';
import { NOT_A_WAR_TRUCE } from './truce-terms';
import { allMatches } from '../matches';

/**
 * The talks rules: a belligerent offering talks, talks set for a day or place, and talks that took
 * place with at least one belligerent at the table (allies meeting among themselves are not talks).
 */

const TALK_OBJECT =
  /\b(?:(?:direct |peace |bilateral |face-to-face |further |new )?talks|negotiat\w*|dialogue|conversations?|contacts|meet(?:ing)?|summit|peace initiatives|talking|talk (?:peace|to|with)|sit (?:down )?(?:with|at|across)|(?:negotiating|the) table|discuss(?:ed|ing)?|consultations|(?:peace|negotiating|negotiation|mediation|[A-Z][a-z]+) process|(?:draft|work)\w* (?:\w+ )?(?:together |jointly )?with)\b/i;

const OFFER = trigger(
  /\b(?:open to|ready (?:for|to)|prepared (?:for|to)|willing to|propos(?:ed|es|e|ing)|offer(?:ed|s|ing)?|call(?:ed|s|ing)? for|push(?:ed|es|ing)? for|ask(?:ed|s|ing)? for|request(?:ed|s|ing)?|keep (?:on )?(?:talking|negotiating)|continue (?:talking|negotiating)|return to (?:the )?(?:negotiating )?table|positive attitude towards|(?:expressed |signalled |signaled |its |his |their )?(?:readiness|openness|willingness)(?: \w+){0,3}? (?:for|to)|want(?:s|ed)? (?:the )?|stands? ready|committ(?:ed|ing) (?:\w+ ){0,3}to|agree(?:d|s)? to (?:hold|start|begin|open|resume|continue))\b/gi,
);

/** A belligerent says it is open to, or proposes, negotiations; a joint pledge to keep negotiating has no `by`. */
export function talkOffers(reading: Reading): Finding[] {
  for (const cue of cuesOf(OFFER, reading.text)) {
    const span = /^propos|^offer|^call|^push|^ask|^request/i.test(cue.text) ? 30 : 70;
    if (!TALK_OBJECT.test(cue.text) && !followedBy(reading, cue, TALK_OBJECT, span)) continue;
    if (isNegatedAt(reading, cue.at, 4) || isConditionalAt(reading, cue.at)) continue;
    if (
      /\b(?:would|could|might|if|unless)\b[^,;]*$/i.test(reading.text.slice(Math.max(0, cue.at - 25), cue.at))
    )
      continue;
    if (followedBy(reading, cue, /^\s*(?:to\s+)?(?:host|mediate|facilitate)\b/, 15)) continue;
    const joint =
      hasJointSubject(reading, cue) ||
      followedBy(reading, cue, /^\s*(?:both sides|the two sides|the parties)\b/, 5) ||
      /\bcommitting both sides\b|\bboth sides (?:\w+ ){0,3}committed\b/i.test(reading.text);
    if (joint) return [talksFinding(reading, 'TalksOffered', cue.at)];
    if (hasOutsideSubject(reading, cue) && !belligerentSubject(reading, cue)) continue;
    const by = belligerentSubject(reading, cue);
    if (by) return [talksFinding(reading, 'TalksOffered', cue.at, { by: by.party })];
  }
  return [...commitmentsToAttend(reading), ...opennessToTalks(reading)].slice(0, 1);
}

const ATTEND = trigger(
  /\b(?:(?:would|will|to|(?:is|are|was|were) going to) (?:attend|take part|participate|join (?:the |a )?(?:talks|negotiations|round|meeting|process))|accept(?:ed|s)? (?:the |an |its |their )?invitation|agreed to (?:attend|take part|participate)|confirmed (?:its |their |his |her )?(?:participation|attendance)|(?:will|would) send (?:a |its |their )?(?:delegation|negotiators|team|envoys?) to (?:the )?(?:mediators|talks|negotiations|meeting|round))\b/gi,
);

/**
 * A belligerent committing itself to the table: "said its fighters would attend", "accepted the
 * invitation", "will send a delegation to the mediators". The talks may be named in the sentence or the
 * one before ("a round due to open on Monday. The rebels said they would attend."). A delegation sent to a
 * set day or place is TalksScheduled instead. A day after the commitment is the talks' day, not the
 * offer's: the offer is then dated by the article.
 */
function commitmentsToAttend(reading: Reading): Finding[] {
  const previous = reading.context.previous(reading.sentence);
  const talksInView =
    TALK_OBJECT.test(reading.text) ||
    (previous !== undefined &&
      /\b(?:talks|negotiations|round|meeting|summit|invitations?)\b/i.test(previous.text));
  for (const cue of cuesOf(ATTEND, reading.text)) {
    const sending = /\bsend\b/i.test(cue.text);
    if (!talksInView && !sending) continue;
    if (sending && talksScheduled(reading).length) continue;
    if (isNegatedAt(reading, cue.at, 4) || isConditionalAt(reading, cue.at)) continue;
    if (/\b(?:if|unless|whether|only after)\b/i.test(reading.text.slice(cue.end, cue.end + 60))) continue;
    if (/\b(?:whether|if)\b[^,;]*$/i.test(reading.text.slice(clauseStart(reading.text, cue.at), cue.at)))
      continue;
    const by = belligerentSubject(reading, cue);
    const near = cueNear(reading, cue.at);
    const dayOfTheTalks =
      near !== undefined &&
      /^(?:will|would|to|is|are|was|were)\b/i.test(cue.text) &&
      reading.context.dateCues(reading.sentence).some((day) => day.start > cue.end && day.cue === near.cue);
    if (by)
      return [
        talksFinding(reading, 'TalksOffered', cue.at, {
          by: by.party,
          ...(dayOfTheTalks ? { occurredOn: reading.context.published, dated: false } : {}),
        }),
      ];
  }
  return [];
}

/**
 * Openness told without an offer verb: "the question could be discussed, including directly with Kyiv",
 * "would free the hostages only through negotiations", "the door to talks remains open". The belligerent
 * speaking is the one offering; a counterpart named after "with" marks the other side as the one invited.
 */
const OPENNESS = trigger(
  /\b(?:(?:could|can|may) be (?:discussed|negotiated|settled at the table|talked (?:about|through))|(?:open|up) for (?:discussion|negotiation)|only (?:\w+ ){0,2}?(?:through|by|via|at) (?:\w+ )?(?:negotiations|talks|dialogue|diplomacy|the negotiating table)|door (?:to|for) (?:\w+ )?(?:talks|negotiations|dialogue|diplomacy)(?: with (?:the )?[\w'’-]+(?: [\w'’-]+)?)? (?:remains|is|was|stays|still) open|(?:keep|keeps|kept|keeping|leave|leaves|left) the door (?:\w+ ){0,5}?open|door (?:remains|is|stays) open (?:to|for) (?:\w+ )?(?:talks|negotiations|dialogue|diplomacy))\b/gi,
);

/** The one belligerent named as the subject before `at`; none when both sides are named (a topic, "between X and Y"). */
function soleSideBefore(reading: Reading, at: number): string | undefined {
  const from = clauseStart(reading.text, at);
  const sides = new Set(
    actorMentions(reading)
      .filter(
        (mention) => mention.start >= from && mention.end <= at && isBelligerent(reading, mention.party),
      )
      .map((mention) => mention.party),
  );
  const subject = subjectBefore(reading, at);
  return sides.size === 1 && subject && isBelligerent(reading, subject.party) ? subject.party : undefined;
}

function opennessToTalks(reading: Reading): Finding[] {
  for (const cue of cuesOf(OPENNESS, reading.text)) {
    if (
      isNegatedAt(reading, cue.at, 5) ||
      /\bnot\b|\bnever\b/i.test(cue.text) ||
      isConditionalAt(reading, cue.at)
    )
      continue;
    if (/^(?:keep|keeps|kept|keeping|leave|leaves|left)/i.test(cue.text) && !TALK_OBJECT.test(reading.text))
      continue;
    if (
      /\b(?:only after|only if|only once|if|unless|once|provided|as long as)\b/i.test(
        reading.text.slice(cue.end),
      )
    )
      continue;
    const counterpart = actorMentions(reading).find(
      (mention) =>
        mention.start > cue.at &&
        isBelligerent(reading, mention.party) &&
        /^[^.;]{0,70}\bwith\s+(?:the\s+)?$/i.test(reading.text.slice(cue.at, mention.start)),
    );
    const speaker = speakerOf(reading);
    const offerer = counterpart
      ? otherBelligerent(reading, counterpart.party)
      : speaker && isBelligerent(reading, speaker.party)
        ? speaker.party
        : soleSideBefore(reading, cue.at);
    if (offerer) return [talksFinding(reading, 'TalksOffered', cue.at, { by: offerer })];
  }
  return [];
}

const SCHEDULE = trigger(
  /\b(?:due to (?:meet|hold|open|resume|start|begin|convene|take place|speak|talk)|(?:will|are to|is to|to be) (?:meet|hold|held|resume|convene|open|reconvene|take place)|would meet again|(?:will|would) be held|(?:talks|negotiations|round|meeting|summit|session)(?: between [^,.;]{1,40}?)? (?:would|will) (?:open|begin|start)|expected to take place|invited (?:\w+ ){0,6}to (?:talks|a meeting|a summit|negotiations)|send(?:ing|s)? (?:a |its |their )?(?:delegation|negotiators|envoys?|team) to|(?:is|are|was|were|been) set for|(?:is|are) due (?:in|at) [A-Z]\S*(?: \S+){0,4}? for (?:[\w-]+ ){0,4}?(?:talks|negotiations|consultations)|(?:will|would|are to|is to) (?:speak|talk|hold talks|confer|discuss)(?: again)?|agreed to meet(?: again)?|(?:is|are) planned|slated for|penc?il+ed in for|fixed for|expected in|(?:will|would) (?:travel|head|fly|go) to|would (?:resume|reconvene|convene)|(?:is|are|were|was) scheduled|scheduled to|set to (?:meet|hold|open|resume)|planned for|expected to (?:meet|hold|resume|convene)|(?:will|would|is to|are to) (?:take part|participate) in|(?:will|would) attend)\b/gi,
);
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Talks set for a day or a place; dated to the day they are set for, which may still be to come. A
 * sentence can set several meetings ("commanders will meet on Tuesday ... the committee will convene on
 * August 4"): one for each day.
 */
export function talksScheduled(reading: Reading): Finding[] {
  if (
    !TALK_OBJECT.test(reading.text) &&
    !/\b(?:round|(?:re)?convene|session|delegations?|negotiators|by (?:tele)?phone|(?:phone|telephone|video) call|(?:speak|talk) again|meet again)\b/i.test(
      reading.text,
    )
  )
    return [];
  const findings: Finding[] = [];
  for (const cue of cuesOf(SCHEDULE, reading.text)) {
    if (isNegatedAt(reading, cue.at, 4) || isConditionalAt(reading, cue.at)) continue;
    if (
      /\b(?:could|might|may)\b/i.test(
        withoutTheMonthMay(reading.text.slice(Math.max(0, cue.at - 20), cue.at)),
      )
    )
      continue;
    const when = cueNear(reading, cue.end);
    const day = when && !when.occurredOn.includes('/') ? upcoming(reading, when) : undefined;
    const location = locationOf(reading, cue.at);
    if (!day && !location) continue;
    if (findings.some(({ event }) => event.occurredOn === (day ?? event.occurredOn))) continue;
    findings.push(
      talksFinding(reading, 'TalksScheduled', cue.at, {
        ...(day ? { occurredOn: day, dated: true } : {}),
        location,
        participants: participantsOf(reading),
      }),
    );
  }
  return findings;
}

/**
 * A weekday named for talks that are "due to" happen is the coming one, even where the date resolver,
 * not seeing the future marker, took the last one; a day of the month given without a year ("on July 6")
 * is the occurrence nearest the publication day, which for talks still to come is often next year's.
 */
/** "Thursday, May 15": a day of the month beside the weekday settles which Thursday. */
function datedBeside(reading: Reading, when: When | DateCue): boolean {
  if (!('end' in when)) return false;
  const { end } = when;
  return reading.context
    .dateCues(reading.sentence)
    .some((other) => other.start >= end && /^,?\s*$/.test(reading.text.slice(end, other.start)));
}

function upcoming(reading: Reading, when: When): string {
  const { published } = reading.context;
  if (when.future || when.occurredOn === published) return when.occurredOn;
  const weekday = when.cue && WEEKDAY.exec(when.cue);
  if (weekday && !datedBeside(reading, when))
    return resolveWeekday(WEEKDAYS.indexOf(weekday[1].toLowerCase()), published, true);
  if (!when.cue || /\d{4}/.test(when.cue)) return when.occurredOn;
  const nextYear = `${Number(when.occurredOn.slice(0, 4)) + 1}${when.occurredOn.slice(4)}`;
  const daysFrom = (day: string) => Math.abs(Date.parse(day) - Date.parse(published));
  return daysFrom(nextYear) < daysFrom(when.occurredOn) ? nextYear : when.occurredOn;
}

const HELD_VERB = trigger(
  /\b(?:met|meets|held (?:a |an |their |its )?(?:[\w-]+ ){0,4}?(?:talks|meeting|call|conversation|discussions|negotiations|session|consultations|summit|round of talks)|negotiated (?:for|in|through|until)\b|conferred|received (?:a |an |the )?(?:[\w-]+ )?(?:delegation|envoy|minister|negotiators|president|prime minister)|spoke|spoken|speaking to|(?:flew|travelled|traveled) to \S+(?: \S+)? (?:for talks|to meet)|(?:is|are|was|were|arrived|landed) in [A-Z]\S*(?: \S+){0,3}? for (?:[\w-]+ )?(?:talks|negotiations|a meeting|meetings|consultations)|phoned|telephoned|discussed (?:[\w-]+ ){1,4}?with|signed at a ceremony|talked|took part|sat down|hosted|chaired|got under way|took place|opened|began|started|resumed|reopened|kicked off|lasted|ended|wrapped up|concluded|signed (?:a|the) (?:\w+ )?(?:agreement|accords?|declaration|deal))\b/gi,
);
const TALK_NOUN = trigger(
  /\b(?:talks|negotiations|meetings?|summit|(?:phone |telephone |video |hotline )?(?:call|conversation)|discussions|sessions?(?! of the)|rounds? of (?:talks|negotiations|discussions)|(?:first|second|third|fourth|previous|earlier) rounds?|(?:signing )?ceremony|signing of (?:the|a|an) (?:[\w-]+ ){0,2}(?:agreement|accords?|deal|declaration|treaty))\b/gi,
);
const ANAPHORIC =
  /\b(?:similar|previous|earlier|last|first|second|third|that|the|a|their|this)\s+(?:\w+\s+)?$/i;
const BOTH_SIDES_PRESENT =
  /\b(?:both sides|the two sides|the two governments|both governments|the two delegations|both delegations|the delegations|the two (?:countries|neighbou?rs|militaries|armies|leaders|presidents|prime ministers|(?:foreign |defen[cs]e )?ministers|army chiefs|commanders))\b/i;

/**
 * One side meeting its own people ("Putin met his security council", "Israel's security cabinet met",
 * "Hamas leaders met in Doha", "met wounded soldiers") holds no talks: nobody from the other side or a
 * mediator is at the table.
 */
const LEFT_TALKS_BEFORE =
  /\b(?:suspend\w*|withdr(?:ew|awn|awing|aws)|walked out of|pulled out of|boycott\w*|quit)\b[^.;]{0,40}$/i;
const UN_FORUM_BEFORE = /\b(?:Security Council|General Assembly)\s+(?:emergency\s+)?$/;
const OWN_SIDE_MEETING =
  /\b(?:(?:his|her|its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:council|cabinet|ministers|generals|commanders|advisers|aides|military chiefs|defence chiefs|negotiating team|party|coalition partners|lawmakers)|(?:security|war) cabinet|wounded soldiers|(?:the\s+)?troops|leaders met (?:in|at))\b/i;

/**
 * Talks that took place, with at least one belligerent at the table (or an earlier round referred back to).
 * Beside talks offered or set in the same sentence, only a past verb with a day of its own tells of a
 * meeting held ("spoke on Saturday and will speak again on Monday").
 */
export function talksHeld(reading: Reading, { datedVerbsOnly = false } = {}): Finding[] {
  const verbs = cuesOf(HELD_VERB, reading.text);
  const nouns = cuesOf(TALK_NOUN, reading.text).filter((noun) => !isAppeal(reading, noun));
  const anchor = datedVerbsOnly
    ? verbs.find((verb) => isPastTalk(reading, verb) && cueNear(reading, verb.at) !== undefined)
    : (verbs.find((verb) => isPastTalk(reading, verb)) ?? nouns.find((noun) => isDatedTalk(reading, noun)));
  if (!anchor || isConditionalAt(reading, anchor.at)) return [];
  // "European leaders, meeting among themselves": allies, not the sides.
  if (/\bamong themselves\b/i.test(reading.text)) return [];
  // "Hours after the talks ended, Russia launched ...": talks that only place something else in time.
  if (
    verbs.includes(anchor) &&
    /\b(?:after|before|since|when|until|as)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|meeting|negotiations|session|round)\s+$/i.test(
      reading.text.slice(Math.max(0, anchor.at - 40), anchor.at),
    )
  )
    return [];
  // A Security Council or General Assembly session is a debate among states, not talks between the sides.
  if (UN_FORUM_BEFORE.test(reading.text.slice(Math.max(0, anchor.at - 40), anchor.at))) return [];
  // "suspended its participation in the Jeddah talks": talks left, not held.
  if (nouns.some((noun) => LEFT_TALKS_BEFORE.test(reading.text.slice(Math.max(0, noun.at - 60), noun.at))))
    return [];
  if (
    /\b(?:den(?:y|ied|ies)|dismiss(?:ed|es)|no record of)\b/i.test(
      reading.text.slice(clauseStart(reading.text, anchor.at), anchor.at),
    )
  )
    return [];
  if (
    !nouns.length &&
    !/^(?:met|meets|spoke|spoken|speaking|phoned|telephoned|talked|sat down|signed|held|negotiated|conferred|received|flew|travel|discussed)/i.test(
      anchor.text,
    )
  )
    return [];
  const noun = nouns[0]?.at ?? anchor.at;
  if (
    /\b(?:targeted|targeting|struck|hit|attacked|bombed|emergency)\s+(?:a\s+|an\s+|the\s+)?$/i.test(
      reading.text.slice(Math.max(0, noun - 20), noun),
    )
  )
    return [];
  if (/^\S+\s+(?:could|would|might|may|will|should)\b/i.test(reading.text.slice(noun))) return [];
  if (
    /^[^.;,]{0,70}\b(?:was|were|has been|had been) (?:agreed|planned|proposed|scheduled|requested|sought)\b/i.test(
      reading.text.slice(noun),
    )
  )
    return [];
  if (NOT_A_WAR_TRUCE.test(reading.text.slice(Math.max(0, noun - 25), noun))) return [];
  if (
    /^[^.;]{0,90}\b(?:yet to|has not yet|have not yet|is still to|are still to)\b/i.test(
      reading.text.slice(noun, noun + 90),
    )
  )
    return [];
  if (/^[^.;]{0,60}\b(?:never|not|no)\b/i.test(reading.text.slice(noun, noun + 60)) && !verbs.length)
    return [];
  const participants = participantsOf(reading);
  const belligerents = participants.filter((party) => isBelligerent(reading, party));
  if (participants.length === 1 && OWN_SIDE_MEETING.test(reading.text)) return [];
  if (!belligerents.length && !BOTH_SIDES_PRESENT.test(reading.text)) {
    const noActors = actorMentions(reading).length === 0;
    const referredBack = noActors && nouns.some((n) => ANAPHORIC.test(reading.text.slice(0, n.at)));
    const toldAsHeld =
      /^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|session|negotiations|call|summit|round)\b/i.test(
        reading.text,
      ) && verbs.includes(anchor);
    const dated = cueNear(reading, anchor.at) !== undefined;
    if (!(referredBack && (dated || toldAsHeld)) && !(noActors && toldAsHeld && dated)) return [];
  }
  const location = locationOf(reading, anchor.at);
  const pastDays = reading.context
    .dateCues(reading.sentence)
    .filter((cue) => !cue.future && cue.start > anchor.at);
  if (/rounds|meetings|sessions/i.test(anchor.text) && pastDays.length > 1)
    return pastDays.map((cue) =>
      talksFinding(reading, 'TalksHeld', anchor.at, { occurredOn: cue.occurredOn, location, participants }),
    );
  if (
    /^(?:met|speaking|spoke)/i.test(anchor.text) &&
    pastDays.length > 1 &&
    segmentsEachNameAParty(reading, anchor.at, pastDays)
  )
    return pastDays.map((cue, index) =>
      talksFinding(reading, 'TalksHeld', anchor.at, {
        occurredOn: cue.occurredOn,
        location,
        participants: unique([
          ...participants.filter((party) => !isBelligerent(reading, party)),
          ...partiesBetween(reading, index ? pastDays[index - 1].end : anchor.end, cue.end).filter((party) =>
            isBelligerent(reading, party),
          ),
        ]),
      }),
    );
  return [talksFinding(reading, 'TalksHeld', anchor.at, { location, participants })];
}

/** "a call for a ceasefire", "calls on Moscow to": an appeal, not a phone call. */
const isAppeal = (reading: Reading, noun: { end: number; text: string }): boolean =>
  /call$/i.test(noun.text) &&
  /^s?\s+(?:(?:on|late on|early on) \w+\s+)?(?:for|on \S+(?: \S+)? to)\b/i.test(
    reading.text.slice(noun.end, noun.end + 30),
  );

/**
 * "officials met the Ukrainians on Sunday, the Russians on Monday and the Ukrainians again on Tuesday":
 * one meeting per dated segment, each with the side that segment names.
 */
function segmentsEachNameAParty(reading: Reading, from: number, cues: readonly { end: number }[]): boolean {
  return cues.every((cue, index) =>
    partiesBetween(reading, index ? cues[index - 1].end : from, cue.end).some((party) =>
      isBelligerent(reading, party),
    ),
  );
}

const unique = (parties: string[]): string[] => [...new Set(parties)];

function partiesBetween(reading: Reading, from: number, to: number): string[] {
  return actorMentions(reading)
    .filter((mention) => mention.start >= from && mention.end <= to)
    .map((mention) => mention.party);
}

/** "The third round, held last Wednesday in Istanbul, lasted an hour": the talks are the subject. */
const TALKS_AS_SUBJECT =
  /^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meeting|session|summit|round)\b(?:,[^.;]*,)?\s*$/i;

function isPastTalk(reading: Reading, cue: { at: number; end: number; text: string }): boolean {
  if (/\b(?:no|not|never)\b/i.test(cue.text)) return false;
  if (isHypotheticalAt(reading, cue.at, 6) || isNegatedAt(reading, cue.at, 4)) return false;
  if (cueNear(reading, cue.at)?.future) return false;
  if (/^speaking to$/i.test(cue.text))
    return actorMentions(reading).some(
      (mention) =>
        mention.start >= cue.end &&
        /^\s*(?:the\s+)?(?:[A-Z][\p{L}'’.-]*\s+){0,3}$/u.test(reading.text.slice(cue.end, mention.start)),
    );
  if (
    /^(?:opened|began|started|resumed|reopened|kicked off|lasted|ended|wrapped up|concluded|got under way|took place|hosted|chaired)$/i.test(
      cue.text,
    )
  )
    return (
      precededBy(reading, cue, TALK_NOUN, 50) ||
      followedBy(reading, cue, TALK_NOUN, 30) ||
      TALKS_AS_SUBJECT.test(reading.text.slice(0, cue.at))
    );
  return true;
}

/**
 * "Kyiv accused Moscow on Monday of using the talks to stall": the day in the talks' clause belongs to
 * the accusation or statement, not to a meeting.
 */
function datesTheSaying(reading: Reading, at: number): boolean {
  const segment = segmentTextAt(reading, at);
  const offset = reading.text.indexOf(segment);
  const days = reading.context
    .dateCues(reading.sentence)
    .filter((cue) => cue.start >= offset && cue.end <= offset + segment.length);
  return (
    days.length > 0 &&
    days.every((cue) =>
      /\b(?:said|says|accused|accuses|told|warned|claimed|charged|complained|announced|alleged)(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:on\s+)?$/.test(
        reading.text.slice(Math.max(0, cue.start - 40), cue.start),
      ),
    )
  );
}

function isDatedTalk(reading: Reading, noun: { at: number; end: number; text: string }): boolean {
  if (/\b(?:might|could|would|may)\b/i.test(withoutTheMonthMay(reading.text.slice(0, noun.at)))) return false;
  if (
    /\b(?:new|further|fresh|more|future|possible|next|any)\s+(?:\w+\s+)?$/i.test(
      reading.text.slice(Math.max(0, noun.at - 25), noun.at),
    )
  )
    return false;
  if (
    /\bto (?:host|hold|resume|start|open|attend|join|begin)\b[^.;]{0,30}$/i.test(
      reading.text.slice(Math.max(0, noun.at - 40), noun.at),
    )
  )
    return false;
  const appositive = reading.context
    .dateCues(reading.sentence)
    .find(
      (cue) => cue.start >= noun.end && /^,?\s*(?:on|in)?\s*$/.test(reading.text.slice(noun.end, cue.start)),
    );
  const apposed = /^\s*the day\b/i.test(segmentTextAt(reading, noun.at))
    ? cueNear(reading, noun.at)
    : undefined;
  const when =
    (datesTheSaying(reading, noun.at) ? undefined : cueInSegment(reading, noun.at)) ?? appositive ?? apposed;
  if (!when || when.future || isHypotheticalAt(reading, noun.at, 5) || isNegatedAt(reading, noun.at, 4))
    return false;
  if (
    /\b(?:\w+day|last week)['’]s\s+(?:\w+\s+)?$/i.test(reading.text.slice(Math.max(0, noun.at - 30), noun.at))
  )
    return true;
  return (
    /\b(?:was|were|had|came|took|began|led|saw|brought|made|went|gave|since|after|last|\w{3,}ed)\b/i.test(
      reading.text,
    ) && !/\b(?:will|due to|scheduled)\b/i.test(reading.text)
  );
}

/** "Ukraine's allies", "Israel's backers": the party owns the group that met, it did not take part. */
const BACKERS_AFTER = /^['’]s\s+(?:[\w-]+\s+)?(?:allies|partners|backers|supporters|friends|sponsors)\b/i;

/** Who took part: every party named as an actor (a capital named as the venue is the place, not a participant). */
function participantsOf(reading: Reading): string[] {
  const topic =
    /\b(?:to discuss|discuss(?:ed|es|ing)?|about|on|over|regarding|concerning|for|after|before|against)\s+(?:the\s+|a\s+|an\s+)?$/i;
  const talkedAbout = reading.text.search(
    /\b(?:to discuss|to talk about|about the|on the war|over the war|on ending|on a (?:ceasefire|truce))\b/i,
  );
  return [
    ...new Set(
      actorMentions(reading)
        .filter((mention) => talkedAbout < 0 || mention.start < talkedAbout)
        .filter((mention) => !topic.test(reading.text.slice(Math.max(0, mention.start - 16), mention.start)))
        .filter((mention) => !BACKERS_AFTER.test(reading.text.slice(mention.end, mention.end + 30)))
        .map((mention) => mention.party),
    ),
  ];
}

const NOT_A_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Its|Their|Moscow time|Kyiv time|GMT|UTC|Easter|Christmas|Ramadan|Passover|Middle East|Gulf|Europe|Africa|Asia|West)\b/;

const ADJECTIVE_OF_PLACE =
  /^\s+(?:capital|city|port|town|resort|border|side|government|foreign|presidential)\b/;

/** The venue: a capitalised name after "in" or "at", preferring one after the talks cue. */
function locationOf(reading: Reading, at: number): string | undefined {
  const places = allMatches(
    /\b(?:in|at|(?:travel|head|fly|go) to|(?:delegations?|negotiators|team|envoys?) to)\s+(?:the\s+)?([A-Z][\p{L}'’-]+(?:\s+(?:es\s+)?[A-Z][\p{L}'’-]+)*)/gu,
    reading.text,
  )
    .map((match) => ({ at: match.index, name: match[1], end: match.index + match[0].length }))
    // "in the Qatari capital", "at the Turkish side's request": an adjective, not the venue's name.
    .filter(({ end }) => !ADJECTIVE_OF_PLACE.test(reading.text.slice(end, end + 20)))
    .filter(
      ({ at }) =>
        !/\b(?:war|fighting|conflict|offensive|attacks?|strikes?|peace|invasion)\s+$/i.test(
          reading.text.slice(Math.max(0, at - 14), at),
        ),
    )
    .filter(
      ({ name }) =>
        !NOT_A_PLACE.test(name) &&
        !/(?:Palace|Hotel|Ministry|Council|House|Department|Institute)$/.test(name),
    );
  return (places.find((place) => place.at >= at) ?? places.at(-1))?.name;
}
