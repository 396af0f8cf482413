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

describe('an agreement told as settled, finalised, hammered out or brokered', () => {
  it.each<[string, string[], string[]]>([
    [
      'an arrangement settled, in the passive',
      ['The truce arrangement between Armenia and Azerbaijan was settled on Monday at talks in Abu Dhabi.'],
      ['CeasefireAgreed - 2025-06-09'],
    ],
    [
      'a deal finalised by both sides',
      ['Thailand and Cambodia finalised a ceasefire agreement on Tuesday.'],
      ['CeasefireAgreed - 2025-06-10'],
    ],
    [
      'terms hammered out by negotiators',
      ['Negotiators for Kyiv and Moscow hammered out a limited truce in Riyadh on Monday.'],
      ['CeasefireAgreed - 2025-06-09'],
    ],
    [
      'a mediator brokering a truce between the sides',
      ['Qatar brokered a truce between Israel and Hamas on Sunday.'],
      ['CeasefireAgreed - 2025-06-08'],
    ],
    [
      'a joint declaration signed by both countries',
      [
        'Armenia and Azerbaijan signed a joint declaration in Washington on Friday pledging to end the conflict.',
      ],
      ['CeasefireAgreed - 2025-06-06'],
    ],
    [
      'a joint declaration on something else, with no truce in view',
      ['Armenia and Azerbaijan signed a joint declaration on Friday on reopening rail links.'],
      [],
    ],
    [
      'details still to be worked out',
      ['The details of a truce between India and Pakistan remain to be worked out.'],
      [],
    ],
    [
      'a settlement of another matter',
      ['Sudan and the RSF settled a dispute over the exchange of prisoners on Monday.'],
      [],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(summary(WEDNESDAY, ...sentences)).toEqual(expected);
  });
});

describe('an offer that still stands is the offer repeated', () => {
  it('reads "the offer still stands" after the proposal, by the side that made it', () => {
    expect(
      summary(
        WEDNESDAY,
        'On Monday, Kyiv proposed a 30-day halt to strikes on energy sites. On Tuesday its foreign minister said the offer still stood.',
      ),
    ).toEqual(['CeasefireProposed ukraine 2025-06-09', 'CeasefireProposed ukraine 2025-06-10']);
  });

  it('reads a proposal that remains on the table, with its owner named', () => {
    expect(
      summary(
        WEDNESDAY,
        'Hamas said on Tuesday that Egypt’s truce proposal remained on the table for Israel to answer.',
      ),
    ).toEqual(['CeasefireProposed hamas 2025-06-10']);
  });

  it('does not read an offer that no longer stands, or an offer of talks, as a repeated truce offer', () => {
    expect(
      summary(
        WEDNESDAY,
        'Moscow proposed an Easter truce on Monday.',
        'Russia said on Tuesday that the offer no longer stood after Ukrainian strikes.',
        'The Kremlin said its offer of talks still stands, whatever happens to the truce.',
      ),
    ).toEqual(['CeasefireProposed russia 2025-06-09']);
  });
});

describe('answers and ends told as nouns or other verbs', () => {
  it.each<[string, string[], string[]]>([
    [
      'an acceptance told as a noun with its day',
      ['Ukraine’s acceptance on Tuesday of the US proposal for a 30-day truce put the onus on Moscow.'],
      ['CeasefireAccepted ukraine 2025-06-10'],
    ],
    [
      'support for a proposal',
      ['Azerbaijan said on Tuesday it supported the proposal for a ceasefire with Armenia.'],
      ['CeasefireAccepted azerbaijan 2025-06-10'],
    ],
    [
      'support for something other than a proposal',
      ['Azerbaijan said on Tuesday it supported the monitors on the border with Armenia after the truce.'],
      [],
    ],
    [
      'a truce suspended by one side',
      ['Hamas said on Monday it was suspending its commitment to the truce with Israel.'],
      ['CeasefireEnded - 2025-06-09'],
    ],
    [
      'a suspension only threatened',
      ['Hamas said on Monday it could suspend its commitment to the truce with Israel.'],
      [],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(summary(WEDNESDAY, ...sentences)).toEqual(expected);
  });
});

describe('agreements restated in a participle, a possessive or a subordinate clause', () => {
  const war = 'Thailand and Cambodia fought along their border for five days.';
  it.each<[string, string, string[]]>([
    [
      'a participle with a day of its own',
      'The ceasefire agreed on Monday has broadly held.',
      ['CeasefireAgreed - 2025-06-09'],
    ],
    [
      'a participle in commas with a date',
      'The border truce, signed in Kuala Lumpur on May 28, has yet to take effect.',
      ['CeasefireAgreed - 2025-05-28'],
    ],
    ['a participle with no day', 'The ceasefire agreed between the two armies has broadly held.', []],
    [
      'a day’s agreement told as a possessive',
      'Monday’s agreement between the two neighbours calls for an immediate halt to fighting.',
      ['CeasefireAgreed - 2025-06-09'],
    ],
    [
      'an agreement that only places a breach in time',
      'Thailand says Cambodia has repeatedly broken the truce since it was agreed.',
      [`CeasefireViolationAlleged thailand ${WEDNESDAY}`],
    ],
    [
      'an announcement that only places a breach in time',
      'Thailand said on Saturday that Cambodia had violated the truce hours after it was announced.',
      ['CeasefireViolationAlleged thailand 2025-06-07'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, war, sentence)).toEqual(expected);
  });

  it('does not date an extension by the end it was due to reach', () => {
    expect(
      summary(WEDNESDAY, war, 'The truce, due to expire on Saturday, has been prolonged by two weeks.'),
    ).toEqual([`CeasefireExtended - ${WEDNESDAY}`]);
  });
});

describe('the window a truce sets for itself', () => {
  it('reads a start told with "will start" and an end in a later month of the same year', () => {
    const [agreed] = extractDiplomacy(
      fixtureContext(
        [
          'Russia and Ukraine fought on.',
          'Russia and Ukraine agreed on Tuesday to a 30-day energy truce that will start on Friday and run until July 11.',
        ],
        WEDNESDAY,
      ),
    ).filter(isCeasefire);
    expect(agreed).toMatchObject({
      type: 'CeasefireAgreed',
      occurredOn: '2025-06-10',
      startsOn: '2025-06-13',
      endsOn: '2025-07-11',
    });
  });

  it('reads a truce a side says will begin later as declared by that side, on the day it said so', () => {
    const [declared, ...rest] = extractDiplomacy(
      fixtureContext(
        [
          'Sudan’s army and the RSF fought on.',
          'The RSF said on Monday that a three-day humanitarian truce would begin on Thursday, June 12.',
        ],
        WEDNESDAY,
      ),
    ).filter(isCeasefire);
    expect(rest).toEqual([]);
    expect(declared).toMatchObject({
      type: 'CeasefireDeclared',
      by: 'rsf',
      occurredOn: '2025-06-09',
      startsOn: '2025-06-12',
    });
  });

  it.each([
    [
      'a start only placing another event',
      'Drones were seen over Kyiv an hour before the truce was due to begin, Ukraine said.',
    ],
    ['a start on a condition', 'Russia said the truce would begin on Friday if Ukraine stopped shelling.'],
    ['a start both sides agreed', 'Russia and Ukraine agreed that the truce would begin on Friday.'],
  ])('does not read %s as a declaration', (_name, sentence) => {
    const types = extractDiplomacy(
      fixtureContext(['Russia and Ukraine fought on.', sentence], WEDNESDAY),
    ).map((event) => event.type);
    expect(types).not.toContain('CeasefireDeclared');
  });
});

describe('a truce broken off, and breaches both sides report', () => {
  const war = 'Thailand and Cambodia fought along their border for five days.';
  it.each<[string, string, string[]]>([
    [
      'a truce shattered by a resumed offensive',
      'Thailand resumed its offensive on Tuesday, shattering the two-week truce.',
      ['CeasefireEnded - 2025-06-10'],
    ],
    [
      'a truce declared dead',
      'The ceasefire is effectively dead, Cambodia’s prime minister said on Sunday.',
      ['CeasefireEnded - 2025-06-08'],
    ],
    [
      'a truce that is not dead yet',
      'The ceasefire is not dead yet, Cambodia’s prime minister said on Sunday.',
      [],
    ],
    [
      'breaches reported by officials on both sides',
      'The ceasefire was violated several times on Saturday night, officials on both sides said.',
      ['CeasefireViolationAlleged thailand 2025-06-07', 'CeasefireViolationAlleged cambodia 2025-06-07'],
    ],
    [
      'officials on both sides with no breach',
      'The ceasefire held on Saturday, officials on both sides said.',
      [],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, war, sentence)).toEqual(expected);
  });
});

describe('a truce named far from its verb, or only as "it"', () => {
  const war = 'Armenia and Azerbaijan clashed along their border for a week.';
  it.each<[string, string[], string[]]>([
    [
      'a day and stacked adjectives between the verb and the truce',
      ['Armenia and Azerbaijan agreed on Monday to an immediate, complete and unconditional ceasefire.'],
      ['CeasefireAgreed - 2025-06-09'],
    ],
    [
      'a breach of "it", the truce named in the sentence before',
      [
        'The truce took hold on Sunday. On Tuesday, Armenia accused Azerbaijani troops of violating it with mortar fire.',
      ],
      ['CeasefireStarted - 2025-06-08', 'CeasefireViolationAlleged armenia 2025-06-10'],
    ],
    [
      'a breach of "it" where "it" is no truce',
      [
        'The border post was rebuilt on Sunday. On Tuesday, Armenia accused Azerbaijani troops of breaking it again.',
      ],
      [],
    ],
    [
      'an agreement to something other than a truce, with stacked adjectives',
      [
        'Armenia and Azerbaijan agreed on Monday to an immediate, complete and unconditional exchange of prisoners.',
      ],
      [],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(summary(WEDNESDAY, war, ...sentences)).toEqual(expected);
  });
});

describe('accusations traded in one sentence, and truces agreed in a relative clause', () => {
  const war = 'India and Pakistan fought for four days.';
  it.each<[string, string, string[]]>([
    [
      'two accusers joined by "while"',
      'India said on Monday it had counted 40 Pakistani violations of the truce, while Islamabad accused New Delhi of 25 breaches.',
      ['CeasefireViolationAlleged india 2025-06-09', 'CeasefireViolationAlleged pakistan 2025-06-09'],
    ],
    [
      'an accuser and a denial joined by "whereas"',
      'India said on Monday that Pakistan had broken the truce, whereas Islamabad insisted it had held fire.',
      ['CeasefireViolationAlleged india 2025-06-09'],
    ],
    [
      'a truce the sides "agreed to" in a month, told in a relative clause',
      'The truce that India and Pakistan agreed to in May is still holding.',
      ['CeasefireAgreed - 2025-05-01/2025-05-31'],
    ],
    [
      'a truce the sides agreed to with no period',
      'The truce that India and Pakistan agreed to is still holding.',
      [],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, war, sentence)).toEqual(expected);
  });
});

describe('the speaker behind an aside about them', () => {
  it.each<[string, string, string, string[]]>([
    [
      'an aside naming the other side',
      'Armenia and Azerbaijan agreed a truce in May.',
      'Azerbaijan’s foreign minister, who met Armenian officials in Geneva last month, said on Monday that Armenia had violated the truce.',
      ['CeasefireViolationAlleged azerbaijan 2025-06-09'],
    ],
    [
      'an aside naming a side the speaker acts for, with the speaker far before the verb',
      'Israel and Hezbollah agreed a truce in November.',
      'Lebanon’s foreign minister, who has carried messages to the mediators on Hezbollah’s behalf, said on Tuesday that Israel had breached the truce dozens of times.',
      ['CeasefireViolationAlleged - 2025-06-10'],
    ],
    [
      'an aside with "whose"',
      'India and Pakistan agreed a truce in May.',
      'Pakistan’s envoy, whose talks with India stalled, said on Tuesday that Indian troops had broken the truce.',
      ['CeasefireViolationAlleged pakistan 2025-06-10'],
    ],
  ])('%s', (_name, background, sentence, expected) => {
    expect(summary(WEDNESDAY, background, sentence).filter((line) => line.includes('Violation'))).toEqual(
      expected,
    );
  });
});

describe('a window bounded by a period', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'an end at the end of a later month',
      'Armenia and Azerbaijan agreed on Monday to a ceasefire lasting until the end of August.',
      { occurredOn: '2025-06-09', endsOn: '2025-08-31' },
    ],
    [
      'a start at the start of a later month',
      'Armenia and Azerbaijan agreed on Monday to a ceasefire starting in early July.',
      { occurredOn: '2025-06-09', startsOn: '2025-07-01' },
    ],
  ])('%s', (_name, sentence, window) => {
    const [agreed] = extractDiplomacy(
      fixtureContext(['Armenia and Azerbaijan clashed on the border.', sentence], WEDNESDAY),
    ).filter(isCeasefire);
    expect(agreed).toMatchObject({ type: 'CeasefireAgreed', ...window });
  });
});

describe('a day between the verb and what it governs', () => {
  const war = 'Russia and Ukraine fought on through the winter.';
  it.each<[string, string, string[]]>([
    [
      'an appeal with its day',
      'Turkey appealed on Monday for an immediate ceasefire in Ukraine.',
      ['CeasefireProposed - 2025-06-09'],
    ],
    [
      'a call as a noun with its day, which is no phone call',
      'Zelenskyy’s call on Monday for a truce over Christmas went unanswered.',
      ['CeasefireProposed ukraine 2025-06-09'],
    ],
    [
      'a positive response with its day',
      'Russia responded positively on Tuesday to the latest ceasefire proposal.',
      ['CeasefireAccepted russia 2025-06-10'],
    ],
    [
      'a proposal by a side, sent on a day',
      'A proposal by Kyiv for a 30-day halt to air strikes was sent to Moscow on Monday.',
      ['CeasefireProposed ukraine 2025-06-09'],
    ],
    ['an appeal for restraint', 'Turkey appealed on Monday for restraint on both sides.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, war, sentence)).toEqual(expected);
  });
});

describe('pledges to stop fighting, and the two militaries as the sides', () => {
  it.each<[string, string[], string[]]>([
    [
      'the two militaries’ commanders agreeing to stop firing',
      [
        'India and Pakistan fought for four days.',
        'The two militaries’ operations chiefs spoke on Saturday afternoon and agreed to stop all firing from 5 p.m.',
        'Within hours, India accused Pakistan of repeated violations of the understanding reached earlier in the day.',
      ],
      ['CeasefireAgreed - 2025-06-07', 'CeasefireViolationAlleged india 2025-06-07'],
    ],
    [
      'a side saying it will stop attacking, on its own',
      [
        'The US and the Houthis traded fire for weeks.',
        'The Houthis said on Tuesday they would stop attacking American warships.',
      ],
      ['CeasefireDeclared houthis 2025-06-10'],
    ],
    [
      'a side saying it will stop attacking under a deal',
      [
        'The US and the Houthis traded fire for weeks.',
        'The Houthis said on Tuesday they would halt strikes on US ships under an agreement brokered by Oman.',
      ],
      ['CeasefireAgreed - 2025-06-10'],
    ],
    [
      'a pledge whose only day is the pause’s own, dated by the article',
      [
        'Israel and Hamas fought on.',
        'Netanyahu said Israel would halt its strikes for the hostage handover on Sunday.',
      ],
      [`CeasefireDeclared israel ${WEDNESDAY}`],
    ],
    [
      'a pledge on a condition',
      [
        'The US and the Houthis traded fire for weeks.',
        'The Houthis said on Tuesday they would stop attacking US ships as long as Washington stopped bombing Yemen.',
      ],
      [],
    ],
    [
      'a threat to stop something else',
      [
        'The US and the Houthis traded fire for weeks.',
        'The Houthis said on Tuesday they would stop talking to Western envoys.',
      ],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(summary(WEDNESDAY, ...paragraphs)).toEqual(expected);
  });
});

describe('windows told with "will run from", "taking effect"', () => {
  it('reads a truce a side says will run from one day until another, the end after the start', () => {
    const [declared] = extractDiplomacy(
      fixtureContext(
        [
          'Russia and Ukraine fought on.',
          'The truce will run from midnight on Friday until 6 p.m. on Sunday, the Kremlin said on Tuesday.',
        ],
        WEDNESDAY,
      ),
    ).filter(isCeasefire);
    expect(declared).toMatchObject({
      type: 'CeasefireDeclared',
      by: 'russia',
      occurredOn: '2025-06-10',
      startsOn: '2025-06-13',
      endsOn: '2025-06-15',
    });
  });

  it('reads a start told as "taking effect"', () => {
    const [agreed] = extractDiplomacy(
      fixtureContext(
        [
          'Israel and Hezbollah fought for a year.',
          'Israel and Hezbollah agreed on Tuesday to a 60-day truce taking effect at 4 a.m. on Thursday.',
        ],
        WEDNESDAY,
      ),
    ).filter(isCeasefire);
    expect(agreed).toMatchObject({
      type: 'CeasefireAgreed',
      occurredOn: '2025-06-10',
      startsOn: '2025-06-12',
      durationHours: 1440,
    });
  });
});

describe('breaches told as defiance or failure, and "struck" that is no deal', () => {
  const truce = 'Russia and Ukraine agreed an energy truce in March.';
  it.each<[string, string, string[]]>([
    [
      'attacks in defiance of the truce',
      'Moscow on Monday blamed Kyiv for attacks on energy sites in defiance of the moratorium.',
      ['CeasefireViolationAlleged russia 2025-06-09'],
    ],
    [
      'a side not honouring the truce',
      'Kyiv said on Tuesday that Moscow was not honouring its obligations under the moratorium.',
      ['CeasefireViolationAlleged ukraine 2025-06-10'],
    ],
    [
      'a strike on a target despite the truce is no deal struck',
      'Ukrainian officials said on Monday that Russian drones had struck a substation despite the moratorium.',
      ['CeasefireViolationAlleged ukraine 2025-06-09'],
    ],
    [
      'a deal struck',
      'Russia and Ukraine struck a partial truce on Monday.',
      ['CeasefireAgreed - 2025-06-09'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(summary(WEDNESDAY, truce, sentence).filter((line) => !line.includes('2025-03-01'))).toEqual(
      expected,
    );
  });
});
