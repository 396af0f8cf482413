import type { ConflictEvent } from '@app/domain';
import { fixtureContext } from './article-context.fixture';
import { extractDiplomacy } from './index';

const read = (published: string, ...sentences: string[]): ConflictEvent[] =>
  extractDiplomacy(fixtureContext(sentences, published));

const PUBLISHED = '2025-06-11';

describe('what is not a ceasefire or talks event', () => {
  it.each([
    [
      'a conditional statement',
      'A ceasefire between Russia and Ukraine would only hold if both armies trusted the monitors.',
    ],
    ['a hypothetical', 'Should Israel and Hamas agree to a truce, aid convoys could move within days.'],
    [
      'a call for restraint',
      'The UN urged restraint on Thailand and Cambodia after the border clashes on Monday.',
    ],
    ['vague background', 'Israel has long refused to discuss a permanent ceasefire with Hamas.'],
    [
      'a milestone announced for later',
      'The truce between Israel and Hezbollah is due to expire on Sunday, officials in Beirut said.',
    ],
    ['a planned declaration', 'Russia is expected to declare a truce in Ukraine for the holiday.'],
    ['a denial of an accusation', 'Armenia dismissed the claims by Azerbaijan as disinformation.'],
    ['talks that never happened', 'India and Pakistan have held no formal talks since the war in May.'],
  ])('ignores %s', (_name, sentence) => {
    expect(read(PUBLISHED, sentence)).toEqual([]);
  });

  it('ignores a trade truce between parties of no known war', () => {
    expect(read(PUBLISHED, 'Washington and Beijing agreed on Monday to a 90-day tariff truce.')).toEqual([]);
  });

  it('ignores a truce outside war, even in an article about a known theatre', () => {
    expect(
      read(
        PUBLISHED,
        'India and Pakistan exchanged fire across the border on Monday.',
        'In Dubai, the two cricket boards kept their uneasy truce over playing each other only in neutral venues.',
      ).filter((event) => event.type !== 'StrikeReported'),
    ).toEqual([]);
  });

  it('ignores allies meeting among themselves about the war, even when both belligerents are named as its topic', () => {
    expect(
      read(
        PUBLISHED,
        'Russia and Ukraine traded strikes overnight.',
        'British and French leaders met in London on Tuesday to discuss security guarantees for Ukraine after a ceasefire with Russia.',
        'European foreign ministers discussed Ukraine on a call on Monday.',
      ).filter((event) => event.type !== 'StrikeReported'),
    ).toEqual([]);
  });

  it('ignores deals about something other than the fighting', () => {
    expect(
      read(
        PUBLISHED,
        'The deal struck in 2022 to export Ukrainian grain through the Black Sea collapsed a year later, Russia said.',
        'Russian and Ukrainian negotiators agreed on Friday to exchange 1,000 prisoners each.',
      ),
    ).toEqual([]);
  });

  it('ignores commentary on truces in general', () => {
    expect(
      read(
        PUBLISHED,
        'The Sudanese army and the RSF have fought for two years.',
        'Pauses have been proposed by the United Nations, by Washington and by the belligerents themselves.',
        'The RSF has learned that announcing a pause costs little.',
      ),
    ).toEqual([]);
  });

  it('ignores a count of past truces', () => {
    expect(
      read(
        PUBLISHED,
        'The Sudanese army and the RSF have signed at least ten truces since the war began, none of which held.',
      ),
    ).toEqual([]);
  });

  it('ignores related-article lines and stray headlines inside the body', () => {
    expect(
      read(
        PUBLISHED,
        'Russian drones struck Kharkiv overnight, Ukrainian officials said.',
        'Related: Russia and Ukraine agree Easter truce',
        'Zelenskyy and Putin sign peace deal in Istanbul',
        'Air defences shot down most of the drones.',
      ).filter((event) => event.type !== 'StrikeReported'),
    ).toEqual([]);
  });

  it('never falls back to a default conflict when the parties are unknown', () => {
    expect(read(PUBLISHED, 'The two clubs agreed a truce on Monday after a season of insults.')).toEqual([]);
  });
});

describe('denials, reports called false, and meetings that are not talks', () => {
  const background = 'Russia and Ukraine fought on through the spring.';
  it.each([
    [
      'a denial that a truce was agreed',
      'Kyiv denied on Monday that it had agreed to a ceasefire in the Kursk region.',
    ],
    [
      'reports of an acceptance called false',
      'The Kremlin said reports that Putin had accepted a truce were false.',
    ],
    [
      'an accusation of a breach rejected by the accused',
      'Moscow rejected accusations on Monday that its troops had violated the energy truce.',
    ],
    [
      'a side’s allies meeting among themselves',
      'Ukraine’s allies discussed the truce proposal at a meeting in London on Monday.',
    ],
    [
      'talks named in an accusation dated by the accusation',
      'Kyiv accused Moscow on Monday of using the talks to stall.',
    ],
  ])('ignores %s', (_name, sentence) => {
    expect(read(PUBLISHED, background, sentence)).toEqual([]);
  });

  it('still reads an accusation made after a denial', () => {
    const events = read(
      PUBLISHED,
      background,
      'Moscow denied on Monday that it had broken the truce, and accused Kyiv of violating it on Sunday.',
    );
    expect(events.map((event) => [event.type, 'by' in event ? event.by : undefined])).toEqual([
      ['CeasefireViolationAlleged', 'russia'],
    ]);
  });

  it('still reads talks a side held with its allies’ envoy', () => {
    const events = read(
      PUBLISHED,
      background,
      'Zelenskyy met the envoys of Ukraine’s allies in Kyiv on Monday to discuss the truce.',
    );
    expect(events.map(({ type }) => type)).toEqual(['TalksHeld']);
  });
});

describe('one side meeting its own people holds no talks', () => {
  const background = 'Israel and Hamas fought on through the winter.';
  it.each([
    [
      'a leader and his security council',
      'Netanyahu met his security council on Monday to discuss the truce proposal.',
    ],
    ['a security cabinet', 'Israel’s security cabinet met on Sunday to discuss the ceasefire deal.'],
    [
      'a group’s leaders among themselves',
      'Hamas leaders met in Doha on Sunday to discuss their response to the proposal.',
    ],
    ['a leader visiting wounded soldiers', 'Netanyahu met wounded soldiers in a hospital on Monday.'],
  ])('ignores %s', (_name, sentence) => {
    expect(read(PUBLISHED, background, sentence)).toEqual([]);
  });

  it('still reads a side meeting the mediators', () => {
    const events = read(
      PUBLISHED,
      background,
      'Hamas leaders met Egyptian mediators in Cairo on Sunday to discuss the truce.',
    );
    expect(events.map(({ type }) => type)).toEqual(['TalksHeld']);
  });
});

describe('truces outside the war, and proposals only described', () => {
  it.each([
    [
      'a political truce over a budget',
      'Israel and Hamas fought on.',
      'Netanyahu and his far-right partners agreed a fragile truce on Monday over the budget.',
    ],
    [
      'a proposal’s content restated',
      'Israel and Hamas fought on.',
      'The proposal calls for a six-week ceasefire and the release of hostages.',
    ],
    [
      'a plan’s content restated',
      'Russia and Ukraine fought on.',
      'The plan also calls for a halt to strikes on ports.',
    ],
  ])('ignores %s', (_name, background, sentence) => {
    expect(read(PUBLISHED, background, sentence)).toEqual([]);
  });

  it('still reads a coalition of states agreeing a truce with an armed group', () => {
    const events = read(
      PUBLISHED,
      'The US and the Houthis traded fire for weeks.',
      'The US and the Houthis agreed a truce on Monday, Oman said.',
    );
    expect(events.map(({ type }) => type)).toEqual(['CeasefireAgreed']);
  });
});
