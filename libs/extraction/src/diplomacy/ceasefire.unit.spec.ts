import { isCeasefire, type CeasefireEvent, type ConflictEvent } from '@app/domain';
import { fixtureContext } from './article-context.fixture';
import { extractDiplomacy } from './index';

/** Sentences written for these tests; publication days are chosen so weekday cues resolve plainly. */
const read = (published: string, ...sentences: string[]): ConflictEvent[] =>
  extractDiplomacy(fixtureContext(sentences, published));

const ofType = (events: ConflictEvent[], type: CeasefireEvent['type']): CeasefireEvent[] =>
  events.filter(isCeasefire).filter((event) => event.type === type);

// 2025-06-12 is a Thursday.
const THURSDAY = '2025-06-12';

describe('CeasefireProposed', () => {
  it('reads a mediator’s explicit call for a ceasefire, without `by`', () => {
    const [proposal, ...rest] = read(
      THURSDAY,
      'Turkey called on Tuesday for an immediate ceasefire between Armenia and Azerbaijan.',
    );
    expect(rest).toEqual([]);
    expect(proposal).toMatchObject({
      type: 'CeasefireProposed',
      theatre: 'armenia-azerbaijan',
      parties: ['armenia', 'azerbaijan'],
      occurredOn: '2025-06-10',
    });
    expect(proposal).not.toHaveProperty('by');
  });

  it('names the belligerent that proposes, with the truce’s length', () => {
    const events = read(
      THURSDAY,
      'Islamabad on Monday proposed a 48-hour truce along its frontier with India.',
    );
    expect(ofType(events, 'CeasefireProposed')).toEqual([
      expect.objectContaining({
        by: 'pakistan',
        occurredOn: '2025-06-09',
        durationHours: 48,
        parties: ['india', 'pakistan'],
      }),
    ]);
  });

  it('counts a repeated offer again, each on its own day', () => {
    const events = read(
      THURSDAY,
      'On Sunday, Kyiv proposed a halt to strikes on energy sites for at least 30 days, in a message to Moscow.',
      'Zelenskyy stood by the offer on Tuesday, saying Ukraine would not strike power plants if Russia did the same.',
    );
    expect(ofType(events, 'CeasefireProposed').map(({ by, occurredOn }) => [by, occurredOn])).toEqual([
      ['ukraine', '2025-06-08'],
      ['ukraine', '2025-06-10'],
    ]);
    expect(ofType(events, 'CeasefireProposed')[0]).toMatchObject({ scope: 'energy', durationHours: 720 });
  });

  it('reads a proposal restated as a noun with its own day', () => {
    const events = read(
      THURSDAY,
      "Putin said Russia would study Zelenskyy's proposal, made on Monday, to stop striking civilian infrastructure.",
    );
    expect(ofType(events, 'CeasefireProposed')).toEqual([
      expect.objectContaining({ by: 'ukraine', occurredOn: '2025-06-09', scope: 'civilian_infrastructure' }),
    ]);
  });
});

describe('CeasefireAccepted', () => {
  it('reads one belligerent accepting a proposal', () => {
    const events = read(
      THURSDAY,
      'Hamas said on Wednesday it had accepted the Egyptian proposal for a six-week truce with Israel.',
    );
    expect(ofType(events, 'CeasefireAccepted')).toEqual([
      expect.objectContaining({
        by: 'hamas',
        occurredOn: '2025-06-11',
        theatre: 'israel-hamas',
        durationHours: 1008,
      }),
    ]);
    expect(ofType(events, 'CeasefireProposed')).toEqual([]);
  });

  it('reads agreement "in principle" by one side as acceptance', () => {
    const events = read(
      THURSDAY,
      'The Thai government agreed in principle on Tuesday to a ceasefire with Cambodia.',
    );
    expect(ofType(events, 'CeasefireAccepted')).toEqual([
      expect.objectContaining({ by: 'thailand', occurredOn: '2025-06-10' }),
    ]);
    expect(ofType(events, 'CeasefireAgreed')).toEqual([]);
  });

  it('reads a party stating that it would accept, and not the mediator named as the truce’s broker', () => {
    const events = read(
      THURSDAY,
      'Cambodia said on Monday it would accept a ceasefire mediated by Malaysia.',
    );
    expect(ofType(events, 'CeasefireAccepted')).toEqual([
      expect.objectContaining({ by: 'cambodia', occurredOn: '2025-06-09', theatre: 'thailand-cambodia' }),
    ]);
  });

  it('does not read welcoming an extension as accepting a proposal', () => {
    const events = read(
      THURSDAY,
      'Kyiv welcomed an extension of the truce with Russia announced on Tuesday.',
    );
    expect(ofType(events, 'CeasefireAccepted')).toEqual([]);
    expect(ofType(events, 'CeasefireExtended')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-10' }),
    ]);
  });

  it('reads an approval of the deal named in the sentence before', () => {
    const events = read(
      THURSDAY,
      'The agreement between Israel and Hamas was announced in Doha on Wednesday. Israel’s cabinet approved it in the early hours of Thursday.',
    );
    expect(ofType(events, 'CeasefireAccepted')).toEqual([
      expect.objectContaining({ by: 'israel', occurredOn: THURSDAY }),
    ]);
  });

  it('reads a single party agreeing to stop a kind of strike', () => {
    const events = read(
      THURSDAY,
      'Putin on Tuesday agreed to stop attacking energy facilities in Ukraine for a month.',
    );
    expect(ofType(events, 'CeasefireAccepted')).toEqual([
      expect.objectContaining({ by: 'russia', occurredOn: '2025-06-10', durationHours: 720 }),
    ]);
  });
});

describe('CeasefireRejected', () => {
  it('reads a belligerent turning a truce down, and the other side’s earlier acceptance', () => {
    const events = read(
      THURSDAY,
      'Moscow on Wednesday rejected a complete 30-day ceasefire, while Kyiv had already endorsed it.',
    );
    expect(ofType(events, 'CeasefireRejected')).toEqual([
      expect.objectContaining({ by: 'russia', occurredOn: '2025-06-11' }),
    ]);
    expect(ofType(events, 'CeasefireAccepted')).toEqual([expect.objectContaining({ by: 'ukraine' })]);
  });

  it('reads "turned down" with the offer after it', () => {
    const events = read(
      THURSDAY,
      "Kyiv turned down Moscow's offer of a three-day truce on Monday, calling it a stunt.",
    );
    expect(ofType(events, 'CeasefireRejected')).toEqual([
      expect.objectContaining({ by: 'ukraine', occurredOn: '2025-06-09', durationHours: 72 }),
    ]);
  });

  it('does not read the rejection of an accusation as the rejection of a truce', () => {
    const events = read(
      THURSDAY,
      'Israel rejected the charges on Monday and said it was abiding by the ceasefire with Hezbollah.',
    );
    expect(ofType(events, 'CeasefireRejected')).toEqual([]);
  });
});

describe('CeasefireDeclared', () => {
  it('reads a unilateral truce with the party that declared it', () => {
    const events = read(
      THURSDAY,
      'Fighting between the Congolese army and the M23 has displaced thousands.',
      'The M23 rebels declared a unilateral ceasefire on Monday on humanitarian grounds.',
    );
    expect(ofType(events, 'CeasefireDeclared')).toEqual([
      expect.objectContaining({
        by: 'm23',
        occurredOn: '2025-06-09',
        theatre: 'drc-m23',
        scope: 'humanitarian',
      }),
    ]);
  });

  it('keeps the window the declaration sets apart from the day it was declared', () => {
    const events = read(
      '2025-02-04',
      'The M23 rebels announced on Monday a unilateral ceasefire on humanitarian grounds, to take effect on Tuesday, in their war with the Congolese army.',
    );
    expect(ofType(events, 'CeasefireDeclared')).toEqual([
      expect.objectContaining({ by: 'm23', occurredOn: '2025-02-03', startsOn: '2025-02-04' }),
    ]);
    expect(ofType(events, 'CeasefireStarted')).toEqual([]);
  });

  it('reads a declaration written in the passive', () => {
    const events = read(
      '2025-04-21',
      'The truce, declared by Putin on Saturday, was meant to pause the fighting in Ukraine.',
    );
    expect(ofType(events, 'CeasefireDeclared')).toEqual([
      expect.objectContaining({ by: 'russia', occurredOn: '2025-04-19' }),
    ]);
  });
});

describe('CeasefireAgreed', () => {
  it('reads both belligerents agreeing to stop', () => {
    const events = read(
      THURSDAY,
      'India and Pakistan agreed on Saturday to stop all firing along their border.',
    );
    expect(ofType(events, 'CeasefireAgreed')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-07' }),
    ]);
    expect(ofType(events, 'CeasefireAccepted')).toEqual([]);
  });

  it('reads a mediator announcing that both sides accepted', () => {
    const events = read(
      THURSDAY,
      'Qatar announced on Wednesday that Israel and Hamas had accepted the deal.',
    );
    expect(ofType(events, 'CeasefireAgreed')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-11', theatre: 'israel-hamas' }),
    ]);
    expect(events.every((event) => event.type !== 'CeasefireAgreed' || !('by' in event && event.by))).toBe(
      true,
    );
  });

  it('reads a deal reached, told as the circumstance of what follows', () => {
    const events = read(
      THURSDAY,
      'Under a deal reached on Sunday, Thailand and Cambodia will halt fighting along the border.',
    );
    expect(ofType(events, 'CeasefireAgreed')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-08' }),
    ]);
  });

  it('reads a peace agreement signed by the two governments', () => {
    const events = read(
      THURSDAY,
      'Congo and Rwanda have fought over the east for decades.',
      'The two governments signed a peace agreement in Washington on Friday.',
    );
    expect(ofType(events, 'CeasefireAgreed')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-06', theatre: 'drc-rwanda' }),
    ]);
  });
});

describe('CeasefireStarted', () => {
  it('reads a truce coming into force', () => {
    const events = read(THURSDAY, 'The truce between Thailand and Cambodia took effect on Monday.');
    expect(ofType(events, 'CeasefireStarted')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-09' }),
    ]);
  });

  it('reads a start long after the truce noun, and not the agreement it qualifies', () => {
    const events = read(
      THURSDAY,
      'A ceasefire agreed between Israel and Iran under American pressure came into force on Tuesday morning.',
    );
    expect(ofType(events, 'CeasefireStarted')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-10', theatre: 'israel-iran' }),
    ]);
    expect(ofType(events, 'CeasefireAgreed')).toEqual([]);
  });
});

describe('CeasefireViolationAlleged', () => {
  it('reads the accuser, not the accused', () => {
    const events = read(THURSDAY, 'Azerbaijan accused Armenian forces on Sunday of breaching the ceasefire.');
    expect(ofType(events, 'CeasefireViolationAlleged')).toEqual([
      expect.objectContaining({ by: 'azerbaijan', occurredOn: '2025-06-08' }),
    ]);
  });

  it('reads "it also accused X" as an accusation against X, by the side named before', () => {
    const events = read(
      THURSDAY,
      'Russia said on Wednesday that its troops had repelled an assault.',
      'It also accused Kyiv of breaking the U.S.-brokered moratorium on energy strikes.',
    );
    expect(ofType(events, 'CeasefireViolationAlleged')).toEqual([
      expect.objectContaining({ by: 'russia', scope: 'energy' }),
    ]);
  });

  it('reads "accused each other" as one accusation per side', () => {
    const events = read(
      THURSDAY,
      'Israel and Hezbollah accused each other on Friday of violating the truce.',
    );
    expect(ofType(events, 'CeasefireViolationAlleged').map((event) => event.by)).toEqual([
      'israel',
      'hezbollah',
    ]);
  });

  it('keeps one accusation per accuser and day however often it is repeated', () => {
    const events = read(
      THURSDAY,
      'Kyiv said on Wednesday that Russian troops had violated the truce hundreds of times.',
      'Zelenskyy said Russia had broken the ceasefire again, citing shelling near Kherson.',
    );
    expect(ofType(events, 'CeasefireViolationAlleged')).toEqual([
      expect.objectContaining({ by: 'ukraine', occurredOn: '2025-06-11' }),
    ]);
  });

  it('reads a monitor’s tally of breaches without `by`', () => {
    const events = read(
      THURSDAY,
      'UN monitors recorded 40 breaches of the truce between Armenia and Azerbaijan last week.',
    );
    const [tally, ...rest] = ofType(events, 'CeasefireViolationAlleged');
    expect(rest).toEqual([]);
    expect(tally).toMatchObject({ occurredOn: '2025-06-02/2025-06-08', theatre: 'armenia-azerbaijan' });
    expect(tally.by).toBeUndefined();
  });

  it('dates a sentence that continues the one before by that sentence’s day', () => {
    const events = read(
      THURSDAY,
      'Russia said on Monday that its troops had repelled an assault near Kursk. It also accused Ukraine of breaking the energy truce.',
    );
    expect(ofType(events, 'CeasefireViolationAlleged')).toEqual([
      expect.objectContaining({ by: 'russia', occurredOn: '2025-06-09' }),
    ]);
  });

  it('reads a clause of each side in one sentence', () => {
    const events = read(
      THURSDAY,
      'On Tuesday the Congolese army said M23 fighters had broken the ceasefire; the M23 replied that Congolese troops had violated it first.',
    );
    expect(ofType(events, 'CeasefireViolationAlleged').map((event) => event.by)).toEqual(['drc', 'm23']);
  });
});

describe('CeasefireExtended', () => {
  it('reads "agreed to extend" as an extension, not a new agreement', () => {
    const events = read(
      THURSDAY,
      'Israel and Hezbollah agreed on Tuesday to extend the truce by another 60 days.',
    );
    expect(ofType(events, 'CeasefireExtended')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-10' }),
    ]);
    expect(ofType(events, 'CeasefireAgreed')).toEqual([]);
  });

  it('gives an extension its new end', () => {
    const events = read(
      '2025-05-16',
      'Pakistan said on Thursday that the ceasefire with India had been extended until May 18.',
    );
    expect(ofType(events, 'CeasefireExtended')).toEqual([
      expect.objectContaining({ occurredOn: '2025-05-15', endsOn: '2025-05-18' }),
    ]);
  });

  it('dates a noun-form extension to its announcement, not to its new end', () => {
    const events = read(
      THURSDAY,
      'An extension of the ceasefire between India and Pakistan until June 30 was announced on Sunday.',
    );
    expect(ofType(events, 'CeasefireExtended')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-08' }),
    ]);
  });
});

describe('CeasefireExpired and CeasefireEnded', () => {
  it('dates an expiry to the planned end', () => {
    const events = read(
      '2025-04-22',
      'The 30-hour truce between Russia and Ukraine expired at midnight on Sunday.',
    );
    expect(ofType(events, 'CeasefireExpired')).toEqual([
      expect.objectContaining({ occurredOn: '2025-04-20', durationHours: 30 }),
    ]);
  });

  it('dates the expiry of a truce named for a holiday to the holiday when nothing else dates it', () => {
    const events = read(
      '2025-04-22',
      'After the expiry of the Easter truce, Russia resumed its drone attacks on Ukraine.',
    );
    expect(ofType(events, 'CeasefireExpired')).toEqual([
      expect.objectContaining({ occurredOn: '2025-04-20' }),
    ]);
  });

  it('reads a truce called off early as CeasefireEnded', () => {
    const events = read(THURSDAY, 'Israel called off the truce with Hamas on Monday.');
    expect(ofType(events, 'CeasefireEnded')).toEqual([expect.objectContaining({ occurredOn: '2025-06-09' })]);
  });

  it('reads a side pulling out of a truce as CeasefireEnded', () => {
    const events = read(THURSDAY, 'The M23 said on Sunday it was withdrawing from the truce with Kinshasa.');
    expect(ofType(events, 'CeasefireEnded')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-08', theatre: 'drc-m23' }),
    ]);
  });

  it('reads a collapse before the end as CeasefireEnded', () => {
    const events = read(
      THURSDAY,
      'The truce between the Sudanese army and the RSF collapsed on Friday after only two days.',
    );
    expect(ofType(events, 'CeasefireEnded')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-06', theatre: 'sudan-rsf' }),
    ]);
    expect(ofType(events, 'CeasefireExpired')).toEqual([]);
  });
});

describe('what a predicate of its own takes', () => {
  it('reads scope and length from the part of a contrast that holds each predicate', () => {
    const events = read(
      THURSDAY,
      'Russia agreed on Tuesday to halt strikes on energy facilities for 30 days but rejected a full ceasefire.',
    );
    expect(ofType(events, 'CeasefireAccepted')).toEqual([
      expect.objectContaining({
        by: 'russia',
        scope: 'energy',
        durationHours: 720,
        occurredOn: '2025-06-10',
      }),
    ]);
    const [rejection] = ofType(events, 'CeasefireRejected');
    expect(rejection).toMatchObject({ by: 'russia', scope: 'full' });
    expect(rejection).not.toHaveProperty('durationHours');
  });

  it('reads a rejection told in an aside on the truce, hedged only by the aside’s own words', () => {
    const events = read(
      THURSDAY,
      'Armenia put forward a 30-day ceasefire ahead of the summit, which Azerbaijan rejected on Wednesday.',
    );
    expect(ofType(events, 'CeasefireRejected')).toEqual([
      expect.objectContaining({ by: 'azerbaijan', occurredOn: '2025-06-11' }),
    ]);
  });

  it('takes a stated commitment to support a truce as acceptance', () => {
    expect(
      ofType(
        read(THURSDAY, 'Zelenskyy said Ukraine would support the energy moratorium.'),
        'CeasefireAccepted',
      ),
    ).toEqual([expect.objectContaining({ by: 'ukraine', scope: 'energy' })]);
  });

  it('reads no agreement from an undated aside on who brokered an accord', () => {
    expect(
      read(
        THURSDAY,
        'Qatar and Egypt, which brokered the deal, urged Israel and Hamas to keep their fighters in check.',
      ).filter((event) => event.type === 'CeasefireAgreed'),
    ).toEqual([]);
  });

  it('does not take the age of a truce for its length', () => {
    const [accusation] = read(
      THURSDAY,
      'Israel accused Hamas on Wednesday of violating the three-week-old truce in Gaza.',
    );
    expect(accusation).toMatchObject({
      type: 'CeasefireViolationAlleged',
      by: 'israel',
      occurredOn: '2025-06-11',
    });
    expect(accusation).not.toHaveProperty('durationHours');
  });
});

describe('who answered, told across clauses and sentences', () => {
  it('reads no declaration by a side when a mediator announced the truce', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Israel accused Iran on Wednesday of violating the ceasefire that Donald Trump had announced.',
        ),
        'CeasefireDeclared',
      ),
    ).toEqual([]);
  });

  it('reads no declaration from an answer that was announced', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          "Ukraine's acceptance of an American plan for a 30-day ceasefire, announced on Tuesday, put the onus on Moscow.",
        ),
        'CeasefireDeclared',
      ),
    ).toEqual([]);
  });

  it('reads an agreement whose truce comes after an aside', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Putin agreed during a two-hour call with Trump on Tuesday to a 30-day halt on attacks against Ukrainian energy sites.',
        ),
        'CeasefireAccepted',
      ),
    ).toEqual([expect.objectContaining({ by: 'russia', occurredOn: '2025-06-10', scope: 'energy' })]);
  });

  it('does not take "it said" for the truce agreed to', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'India and Pakistan discussed on Monday how to keep the ceasefire in place. Both sides also committed to reducing troop numbers along the border, it said.',
        ),
        'CeasefireAgreed',
      ),
    ).toEqual([]);
  });

  it('reads a demand for the truce just named as what was turned down', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Britain and France called on Saturday for a 30-day ceasefire in Ukraine. Moscow turned the demand down on Sunday.',
        ),
        'CeasefireRejected',
      ),
    ).toEqual([expect.objectContaining({ by: 'russia', occurredOn: '2025-06-08' })]);
  });

  it('reads the side a pronoun stands for', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'In Sudan, the government has not answered the RSF. Its security council met on Tuesday and rejected the plan for a humanitarian truce.',
        ),
        'CeasefireRejected',
      ),
    ).toEqual([expect.objectContaining({ by: 'sudan', occurredOn: '2025-06-10' })]);
  });
});

describe('an extension announced', () => {
  it('reads a mediator saying the truce would be extended as the extension', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Qatar said on Monday that the truce between Israel and Hamas would be extended by two days.',
        ),
        'CeasefireExtended',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-06-09', theatre: 'israel-hamas' })]);
  });

  it('reads no extension from one that waits on a condition', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Qatar said on Monday that the truce between Israel and Hamas would be extended if more hostages were freed.',
        ),
        'CeasefireExtended',
      ),
    ).toEqual([]);
  });
});

describe('told the way other desks tell it', () => {
  it('gives each of two coordinated verbs its own day', () => {
    const events = read(
      THURSDAY,
      'The truce between Sudan’s army and the RSF was signed in Jeddah on May 23 and came into force on May 25.',
    );
    expect(ofType(events, 'CeasefireAgreed')).toEqual([
      expect.objectContaining({ occurredOn: '2025-05-23' }),
    ]);
    expect(ofType(events, 'CeasefireStarted')).toEqual([
      expect.objectContaining({ occurredOn: '2025-05-25' }),
    ]);
  });

  it('reads accusations about an understanding named just before', () => {
    const events = read(
      THURSDAY,
      'The understanding between India and Pakistan came into effect on Saturday evening.',
      'Within hours India accused Pakistan of violating it. On Sunday Pakistan blamed Indian forces for breaches in two sectors.',
    );
    expect(ofType(events, 'CeasefireViolationAlleged').map((event) => [event.by, event.occurredOn])).toEqual([
      ['india', '2025-06-07'],
      ['pakistan', '2025-06-08'],
    ]);
  });

  it('reads an attack "during the pause" as a breach of it', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'On Monday Ukraine accused Russia of hitting a substation in Kherson during the energy pause.',
        ),
        'CeasefireViolationAlleged',
      ),
    ).toEqual([expect.objectContaining({ by: 'ukraine', occurredOn: '2025-06-09' })]);
  });

  it('reads a mediator calling on both sides to return to the truce as a proposal without a side', () => {
    const [proposal] = ofType(
      read(THURSDAY, 'Egypt on Wednesday called on Israel and Hamas to return to the ceasefire immediately.'),
      'CeasefireProposed',
    );
    expect(proposal).toMatchObject({ occurredOn: '2025-06-11', theatre: 'israel-hamas' });
    expect(proposal).not.toHaveProperty('by');
  });

  it('dates what was said "at the meeting" and "on the spot" by the meeting', () => {
    const events = read(
      THURSDAY,
      'Russian and Ukrainian delegations met in Istanbul on Monday.',
      'Kyiv proposed a 30-day ceasefire at the meeting. The head of Moscow’s delegation rejected it on the spot.',
    );
    expect(ofType(events, 'CeasefireProposed')).toEqual([
      expect.objectContaining({ by: 'ukraine', occurredOn: '2025-06-09' }),
    ]);
    expect(ofType(events, 'CeasefireRejected')).toEqual([
      expect.objectContaining({ by: 'russia', occurredOn: '2025-06-09' }),
    ]);
  });

  it('reads both leaders who met and agreed as an agreement', () => {
    expect(
      read(
        THURSDAY,
        'The prime ministers of Thailand and Cambodia met in Putrajaya on Monday at the invitation of Malaysia and agreed to an immediate ceasefire.',
      ).map((event) => event.type),
    ).toEqual(expect.arrayContaining(['CeasefireAgreed', 'TalksHeld']));
  });

  it('sees the truce that an aside interrupts as the subject of its end', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The 30-day moratorium on strikes against Ukrainian energy sites, which Moscow says took effect in May, ran out on Wednesday as planned.',
        ),
        'CeasefireExpired',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-06-11', theatre: 'russia-ukraine' })]);
  });

  it('gives a truce "declared by" someone no day of the verb that follows', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'A 36-hour truce in Ukraine declared by Vladimir Putin expired at midnight on Wednesday.',
        ),
        'CeasefireDeclared',
      ),
    ).toEqual([]);
  });
});

describe('long-form restatements', () => {
  it('reads the end of an extension as the truce expiring', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The week-long truce between Sudan’s army and the RSF was extended by five days. That extension expired on Monday night, at its scheduled end.',
        ),
        'CeasefireExpired',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-06-09' })]);
  });

  it('reads a mediator calling on both sides to cease fire as a proposal without a side', () => {
    const [proposal] = ofType(
      read(THURSDAY, 'Malaysia’s prime minister called on Thailand and Cambodia to cease fire immediately.'),
      'CeasefireProposed',
    );
    expect(proposal).toMatchObject({ theatre: 'thailand-cambodia', occurredOn: '2025-06-12' });
    expect(proposal).not.toHaveProperty('by');
  });

  it('reads a truce "agreed in July" as the agreement, and the charge of trampling on it as today’s', () => {
    const events = read(
      THURSDAY,
      'Cambodia’s defence ministry said Thai forces had trampled on the ceasefire agreed in May and shelled border villages.',
    );
    expect(ofType(events, 'CeasefireAgreed')).toEqual([
      expect.objectContaining({ occurredOn: '2025-05-01/2025-05-31', theatre: 'thailand-cambodia' }),
    ]);
    expect(ofType(events, 'CeasefireViolationAlleged')).toEqual([
      expect.objectContaining({ by: 'cambodia', occurredOn: '2025-06-12' }),
    ]);
  });

  it('reads a truce said to be over as ended', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Thailand’s prime minister said on Tuesday that the ceasefire with Cambodia was over.',
        ),
        'CeasefireEnded',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-06-10' })]);
  });
});

describe('more answers and ends', () => {
  it('reads an answer told as a noun, following an offer just named', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Washington on Tuesday proposed a 30-day moratorium on attacks against power plants in Russia and Ukraine.',
          'The Kremlin agreed to the idea in principle on Wednesday.',
          'Kyiv’s acceptance followed within hours.',
        ),
        'CeasefireAccepted',
      ).map((event) => [event.by, event.occurredOn]),
    ).toEqual([
      ['russia', '2025-06-11'],
      ['ukraine', '2025-06-11'],
    ]);
  });

  it('reads the army-led Sovereignty Council as Sudan', () => {
    expect(
      ofType(
        read(THURSDAY, 'Sudan’s Sovereignty Council rejected the truce plan on Tuesday.'),
        'CeasefireRejected',
      ),
    ).toEqual([expect.objectContaining({ by: 'sudan', occurredOn: '2025-06-10' })]);
  });

  it('reads an extension past an aside that is due to end, dated by its own day', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The truce between Israel and Hezbollah, which had been due to run out on Sunday, was extended on Sunday until July 31.',
        ),
        'CeasefireExtended',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-06-08' })]);
  });

  it('reads no start from a tally "since it began"', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The truce between Israel and Hezbollah was extended on Sunday.',
          'Hezbollah accused Israel on Monday of breaching it more than 100 times since it began.',
        ),
        'CeasefireStarted',
      ),
    ).toEqual([]);
  });

  it('gives a truce "declared by the M23" no day of its expiry', () => {
    expect(
      ofType(
        read(THURSDAY, 'A two-week humanitarian truce declared by the M23 expired on Wednesday.'),
        'CeasefireDeclared',
      ),
    ).toEqual([]);
  });
});

describe('clauses that carry their own days', () => {
  it('reads a halt to named kinds of strikes as the truce proposed', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'On Sunday Kyiv proposed a 30-day halt to long-range drone and missile strikes on civilian infrastructure.',
        ),
        'CeasefireProposed',
      ),
    ).toEqual([expect.objectContaining({ by: 'ukraine', occurredOn: '2025-06-08', durationHours: 720 })]);
  });

  it('reads an accord signed in a long relative clause, and its start', () => {
    const events = read(
      THURSDAY,
      'The humanitarian ceasefire that Sudan’s army and the Rapid Support Forces signed on May 20 under Saudi and US mediation took effect on May 22.',
    );
    expect(ofType(events, 'CeasefireAgreed')).toEqual([
      expect.objectContaining({ occurredOn: '2025-05-20' }),
    ]);
    expect(ofType(events, 'CeasefireStarted')).toEqual([
      expect.objectContaining({ occurredOn: '2025-05-22' }),
    ]);
  });

  it('does not date an end by the relative clause on the truce that follows it', () => {
    const events = read(
      THURSDAY,
      'Israel launched waves of airstrikes across Gaza overnight, ending the ceasefire with Hamas that came into force on January 19.',
    );
    expect(ofType(events, 'CeasefireEnded')).toEqual([expect.objectContaining({ occurredOn: '2025-06-12' })]);
    expect(ofType(events, 'CeasefireStarted')).toEqual([
      expect.objectContaining({ occurredOn: '2025-01-19' }),
    ]);
  });
});

describe('sides that stop targeting each other', () => {
  it('reads a mediator announcing both sides agreed to stop targeting each other as an agreement', () => {
    const events = read(
      THURSDAY,
      'Oman announced on Tuesday that the United States and the Houthis had agreed to stop targeting each other.',
    );
    expect(events.map((event) => event.type)).toEqual(['CeasefireAgreed']);
    expect(events[0]).toMatchObject({ theatre: 'us-houthis', occurredOn: '2025-06-10' });
  });
});

describe('bodies a side runs', () => {
  it('reads a side’s own government welcoming another power’s plan as its acceptance', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The RSF-led government said on Monday that it welcomed the Quad’s plan for a humanitarian truce.',
        ),
        'CeasefireAccepted',
      ),
    ).toEqual([expect.objectContaining({ by: 'rsf', occurredOn: '2025-06-09', scope: 'humanitarian' })]);
  });
});

describe('an accuser named by office', () => {
  it('does not take the accused for the speaker of what follows', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'India and Pakistan agreed on Saturday to a full ceasefire.',
          'Late on Saturday, Misri accused Pakistan of violating the understanding, saying explosions had been heard in Srinagar.',
        ),
        'CeasefireViolationAlleged',
      ),
    ).toEqual([expect.objectContaining({ by: 'india', occurredOn: '2025-06-07' })]);
  });
});

describe('a truce kept past its end, and "it was agreed"', () => {
  it('reads a truce that will remain in effect past its deadline as extended', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The ceasefire between Israel and Hezbollah will remain in effect until July 18, the White House said on Sunday, after Israel kept troops in the south beyond the 60-day deadline.',
        ),
        'CeasefireExtended',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-06-08' })]);
  });

  it('reads no extension from a truce that simply runs until its end', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The truce between Israel and Hamas will remain in force until Friday, the mediators said.',
        ),
        'CeasefireExtended',
      ),
    ).toEqual([]);
  });

  it('reads "it was agreed" after a sentence naming the truce', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The moratorium between Russia and Ukraine covers power plants and substations. It was agreed through US mediation last month.',
        ),
        'CeasefireAgreed',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-05-01/2025-05-31' })]);
  });
});

describe('charges under a truce just begun', () => {
  it('reads an accusation of firing right after a truce took effect as a violation alleged', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'A ceasefire between Thailand and Cambodia came into force at midnight on Tuesday.',
          'On Tuesday morning, the Thai army was accusing Cambodian troops of firing on Thai positions.',
        ),
        'CeasefireViolationAlleged',
      ),
    ).toEqual([expect.objectContaining({ by: 'thailand', occurredOn: '2025-06-10' })]);
  });

  it('reads a charge that a side overturned the truce as a violation alleged', () => {
    expect(
      ofType(
        read(THURSDAY, 'Hamas said on Tuesday that Israel had overturned the ceasefire agreement.'),
        'CeasefireViolationAlleged',
      ),
    ).toEqual([expect.objectContaining({ by: 'hamas', occurredOn: '2025-06-10' })]);
  });

  it('reads the text initialled earlier as an agreement of its own day', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Wednesday. Technical teams had initialled the text on June 2.',
        ),
        'CeasefireAgreed',
      ).map((event) => event.occurredOn),
    ).toEqual(['2025-06-11', '2025-06-02']);
  });

  it('reads a side turning down a version of the deal as a rejection', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Netanyahu’s government turned down an earlier version of the deal with Hamas last month.',
        ),
        'CeasefireRejected',
      ),
    ).toEqual([expect.objectContaining({ by: 'israel', occurredOn: '2025-05-01/2025-05-31' })]);
  });
});

describe('participles with agents, and background truces', () => {
  it('reads a truce "agreed by" commanders on one day that collapsed on another', () => {
    const events = read(
      THURSDAY,
      'A local truce agreed by Thai and Cambodian commanders on Monday collapsed on Wednesday when rockets hit Surin.',
    );
    expect(ofType(events, 'CeasefireAgreed')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-09' }),
    ]);
    expect(ofType(events, 'CeasefireEnded')).toEqual([expect.objectContaining({ occurredOn: '2025-06-11' })]);
  });

  it('reads no accusation from past truces marred by mutual charges', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'Putin ordered a 36-hour ceasefire in Ukraine on Tuesday.',
          'Previous short truces declared by Moscow have been marred by mutual accusations of shelling.',
        ),
        'CeasefireViolationAlleged',
      ),
    ).toEqual([]);
  });

  it('gives the accusation "even as" a side speaks to the side that accuses', () => {
    expect(
      ofType(
        read(
          THURSDAY,
          'The RSF said on Wednesday it had extended its humanitarian truce by 72 hours, even as the army accused it of shelling El Fasher.',
        ),
        'CeasefireViolationAlleged',
      ),
    ).toEqual([expect.objectContaining({ by: 'sudan' })]);
  });
});
