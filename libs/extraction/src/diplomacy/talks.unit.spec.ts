import { isTalks, type ConflictEvent, type TalksEvent } from '@app/domain';
import { fixtureContext } from './article-context.fixture';
import { extractDiplomacy } from './index';

const read = (published: string, ...sentences: string[]): ConflictEvent[] =>
  extractDiplomacy(fixtureContext(sentences, published));

const ofType = (events: ConflictEvent[], type: TalksEvent['type']): TalksEvent[] =>
  events.filter(isTalks).filter((event) => event.type === type);

// 2025-06-11 is a Wednesday.
const WEDNESDAY = '2025-06-11';

describe('TalksOffered', () => {
  it('reads a belligerent saying it is open to talks', () => {
    const events = read(WEDNESDAY, 'Thailand said on Monday it was open to direct talks with Cambodia.');
    expect(ofType(events, 'TalksOffered')).toEqual([
      expect.objectContaining({ by: 'thailand', occurredOn: '2025-06-09', theatre: 'thailand-cambodia' }),
    ]);
  });

  it('reads readiness for negotiations, and a proposal of a meeting', () => {
    const events = read(
      WEDNESDAY,
      'Hamas said it was ready for negotiations with Israel on the next phase.',
      'On Tuesday Netanyahu proposed a meeting with mediators in Cairo.',
    );
    expect(ofType(events, 'TalksOffered').map(({ by, occurredOn }) => [by, occurredOn])).toEqual([
      ['hamas', WEDNESDAY],
      ['israel', '2025-06-10'],
    ]);
  });

  it('reads a joint pledge to keep negotiating without `by`', () => {
    const events = read(
      WEDNESDAY,
      'Congo and the M23 signed a declaration on Sunday, committing both sides to further negotiations.',
    );
    const [offer] = ofType(events, 'TalksOffered');
    expect(offer).toMatchObject({ theatre: 'drc-m23', occurredOn: '2025-06-08' });
    expect(offer.by).toBeUndefined();
  });

  it('does not read a mediator offering to host as an offer of talks', () => {
    const events = read(WEDNESDAY, 'Turkey offered to host talks between Armenia and Azerbaijan.');
    expect(ofType(events, 'TalksOffered')).toEqual([]);
  });
});

describe('TalksScheduled', () => {
  it('dates talks to the day they are set for, in the future, with place and participants', () => {
    const events = read(
      WEDNESDAY,
      'Delegations from Russia, Ukraine and the US are due to meet in Istanbul on Friday.',
    );
    expect(ofType(events, 'TalksScheduled')).toEqual([
      expect.objectContaining({
        occurredOn: '2025-06-13',
        location: 'Istanbul',
        participants: expect.arrayContaining(['russia', 'ukraine', 'us']),
      }),
    ]);
    expect(ofType(events, 'TalksHeld')).toEqual([]);
  });

  it('reads talks a mediator says would resume in a set place on a set day', () => {
    const events = read(
      WEDNESDAY,
      "Qatar's foreign ministry said indirect negotiations between Israel and Hamas would resume in Cairo on Friday.",
    );
    expect(ofType(events, 'TalksScheduled')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-13', location: 'Cairo' }),
    ]);
  });

  it('reads a delegation due to travel somewhere for talks', () => {
    const events = read(
      WEDNESDAY,
      "Netanyahu's office said an Israeli delegation would travel to Doha on Monday for talks with Hamas mediators.",
    );
    expect(ofType(events, 'TalksScheduled')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-16', location: 'Doha' }),
    ]);
  });

  it('needs a set day or place, not "later this month"', () => {
    const events = read(WEDNESDAY, 'Israel and Hamas are expected to resume negotiations later this month.');
    expect(ofType(events, 'TalksScheduled')).toEqual([]);
  });
});

describe('TalksHeld', () => {
  it('reads a call between the two belligerents', () => {
    const events = read(WEDNESDAY, 'Indian and Pakistani military commanders spoke by hotline on Monday.');
    expect(ofType(events, 'TalksHeld')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-09', participants: ['india', 'pakistan'] }),
    ]);
  });

  it('reads a call written as a noun with a mediator, and no venue from "the war in Ukraine"', () => {
    const events = read(
      WEDNESDAY,
      'Trump and Putin held a two-hour call on Monday about the war in Ukraine.',
    );
    const [call, ...rest] = ofType(events, 'TalksHeld');
    expect(rest).toEqual([]);
    expect(call).toMatchObject({ occurredOn: '2025-06-09', participants: ['us', 'russia'] });
    expect(call.location).toBeUndefined();
  });

  it('does not read a meeting that was only agreed as one that was held', () => {
    const events = read(
      WEDNESDAY,
      'A meeting between Israeli and Hamas negotiators was agreed in Cairo on Monday.',
    );
    expect(ofType(events, 'TalksHeld')).toEqual([]);
  });

  it('reads one meeting per dated stretch of a list, each with the side it names', () => {
    const events = read(
      WEDNESDAY,
      'US officials met the Ukrainian delegation on Sunday, the Russians on Monday, and the Ukrainians again on Tuesday.',
    );
    expect(
      ofType(events, 'TalksHeld').map(({ occurredOn, participants }) => [occurredOn, participants]),
    ).toEqual([
      ['2025-06-08', ['us', 'ukraine']],
      ['2025-06-09', ['us', 'russia']],
      ['2025-06-10', ['us', 'ukraine']],
    ]);
  });

  it('reads a mediator’s calls to each side on different days', () => {
    const events = read(
      WEDNESDAY,
      'Congo and Rwanda have traded blame for months.',
      "Angola's president followed up by telephone, speaking to Tshisekedi on Monday and to Rwanda's Paul Kagame on Tuesday.",
    );
    expect(
      ofType(events, 'TalksHeld').map(({ occurredOn, participants }) => [occurredOn, participants]),
    ).toEqual([
      ['2025-06-09', ['angola', 'drc']],
      ['2025-06-10', ['angola', 'rwanda']],
    ]);
  });

  it('reads an undated call, and keeps it apart from another call that day with the other side', () => {
    const events = read(
      WEDNESDAY,
      'Trump spoke to Putin for two hours on Tuesday.',
      'Trump then phoned Zelenskyy.',
    );
    expect(ofType(events, 'TalksHeld').map(({ participants }) => participants)).toEqual([
      ['us', 'russia'],
      ['us', 'ukraine'],
    ]);
  });

  it('does not read a denied call, or speaking to reporters, as talks', () => {
    const events = read(
      WEDNESDAY,
      'The Kremlin denied that Putin and Trump had spoken by telephone on Sunday.',
      'Speaking to reporters on Monday, Netanyahu said the truce with Hamas would hold.',
    );
    expect(ofType(events, 'TalksHeld')).toEqual([]);
  });

  it('reads a meeting of one belligerent with a mediator, with its venue', () => {
    const events = read(
      WEDNESDAY,
      'US envoys met Ukrainian officials in Riyadh on Sunday to discuss a truce with Russia.',
    );
    expect(ofType(events, 'TalksHeld')).toEqual([
      expect.objectContaining({
        occurredOn: '2025-06-08',
        location: 'Riyadh',
        participants: expect.arrayContaining(['us', 'ukraine']),
      }),
    ]);
  });

  it('dates an earlier round referred back to by the period the text gives', () => {
    const events = read(
      WEDNESDAY,
      'Ukraine and Russia exchanged prisoners again on Tuesday.',
      'The swap follows a similar meeting in Geneva last week.',
    );
    expect(ofType(events, 'TalksHeld')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-02/2025-06-08', location: 'Geneva' }),
    ]);
  });

  it('reads each past round of a list', () => {
    const events = read(
      '2025-07-24',
      'Russia and Ukraine have little to show for diplomacy.',
      'Their previous rounds, on May 16 and June 2, produced prisoner exchanges.',
    );
    expect(ofType(events, 'TalksHeld').map((event) => event.occurredOn)).toEqual([
      '2025-05-16',
      '2025-06-02',
    ]);
  });
});

describe('talks held and set in one report', () => {
  it('reads a call held on one day and the next one set for another', () => {
    const events = read(
      WEDNESDAY,
      'The army chiefs of Armenia and Azerbaijan spoke by telephone on Monday and will speak again on Friday.',
    );
    expect(ofType(events, 'TalksHeld')).toEqual([expect.objectContaining({ occurredOn: '2025-06-09' })]);
    expect(ofType(events, 'TalksScheduled')).toEqual([expect.objectContaining({ occurredOn: '2025-06-13' })]);
  });

  it('reads a delegation due at a venue for talks, on a day of the month still to come', () => {
    const [scheduled] = ofType(
      read(
        '2025-12-20',
        'An M23 delegation is due in Doha on January 8 for a third round of negotiations with Kinshasa.',
      ),
      'TalksScheduled',
    );
    expect(scheduled).toMatchObject({ occurredOn: '2026-01-08', location: 'Doha', theatre: 'drc-m23' });
  });

  it('does not take a people’s adjective for the venue', () => {
    const [held] = ofType(
      read(WEDNESDAY, 'Sudanese army and RSF envoys met in the Saudi capital on Monday.'),
      'TalksHeld',
    );
    expect(held).toMatchObject({ occurredOn: '2025-06-09' });
    expect(held).not.toHaveProperty('location');
  });
});

describe('more ways talks are set, offered or not held', () => {
  it.each([
    [
      'Thai and Cambodian defence ministers agreed to meet again on Friday, June 20, in Kuala Lumpur.',
      '2025-06-20',
    ],
    ['The Indian and Pakistani military operations chiefs are to speak again on Monday.', '2025-06-16'],
    ['Pashinyan and Aliyev are to discuss the border at a summit in Abu Dhabi on Thursday.', '2025-06-12'],
  ])('reads talks set in "%s"', (sentence, day) => {
    expect(ofType(read(WEDNESDAY, sentence), 'TalksScheduled')).toEqual([
      expect.objectContaining({ occurredOn: day }),
    ]);
  });

  it('keeps the weekday a day of the month pins, even once it has passed', () => {
    expect(
      ofType(
        read(
          '2025-06-13',
          'The Russian and Ukrainian delegations had been due to meet on Thursday, June 12, in Istanbul.',
        ),
        'TalksScheduled',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-06-12', location: 'Istanbul' })]);
  });

  it('reads a joint pledge to keep negotiating as talks offered by neither side', () => {
    const [offer, ...rest] = read(
      WEDNESDAY,
      'Israel and Hamas pledged to keep negotiating toward a lasting deal.',
    );
    expect(rest).toEqual([]);
    expect(offer).toMatchObject({ type: 'TalksOffered', theatre: 'israel-hamas' });
    expect(offer).not.toHaveProperty('by');
  });

  it.each([
    [
      'a side’s own council',
      'The Sudanese government has not answered. Its national security council met on Tuesday and rejected the plan drawn up with the RSF.',
    ],
    [
      'a UN debate',
      'At a Security Council session in New York on Monday, Armenia’s envoy accused Azerbaijan of massing troops.',
    ],
  ])('reads no talks held from %s', (_name, text) => {
    expect(ofType(read(WEDNESDAY, ...text.split(/(?<=\.) /)), 'TalksHeld')).toEqual([]);
  });
});

describe('calls due', () => {
  it('reads officers due to speak again on a day as talks scheduled', () => {
    expect(
      ofType(
        read(
          WEDNESDAY,
          'The Indian and Pakistani military operations chiefs are due to speak again on Friday.',
        ),
        'TalksScheduled',
      ),
    ).toEqual([expect.objectContaining({ occurredOn: '2025-06-13' })]);
  });
});

describe('rounds told in long form', () => {
  it('reads a round that "lasted an hour" with its day given in an aside', () => {
    expect(
      ofType(
        read(
          WEDNESDAY,
          'Russian and Ukrainian delegations met in Istanbul in May.',
          'The third round, held last Wednesday at the Ciragan Palace, lasted less than an hour.',
        ),
        'TalksHeld',
      ).map((event) => event.occurredOn),
    ).toEqual(['2025-05-01/2025-05-31', '2025-06-04']);
  });

  it('reads no talks held from a side suspending its part in them', () => {
    expect(
      ofType(
        read(WEDNESDAY, 'The army suspended its participation in the Jeddah talks with the RSF on Monday.'),
        'TalksHeld',
      ),
    ).toEqual([]);
  });

  it('dates what was offered "at that meeting" by the meeting', () => {
    expect(
      ofType(
        read(
          WEDNESDAY,
          'Russian and Ukrainian delegations met in Istanbul on Monday.',
          'At that meeting, Ukraine proposed talks between the two presidents.',
        ),
        'TalksOffered',
      ),
    ).toEqual([expect.objectContaining({ by: 'ukraine', occurredOn: '2025-06-09' })]);
  });
});

describe('talks by other names', () => {
  it('reads the two foreign ministers meeting, and another round to be held at a place on a day', () => {
    const events = read(
      WEDNESDAY,
      'Armenia said it was ready to resume peace talks with Azerbaijan.',
      'The two foreign ministers met in Almaty on Monday. Another round will be held in Tbilisi on June 20, a Georgian official said.',
    );
    expect(ofType(events, 'TalksHeld')).toEqual([expect.objectContaining({ occurredOn: '2025-06-09' })]);
    expect(ofType(events, 'TalksScheduled')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-20', location: 'Tbilisi' }),
    ]);
  });

  it('reads talks between the sides that "would open" at a place on a day', () => {
    expect(
      ofType(
        read(
          WEDNESDAY,
          'Angola said direct talks between Kinshasa and the M23 would open in Luanda on June 18.',
        ),
        'TalksScheduled',
      ),
    ).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-18', location: 'Luanda', theatre: 'drc-m23' }),
    ]);
  });

  it('reads no talks from allies meeting among themselves', () => {
    expect(
      ofType(
        read(
          WEDNESDAY,
          'European leaders, meeting among themselves in Brussels on Monday, urged Russia and Ukraine to talk.',
        ),
        'TalksHeld',
      ),
    ).toEqual([]);
  });
});

describe('first talks in years', () => {
  it('reads delegations that held their first direct talks, and a side ready to continue contacts', () => {
    const events = read(
      WEDNESDAY,
      'Russian and Ukrainian delegations held their first direct peace talks in three years in Istanbul on Monday.',
      'Medinsky told reporters that Moscow was satisfied and ready to continue contacts.',
    );
    expect(ofType(events, 'TalksHeld')).toEqual([
      expect.objectContaining({ occurredOn: '2025-06-09', location: 'Istanbul' }),
    ]);
    expect(ofType(events, 'TalksOffered')).toEqual([expect.objectContaining({ by: 'russia' })]);
  });
});

describe('talks that only place something in time', () => {
  it('reads no second meeting from "hours after the talks ended"', () => {
    expect(
      ofType(
        read(
          WEDNESDAY,
          'Russian and Ukrainian delegations met in Istanbul on Monday.',
          'Hours after the talks ended, Russia launched 75 drones at Ukraine.',
        ),
        'TalksHeld',
      ).map((event) => event.occurredOn),
    ).toEqual(['2025-06-09']);
  });
});
