import type { ConflictEvent } from '@app/domain';
import type { ArticleContext, RuleSet, Sentence } from '../context';
import {
  acceptances,
  declarations,
  ends,
  extensions,
  proposals,
  rejections,
  starts,
  violations,
} from './ceasefire';
import type { Finding } from './finding';
import { isTriggered } from './predicates';
import { readSentence, type Reading } from './reading';
import { talkOffers, talksHeld, talksScheduled } from './talks';
import { NOT_A_WAR_TRUCE } from './truce-terms';

const RULES: ((reading: Reading) => Finding[])[] = [
  proposals,
  acceptances,
  rejections,
  declarations,
  starts,
  extensions,
  ends,
  violations,
  talkOffers,
  talksScheduled,
];

/**
 * Ceasefire and talks events (shared/contract/EVENTS.md section 3). Each sentence is read by every rule;
 * talks that were offered or scheduled in a sentence are read as held there only from a dated past verb.
 */
export const extractDiplomacy: RuleSet = (context) => {
  const findings: (Finding & { headline: boolean })[] = [];
  for (const sentence of context.sentences) {
    if (!isTriggered(sentence.text) || isClutter(context, sentence)) continue;
    const reading = readSentence(context, sentence);
    if (!reading || NOT_A_WAR_TRUCE.test(truceSurroundings(reading.text))) continue;
    const found = RULES.flatMap((rule) => rule(reading));
    const talksToCome = found.some(
      ({ event }) => event.type === 'TalksScheduled' || event.type === 'TalksOffered',
    );
    found.push(...talksHeld(reading, { datedVerbsOnly: talksToCome }));
    findings.push(...found.map((finding) => ({ ...finding, headline: isHeadline(sentence) })));
  }
  return withoutRepeats(withoutHeadlineRestatements(findings));
};

/**
 * Page clutter inside the body (REAL-TEXT 1): a related-article or read-more line, a caption, or a
 * headline-like line of its own in the middle of the body, which may state a different event.
 */
function isClutter(context: ArticleContext, sentence: Sentence): boolean {
  if (
    /^\s*(?:related|read more|see also|more|also read|recommended|watch|listen|caption|photo|file photo)\b\s*[:—–-]/i.test(
      sentence.text,
    )
  )
    return true;
  if (sentence.index === 0 || /[.!?"”’)]\s*$/.test(sentence.text)) return false;
  const neighbours = [context.previous(sentence), context.next(sentence)];
  return neighbours.every(
    (neighbour) => neighbour === undefined || neighbour.paragraph !== sentence.paragraph,
  );
}

/** The article's first line with no closing punctuation: a headline, which the body restates. */
const isHeadline = (sentence: Sentence): boolean =>
  sentence.index === 0 && !/[.!?"”’)]\s*$/.test(sentence.text);

/** A headline event is dropped when the body reports the same kind of development (REAL-TEXT 1). */
function withoutHeadlineRestatements(findings: (Finding & { headline: boolean })[]): Finding[] {
  return findings.filter(
    (finding) =>
      !finding.headline ||
      !findings.some(
        (other) =>
          !other.headline &&
          other.event.type === finding.event.type &&
          other.event.theatre === finding.event.theatre &&
          (other.event.by === finding.event.by || !finding.event.by),
      ),
  );
}

/** The words right around a truce word, where "trade truce" or "tariff pause" shows. */
function truceSurroundings(text: string): string {
  const truce = /\b(?:cease-?fires?|truces?|pauses?)\b/i.exec(text);
  return truce ? text.slice(Math.max(0, truce.index - 30), truce.index + truce[0].length + 30) : '';
}

const keyOf = ({ event }: Finding): string => {
  const participants =
    event.type === 'TalksHeld' && 'participants' in event
      ? [...(event.participants ?? [])].sort().join(',')
      : '';
  return [event.type, event.theatre, event.by ?? '', event.occurredOn, participants].join('|');
};

const dayDistance = (a: string, b: string): number => {
  const [a0, a1 = a0] = a.split('/').map((part) => Date.parse(part));
  const [b0, b1 = b0] = b.split('/').map((part) => Date.parse(part));
  return Math.max(0, a0 - b1, b0 - a1) / 86_400_000;
};

/** Two meetings are the same one unless each had a belligerent at the table that the other did not. */
function sameTable(a: ConflictEvent, b: ConflictEvent): boolean {
  if (a.type !== 'TalksHeld' || b.type !== 'TalksHeld') return true;
  const sides = (event: ConflictEvent): string[] =>
    ('participants' in event ? (event.participants ?? []) : []).filter((party) =>
      (event as { parties: readonly string[] }).parties.includes(party),
    );
  const [x, y] = [sides(a), sides(b)];
  return x.every((party) => y.includes(party)) || y.every((party) => x.includes(party));
}

/** Things that happen to one truce once: restated within a day, they are the same event (a meeting: the same day). */
const ONCE = new Set([
  'CeasefireDeclared',
  'CeasefireAgreed',
  'CeasefireStarted',
  'CeasefireExtended',
  'CeasefireExpired',
  'CeasefireEnded',
  'CeasefireAccepted',
  'CeasefireRejected',
  'TalksOffered',
]);

/**
 * The same development restated (the headline, then the body; one accuser repeating a charge) is one
 * event: identical findings collapse; a finding the text left undated gives way to a dated one of the
 * same kind within a day; and what happens to a truce once is kept once per day. Proposals are the
 * exception the contract makes: a repeated offer counts again.
 */
function withoutRepeats(findings: Finding[]): ConflictEvent[] {
  const sameKind = (a: Finding, b: Finding): boolean =>
    a.event.type === b.event.type &&
    a.event.theatre === b.event.theatre &&
    a.event.by === b.event.by &&
    sameTable(a.event, b.event);
  const near = (a: Finding, b: Finding): boolean => dayDistance(a.event.occurredOn, b.event.occurredOn) <= 1;
  const seen = new Set<string>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const key = keyOf(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(finding);
  }
  const undatedRepeat = (finding: Finding): boolean =>
    !finding.dated &&
    kept.some(
      (other) => other !== finding && other.dated && sameKind(finding, other) && near(finding, other),
    );
  const survivors = kept.filter((finding) => !undatedRepeat(finding));
  return survivors
    .filter(
      (finding, index) =>
        !survivors
          .slice(0, index)
          .some(
            (earlier) =>
              sameKind(finding, earlier) &&
              (ONCE.has(finding.event.type)
                ? near(finding, earlier)
                : finding.event.type === 'TalksHeld' &&
                  finding.event.occurredOn === earlier.event.occurredOn),
          ),
    )
    .map(({ event }) => event);
}
