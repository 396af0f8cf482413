import { isCeasefire } from '@app/domain';
import { fixtureContext } from './article-context.fixture';
import { extractDiplomacy } from './index';

/** Sentences written for these tests; each argument is one paragraph. */
const summary = (published: string, ...paragraphs: string[]): string[] =>
  extractDiplomacy(fixtureContext(paragraphs, published))
    .filter(isCeasefire)
    .map((event) => `${event.type} ${event.by ?? '-'} ${event.occurredOn}`);

// 2025-06-11 is a Wednesday.
const WEDNESDAY = '2025-06-11';

describe('days given only by reference to the day just told', () => {
  it('reads "that evening" as the day of the sentence before', () => {
    expect(
      summary(
        WEDNESDAY,
        'Delegations of the army and the RSF met in Jeddah on Monday, June 2. In a statement that evening, both sides said they had agreed to a week-long truce.',
      ),
    ).toContain('CeasefireAgreed - 2025-06-02');
  });

  it('reads "a day later" as the next day', () => {
    expect(
      summary(
        WEDNESDAY,
        'India and Pakistan agreed to halt all firing on Saturday. A day later, India accused Pakistan of violating the truce.',
      ),
    ).toContain('CeasefireViolationAlleged india 2025-06-08');
  });

  it('reads "a day earlier" as the day before, across paragraphs', () => {
    expect(
      summary(
        WEDNESDAY,
        'Monitors recorded 40 breaches of the Gaza ceasefire on Tuesday.',
        'A day earlier, Hamas had accused Israel of violating the ceasefire.',
      ),
    ).toContain('CeasefireViolationAlleged hamas 2025-06-09');
  });

  it('reads "that was the day" as the last day named, whatever it bounded', () => {
    expect(
      summary(
        WEDNESDAY,
        'Shelling went on along the border until May 30. That was the day on which Thailand and Cambodia announced that they had agreed to a ceasefire.',
      ),
    ).toContain('CeasefireAgreed - 2025-05-30');
  });

  it('reads "the next day" before a rejection', () => {
    expect(
      summary(WEDNESDAY, 'Kyiv proposed a 30-day truce on Friday. The next day, Moscow rejected the offer.'),
    ).toContain('CeasefireRejected russia 2025-06-07');
  });

  it('falls back to the publication day when no day was told before', () => {
    expect(
      summary(
        WEDNESDAY,
        'Israel and Hamas agreed to a truce. That evening, Hamas accused Israel of breaking the truce.',
      ),
    ).toContain(`CeasefireViolationAlleged hamas ${WEDNESDAY}`);
  });

  it('does not shift a day by "the day after" an event named in the same sentence', () => {
    expect(
      summary(
        WEDNESDAY,
        'Armenia and Azerbaijan agreed a truce on Monday. Azerbaijan said on Tuesday, the day after the truce was agreed, that Armenia had violated it.',
      ),
    ).toContain('CeasefireViolationAlleged azerbaijan 2025-06-10');
  });
});

describe('a day inside a relative clause dates that clause, not the main verb', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a relative clause before a passive main verb',
      'Israel and Hezbollah fought for a year.',
      'The truce that expired on Sunday had been agreed by Israel and Hezbollah on November 26.',
      ['CeasefireAgreed - 2024-11-26', 'CeasefireExpired - 2025-06-08'],
    ],
    [
      'a relative clause in commas, whose verb has the truce as object',
      'Israel and Hezbollah fought for a year.',
      'The ceasefire, which Israel and Hezbollah agreed on November 26, expired on Sunday.',
      ['CeasefireAgreed - 2024-11-26', 'CeasefireExpired - 2025-06-08'],
    ],
    [
      'a declaration told in a relative clause, and the expiry of the main clause',
      'Russia and Ukraine fought on.',
      'The 30-hour truce that Putin declared on Saturday ran out at midnight on Sunday.',
      ['CeasefireDeclared russia 2025-06-07', 'CeasefireExpired - 2025-06-08'],
    ],
    [
      'an accusation after a "whose" clause with a day of its own',
      'India and Pakistan fought for four days.',
      'Pakistan, whose army had agreed to the truce on Saturday, accused India on Monday of violating it.',
      ['CeasefireAccepted pakistan 2025-06-07', 'CeasefireViolationAlleged pakistan 2025-06-09'],
    ],
    [
      '"said that" is no relative clause',
      'Thailand and Cambodia fought for five days.',
      'Thailand said that on Sunday Cambodian troops had violated the ceasefire.',
      ['CeasefireViolationAlleged thailand 2025-06-08'],
    ],
  ])('%s', (_name, background, sentence, expected) => {
    expect(summary(WEDNESDAY, background, sentence)).toEqual(expected);
  });
});

describe('the month May is no modal verb', () => {
  it.each<[string, string, string[]]>([
    [
      'a pledge of a day in May, told in a subordinate clause',
      'Diplomats recalled the pledge of May 20, when Israel and Hezbollah agreed to a truce.',
      ['CeasefireAgreed - 2025-05-20'],
    ],
    [
      'an acceptance dated in May',
      'Hamas accepted the truce proposal on May 5, the mediators said.',
      ['CeasefireAccepted hamas 2025-05-05'],
    ],
    ['the verb may still hedges', 'Hamas may accept the truce proposal, the mediators said on Monday.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, sentence)).toEqual(expected);
  });
});

describe('"since" marks where a period starts, not the day of what follows it', () => {
  const war = 'Israel and Hezbollah fought for a year.';
  it.each<[string, string, string[]]>([
    [
      'a renewal dated after a "since" aside',
      'The ceasefire, which has held since November, was renewed on Sunday for 60 days.',
      ['CeasefireExtended - 2025-06-08'],
    ],
    [
      'an expiry told inside a "since" clause keeps its own day',
      'Since the truce expired on Sunday, Israel has struck southern Lebanon daily.',
      ['CeasefireExpired - 2025-06-08'],
    ],
    [
      'an agreement on an extension is the extension, not an acceptance',
      'Israel and Lebanon agreed on Sunday on a three-week extension of the truce.',
      ['CeasefireExtended - 2025-06-08'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, war, sentence)).toEqual(expected);
  });
});
