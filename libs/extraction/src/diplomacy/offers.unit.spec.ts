import { isTalks, type ConflictEvent } from '@app/domain';
import { fixtureContext } from './article-context.fixture';
import { extractDiplomacy } from './index';

/** Sentences written for these tests; each argument is one paragraph. */
const offers = (published: string, ...paragraphs: string[]): [string, string | undefined, string][] =>
  extractDiplomacy(fixtureContext(paragraphs, published))
    .filter(isTalks)
    .filter((event: ConflictEvent) => event.type === 'TalksOffered')
    .map((event) => [event.theatre, event.by, event.occurredOn]);

// 2025-06-11 is a Wednesday.
const WEDNESDAY = '2025-06-11';

describe('TalksOffered: readiness to sit down with the other side', () => {
  it.each<[string, string, [string, string, string][]]>([
    [
      'ready to sit down with the enemy',
      'Armenia said on Monday it was ready to sit down with Azerbaijan and settle the border question.',
      [['armenia-azerbaijan', 'armenia', '2025-06-09']],
    ],
    [
      'prepared to talk to a rebel group',
      'Kinshasa is prepared to talk to the M23 directly, a government spokesman said.',
      [['drc-m23', 'drc', WEDNESDAY]],
    ],
    [
      'ready to draft a document together with the other side, after a clause with a modal',
      'Bangkok would keep its troops in place, and was ready to work together with Cambodia on a road map.',
      [['thailand-cambodia', 'thailand', WEDNESDAY]],
    ],
    [
      'readiness hedged by a condition',
      'Pakistan would be ready to sit down with India only if the shelling stopped.',
      [],
    ],
    ['readiness denied', 'India said on Tuesday it was not ready to talk to Pakistan.', []],
    [
      'an outsider ready to work with one side',
      'The UN said it was ready to work with Sudan on aid deliveries.',
      [],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(offers(WEDNESDAY, sentence)).toEqual(expected);
  });
});

describe('TalksOffered: a belligerent committing itself to attend', () => {
  it.each<[string, string[], [string, string, string][]]>([
    [
      'a promise to attend talks named in the sentence before',
      ['Talks are due to open in Jeddah next week. The RSF said on Tuesday its delegation would attend.'],
      [['sudan-rsf', 'rsf', '2025-06-10']],
    ],
    [
      'an invitation accepted',
      ['Hamas has accepted an invitation to the next round of negotiations, an official said.'],
      [['israel-hamas', 'hamas', WEDNESDAY]],
    ],
    [
      'participation confirmed, as a noun',
      ['Ukraine confirmed its participation in the new round of talks on Monday.'],
      [['russia-ukraine', 'ukraine', '2025-06-09']],
    ],
    [
      'negotiators sent to the talks with no day or place',
      ['Netanyahu’s office said Israel would send negotiators to the talks with Hamas.'],
      [['israel-hamas', 'israel', WEDNESDAY]],
    ],
    ['attendance left open', ['The army has not said whether it will attend the talks in Jeddah.'], []],
    ['attendance on a condition', ['The RSF would attend the talks only if the army withdrew first.'], []],
    [
      'a mediator sending a delegation',
      ['Qatar will send a delegation to the talks between Israel and Hamas.'],
      [],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(offers(WEDNESDAY, ...sentences)).toEqual(expected);
  });
});

describe('TalksOffered: openness told without an offer verb', () => {
  it.each<[string, string, [string, string, string][]]>([
    [
      'a question that could be discussed with the other side',
      'Moscow said the status of the nuclear plant could be discussed, including directly with Kyiv.',
      [['russia-ukraine', 'russia', WEDNESDAY]],
    ],
    [
      'only through negotiations, in reported speech',
      'Hamas will release the remaining captives only through negotiations, its spokesman said.',
      [['israel-hamas', 'hamas', WEDNESDAY]],
    ],
    [
      'the door to negotiations remains open',
      'The door to negotiations with Israel remains open, Hezbollah’s deputy leader said on Sunday.',
      [['israel-hezbollah', 'hezbollah', '2025-06-08']],
    ],
    [
      'keeping the door to dialogue open, with the counterpart named',
      'Azerbaijan’s foreign minister said Baku keeps the door to dialogue with Yerevan open.',
      [['armenia-azerbaijan', 'azerbaijan', WEDNESDAY]],
    ],
    ['a matter ruled out of discussion', 'Russia said the future of Crimea could not be discussed.', []],
    [
      'an analyst, not a side, saying a question could be discussed',
      'Analysts said the border question between Thailand and Cambodia could be discussed at a later summit.',
      [],
    ],
    [
      'a matter that could be discussed only after a condition is met',
      'The Kremlin said a summit could be discussed only after Kyiv accepted the new borders.',
      [],
    ],
    [
      'an open door on a condition',
      'If Hamas lays down its arms, the door to talks is open, an Israeli minister said.',
      [],
    ],
    [
      'only through force, not negotiations',
      'Israel said the hostages would come home only through military pressure on Hamas.',
      [],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(offers(WEDNESDAY, sentence)).toEqual(expected);
  });

  it('never dates an offer after publication, whatever future marker precedes it', () => {
    const [[, by, occurredOn]] = offers(
      WEDNESDAY,
      'The Kremlin said it would weigh the plan, floated on Monday, and that energy strikes could be discussed directly with Kyiv.',
    );
    expect(by).toBe('russia');
    expect(occurredOn <= WEDNESDAY).toBe(true);
  });
});

describe('commitments that also set the talks', () => {
  const talks = (...paragraphs: string[]): string[] =>
    extractDiplomacy(fixtureContext(['Russia and Ukraine fought on.', ...paragraphs], WEDNESDAY))
      .filter(isTalks)
      .map((event) => `${event.type} ${event.by ?? '-'} ${event.occurredOn}`);

  it('dates an offer to take part by the article, and the talks by their day', () => {
    expect(talks('Ukraine will take part in the summit in Rome on Friday, Zelenskyy said.')).toEqual([
      'TalksOffered ukraine 2025-06-11',
      'TalksScheduled - 2025-06-13',
    ]);
  });

  it('reads a delegation sent to a named place as talks set there', () => {
    expect(talks('Russia said it would send a delegation to Istanbul.')).toEqual([
      `TalksScheduled - ${WEDNESDAY}`,
    ]);
  });

  it('reads an end only through negotiations as an offer', () => {
    expect(
      talks('Zelenskyy said the war could only end through negotiations backed by security guarantees.'),
    ).toEqual([`TalksOffered ukraine ${WEDNESDAY}`]);
  });

  it('does not read an end only through victory as an offer', () => {
    expect(talks('Zelenskyy said the war could only end through a Ukrainian victory.')).toEqual([]);
  });
});
