import { isTalks } from '@app/domain';
import { fixtureContext } from './article-context.fixture';
import { extractDiplomacy } from './index';

/** Sentences written for these tests; each argument is one paragraph. */
const summary = (published: string, ...paragraphs: string[]): string[] =>
  extractDiplomacy(fixtureContext(paragraphs, published))
    .filter(isTalks)
    .map((event) => `${event.type} ${event.by ?? '-'} ${event.occurredOn}`);

// 2025-06-11 is a Wednesday.
const WEDNESDAY = '2025-06-11';

describe('talks held, told in other words', () => {
  it.each<[string, string[], string[]]>([
    [
      'hours of talks held with a leader',
      ['An American envoy held five hours of talks with Putin in the Kremlin on Thursday.'],
      ['TalksHeld - 2025-06-05'],
    ],
    [
      'an envoy who was somewhere for talks',
      ['Israel’s envoy was in Cairo on Tuesday for talks with Egyptian mediators on the Gaza truce.'],
      ['TalksHeld - 2025-06-10'],
    ],
    [
      'negotiators who arrived for a meeting',
      ['RSF negotiators arrived in Jeddah on Monday for a meeting with Saudi and US mediators.'],
      ['TalksHeld - 2025-06-09'],
    ],
    [
      'a call for a ceasefire is an appeal, not a phone call',
      ['Zelenskyy renewed his call for a full ceasefire with Russia on Tuesday.'],
      [],
    ],
    [
      'an envoy somewhere for another purpose',
      ['Israel’s envoy was in Cairo on Tuesday for the funeral of a former minister.'],
      [],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(summary(WEDNESDAY, ...sentences)).toEqual(expected);
  });
});

describe('talks scheduled, told in other words', () => {
  it.each<[string, string[], string[]]>([
    [
      'a round planned in a place for a day',
      ['A new round of talks between Hamas and Israel is planned in Doha for Sunday.'],
      ['TalksScheduled - 2025-06-15'],
    ],
    [
      'delegations that will reconvene, in a paragraph about the war',
      [
        'Armenia and Azerbaijan met in Abu Dhabi on Monday. The two delegations will reconvene in Geneva on Thursday.',
      ],
      ['TalksHeld - 2025-06-09', 'TalksScheduled - 2025-06-12'],
    ],
    [
      'a round that may be planned, but is not set',
      ['Mediators said a new round of talks between Hamas and Israel could be planned for Sunday.'],
      [],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(summary(WEDNESDAY, ...sentences)).toEqual(expected);
  });
});

describe('a commitment to a named peace process is an offer of talks', () => {
  it.each<[string, string, string[]]>([
    [
      'a rebel group committed to a process named for its venue',
      'The M23 said on Sunday it was committed to the Doha process.',
      ['TalksOffered m23 2025-06-08'],
    ],
    [
      'a state ready to rejoin the peace process',
      'Armenia said on Monday it remained ready to continue the peace process with Azerbaijan.',
      ['TalksOffered armenia 2025-06-09'],
    ],
    ['a process denied', 'Sudan’s army said on Monday it was not committed to the Jeddah process.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, sentence)).toEqual(expected);
  });
});

describe('talks resumed, or under way with a delegation in place', () => {
  const war = 'Israel and Hamas fought on through the winter.';
  it.each<[string, string, string[]]>([
    [
      'negotiations resumed, told with no party',
      'Indirect negotiations resumed in Doha on Monday.',
      ['TalksHeld - 2025-06-09'],
    ],
    [
      'a delegation present for talks, reported on a day',
      'An Israeli delegation is in Doha for indirect talks with Hamas, officials said on Monday.',
      ['TalksHeld - 2025-06-09'],
    ],
    ['talks that may resume', 'Indirect negotiations may resume in Doha next week.', []],
    ['talks resumed with no day', 'Indirect negotiations have resumed, a diplomat said.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, war, sentence)).toEqual(expected);
  });
});

describe('several meetings set in one sentence', () => {
  const war = 'Armenia and Azerbaijan clashed on their border for a week.';
  it.each<[string, string, string[]]>([
    [
      'two meetings on two days',
      'Deputy ministers from both sides will meet in Tbilisi on Friday, and the border commissions are due to convene on June 20.',
      ['TalksScheduled - 2025-06-13', 'TalksScheduled - 2025-06-20'],
    ],
    [
      'one meeting told twice',
      'The two foreign ministers will meet in Geneva on Friday and are scheduled to hold a joint press conference there on Friday.',
      ['TalksScheduled - 2025-06-13'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, war, sentence)).toEqual(expected);
  });
});

describe('talks discussed with a counterpart, and meetings yet to happen', () => {
  const war = 'Russia and Ukraine fought on through the winter.';
  it.each<[string, string, string[]]>([
    [
      'a truce discussed with a mediator’s minister',
      'Ukraine’s foreign minister discussed the truce with his Turkish counterpart in Ankara on Monday.',
      ['TalksHeld - 2025-06-09'],
    ],
    [
      'a meeting agreed but yet to take place',
      'A meeting agreed in Istanbul last month between Russian and Ukrainian negotiators has yet to take place.',
      [],
    ],
    [
      'a round that is still to be held',
      'The third round of talks between Russia and Ukraine, first mooted in May, is still to be held.',
      [],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, war, sentence)).toEqual(expected);
  });
});
