import {
  buildGazetteer,
  DEFAULT_GAZETTEER_DOCUMENT,
  defaultGazetteer,
  type Gazetteer,
  type StrikeReported,
} from '@app/domain';
import { buildArticleContext } from '../article-context';
import { extractStrikes } from '.';

// 2025-04-22 is a Tuesday.
const strikes = (paragraphs: string[], published = '2025-04-22', gazetteer: Gazetteer = defaultGazetteer()) =>
  extractStrikes(
    buildArticleContext({ published, body: paragraphs.join('\n\n') }, gazetteer),
  ) as StrikeReported[];
const summary = (events: StrikeReported[]) =>
  events.map(({ attacker, target, weapon, launched, intercepted, jammed, occurredOn }) => ({
    attacker,
    target,
    weapon,
    launched,
    intercepted,
    ...(jammed !== undefined ? { jammed } : {}),
    occurredOn,
  }));
const one = (paragraphs: string[], published?: string) => {
  const events = summary(strikes(paragraphs, published));
  expect(events).toHaveLength(1);
  return events[0];
};

describe('counts', () => {
  it('reads digits, words and thousands separators', () => {
    expect(one(['Russia launched 1,204 drones at Ukraine overnight.']).launched).toBe(1204);
    expect(one(['Russia fired thirty-two missiles at Ukraine overnight.']).launched).toBe(32);
  });

  it('reads "N out of M" and "N of the M" as intercepted of launched', () => {
    expect(
      one(['Ukrainian air defences shot down 40 out of 44 drones launched by Russia overnight.']),
    ).toMatchObject({
      launched: 44,
      intercepted: 40,
    });
    expect(
      one(['Air defences destroyed 12 of the 19 missiles Russia fired at Kyiv overnight.']),
    ).toMatchObject({
      launched: 19,
      intercepted: 12,
    });
  });

  it('reads "all N", "both" and "a single"', () => {
    expect(one(['All 9 drones Russia sent towards Odesa overnight were shot down.'])).toMatchObject({
      launched: 9,
      intercepted: 9,
    });
    expect(
      one(['Russia fired two missiles at Lviv overnight; both missiles were intercepted.']),
    ).toMatchObject({
      launched: 2,
      intercepted: 2,
    });
    expect(one(['Russia fired a single ballistic missile at Sumy overnight.']).launched).toBe(1);
  });

  it('reads approximate and open figures as null', () => {
    for (const figure of [
      'about 60',
      'more than 60',
      'at least 60',
      'up to 60',
      'dozens of',
      'several',
      '60 to 70',
    ]) {
      expect(one([`Russia launched ${figure} drones at Ukraine overnight.`]).launched).toBeNull();
    }
  });
});

describe('weapons', () => {
  it('knows the drone words', () => {
    for (const word of [
      'Shahed drones',
      'UAVs',
      'unmanned aerial vehicles',
      'Geran-2 drones',
      'attack and decoy drones',
    ]) {
      expect(one([`Russia launched 17 ${word} at Ukraine overnight.`])).toMatchObject({
        weapon: 'drone',
        launched: 17,
      });
    }
  });

  it('sums the missile models of one attack into one missile event', () => {
    const event = one([
      'Russia fired three Iskander-M ballistic missiles and four Kh-101 cruise missiles at Ukraine overnight.',
    ]);
    expect(event).toMatchObject({ weapon: 'missile', launched: 7 });
  });

  it('keeps a class total over the models listed beside it', () => {
    const event = one([
      'Russia fired 9 missiles at Ukraine overnight, including five Kalibrs and four Kinzhals.',
    ]);
    expect(event).toMatchObject({ weapon: 'missile', launched: 9 });
  });

  it('classes rockets, glide bombs, artillery and airstrikes', () => {
    const weapons = (text: string) => summary(strikes([text])).map((event) => event.weapon);
    expect(weapons('Hezbollah fired 12 rockets at northern Israel on Sunday.')).toEqual(['rocket']);
    expect(weapons('Russian forces dropped four guided aerial bombs on Kharkiv on Sunday.')).toEqual([
      'glide_bomb',
    ]);
    expect(weapons('Israeli jets carried out three airstrikes in Gaza on Sunday.')).toEqual(['airstrike']);
  });

  it('reads one figure for two classes as unspecified', () => {
    expect(one(['Russia launched 80 drones and missiles at Ukraine overnight.'])).toMatchObject({
      weapon: 'unspecified',
      launched: 80,
    });
  });

  it('adds no unspecified event beside the breakdown of the same attack', () => {
    const events = summary(
      strikes([
        'Russia launched 80 drones and missiles at Ukraine overnight.',
        'Russia used 70 drones and 10 missiles overnight, the air force said.',
      ]),
    );
    expect(events.map((event) => event.weapon).sort()).toEqual(['drone', 'missile']);
  });
});

describe('attacker and target', () => {
  it('reads the subject of a launch verb as the attacker and the place hit as the target', () => {
    expect(one(['Russia launched 30 drones at Odesa overnight.'])).toMatchObject({
      attacker: 'russia',
      target: 'ukraine',
    });
  });

  it('reads the agent of a passive verb', () => {
    expect(one(['Overnight, 25 drones were launched by Russia against Ukraine.'])).toMatchObject({
      attacker: 'russia',
      target: 'ukraine',
      launched: 25,
    });
  });

  it('reads a defence ministry claim as a strike by the other side', () => {
    expect(
      one([
        "Russia's defence ministry said air defences destroyed 41 Ukrainian drones over four regions overnight.",
      ]),
    ).toMatchObject({
      attacker: 'ukraine',
      target: 'russia',
      launched: null,
      intercepted: 41,
    });
  });

  it('does not take a modifier for the attacker', () => {
    expect(one(['Russia launched 60 Iranian-made Shahed drones at Ukraine overnight.'])).toMatchObject({
      attacker: 'russia',
      target: 'ukraine',
    });
  });

  it('leaves the attacker null when the text names none', () => {
    expect(one(['Two missiles hit Kharkiv on Sunday.'])).toMatchObject({
      attacker: null,
      target: 'ukraine',
      launched: 2,
    });
  });
});

describe('cross-sentence figures', () => {
  it('joins "N of them were shot down" to the attack of the sentence before', () => {
    expect(
      one(['Russia launched 23 drones at Ukraine overnight.', 'Nineteen of them were shot down.']),
    ).toMatchObject({
      launched: 23,
      intercepted: 19,
    });
  });

  it('joins a party-less figure sentence to the attack before it on the same day', () => {
    expect(
      one([
        'Russia attacked Ukraine with 48 drones overnight, the air force said. Air defences downed 31 of the drones.',
      ]),
    ).toMatchObject({
      launched: 48,
      intercepted: 31,
    });
  });

  it('does not double count a city share of the same attack', () => {
    const event = one([
      'Russia launched 64 drones at Ukraine overnight and 50 were shot down, the air force said.',
      'In Kharkiv, 7 drones were shot down over Ukraine, the mayor said.',
    ]);
    expect(event).toMatchObject({ launched: 64, intercepted: 50 });
  });
});

describe('jammed', () => {
  it('keeps electronic-warfare losses apart from interceptions', () => {
    expect(
      one([
        'Russia launched 90 drones at Ukraine overnight; 51 were shot down and 33 were locationally lost, the air force said.',
      ]),
    ).toMatchObject({ launched: 90, intercepted: 51, jammed: 33 });
    expect(
      one([
        'Russia launched 70 drones at Ukraine overnight.',
        'Air defences destroyed 40 of them, while another 25 drones were suppressed by electronic warfare.',
      ]),
    ).toMatchObject({ launched: 70, intercepted: 40, jammed: 25 });
  });
});

describe('negatives', () => {
  it.each([
    ['a cumulative total', 'Since 2022, Russia has launched more than 30,000 drones at Ukraine.'],
    ['a weekly total', 'Over the past week Russia launched 1,100 drones at Ukraine, Zelenskyy said.'],
    ['a threat', 'Russia will launch 500 drones at Kyiv if talks fail, the official warned.'],
    ['a forecast', 'Analysts expect Russia could fire 20 missiles at Ukraine next week.'],
    ['production', 'Russia produces 2,000 Shahed drones a month at a plant in Tatarstan.'],
    ['deliveries', 'Iran delivered 300 drones to Russia in the spring.'],
    ['a denial', 'Russia denied that it fired 3 missiles at Kyiv on Sunday.'],
    ['a habit', 'Russia has kept up near-nightly drone raids on Odesa.'],
  ])('ignores %s', (_kind, sentence) => {
    expect(strikes([sentence])).toEqual([]);
  });

  it('still reads a real attack called the largest since the war began', () => {
    expect(
      one(['Russia launched 400 drones at Ukraine overnight, the largest attack since the invasion began.'])
        .launched,
    ).toBe(400);
  });
});

describe('dates', () => {
  it('dates "overnight" to the publication morning and a weekday to the last such day', () => {
    expect(one(['Russia launched 11 drones at Ukraine overnight.']).occurredOn).toBe('2025-04-22');
    expect(one(['On Sunday, Russia fired 4 missiles at Dnipro.']).occurredOn).toBe('2025-04-20');
  });

  it('ignores the dateline and the day a figure was reported', () => {
    expect(
      one(['KYIV, April 22 — Russia fired 6 missiles at Kyiv on Sunday, officials said on Tuesday.'])
        .occurredOn,
    ).toBe('2025-04-20');
  });

  it('dates a night that began in the evening to the morning after', () => {
    expect(one(['Between 21:00 on Sunday and 05:00, Russia launched 17 drones at Ukraine.']).occurredOn).toBe(
      '2025-04-21',
    );
  });
});

describe('evidence', () => {
  it('slices back exactly from the body', () => {
    const body = [
      'Headline about the night',
      'Russia launched 23 drones at Ukraine overnight.',
      'Nineteen of them were shot down.',
    ];
    const events = strikes(body);
    const text = body.join('\n\n');
    expect(events).not.toHaveLength(0);
    for (const event of events) {
      expect(text.slice(event.evidence!.start, event.evidence!.end)).toBe(event.evidence!.sentence);
    }
  });
});

describe('determinism', () => {
  it('gives the same events in the same order for the same article', () => {
    const article = [
      'Russia launched 30 drones and 4 missiles at Ukraine overnight.',
      "Russia's defence ministry said it destroyed 12 Ukrainian drones over Kursk overnight.",
    ];
    expect(strikes(article)).toEqual(strikes(article));
  });
});

describe('user-defined theatre', () => {
  it('extracts strikes between invented parties with no code change', () => {
    const gazetteer = buildGazetteer(DEFAULT_GAZETTEER_DOCUMENT, {
      parties: {
        northland: { name: 'Northland', aliases: ['Northland', 'Northlandic'], places: ['Frostport'] },
        southmark: { name: 'Southmark', aliases: ['Southmark', 'Southmarkian'], places: ['Sunhaven'] },
      },
      theatres: [
        { id: 'northland-southmark', name: 'Northland–Southmark war', parties: ['northland', 'southmark'] },
      ],
    });
    const events = strikes(
      ['Northland launched 14 drones at Sunhaven on Sunday; 9 were shot down.'],
      '2025-04-22',
      gazetteer,
    );
    expect(summary(events)).toEqual([
      {
        attacker: 'northland',
        target: 'southmark',
        weapon: 'drone',
        launched: 14,
        intercepted: 9,
        occurredOn: '2025-04-20',
      },
    ]);
    expect(events[0].theatre).toBe('northland-southmark');
  });
});

describe('several attackers in one sentence', () => {
  it('gives each weapon phrase the party it names', () => {
    const events = summary(
      strikes(
        ['Thai jets struck Cambodian positions on Thursday after Cambodian rockets hit Surin.'],
        '2025-07-25',
      ),
    );
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ attacker: 'thailand', target: 'cambodia', weapon: 'airstrike' }),
        expect.objectContaining({ attacker: 'cambodia', target: 'thailand', weapon: 'rocket' }),
      ]),
    );
  });

  it('reads the launch site after a phrase as its attacker', () => {
    const events = summary(
      strikes(['On Friday, rockets fired from Cambodia struck a market in Sisaket.'], '2025-07-26'),
    );
    expect(events).toEqual([
      expect.objectContaining({ attacker: 'cambodia', target: 'thailand', weapon: 'rocket' }),
    ]);
  });
});

describe('attribution across the article', () => {
  it('takes the attacker the article blames for attacks its reports leave unattributed', () => {
    const events = summary(
      strikes([
        'Drones hit the fuel depot in Port Sudan on Tuesday.',
        'The army blames the RSF for the drone attacks.',
      ]),
    );
    expect(events).toEqual([expect.objectContaining({ attacker: 'rsf', target: 'sudan', weapon: 'drone' })]);
  });

  it('leaves the attacker null when the suspected side denies the attack', () => {
    const events = summary(
      strikes([
        'Four rockets were fired from southern Lebanon at Haifa on Sunday; the army said two were intercepted.',
        'Hezbollah denied any role.',
      ]),
    );
    expect(events).toEqual([
      expect.objectContaining({ attacker: null, target: 'israel', launched: 4, intercepted: 2 }),
    ]);
  });

  it('reads a side that gives the figures of its own attack as the attacker', () => {
    expect(
      one(['Fired at Israeli border posts on Sunday, according to Hezbollah, were 50 rockets.']),
    ).toMatchObject({
      attacker: 'hezbollah',
      target: 'israel',
      launched: 50,
    });
  });
});

describe('more negatives', () => {
  it.each([
    [
      'a correction',
      'Correction: an earlier version of this story misstated the number of drones Russia launched at Ukraine.',
    ],
    ['a month total', 'Russia fired 5,000 drones at Ukraine in June alone.'],
    [
      'a total over the month',
      'Russia launched 4,100 drones into Ukraine over the month, the analysis found.',
    ],
    ['a drone show', 'Two thousand drones lit up the sky over Kyiv at a festival.'],
    ['a present-tense habit', 'Hundreds of drones are now being launched at Ukraine together with missiles.'],
  ])('ignores %s', (_kind, sentence) => {
    expect(strikes([sentence])).toEqual([]);
  });

  it('does not echo an attack mentioned without figures or a date', () => {
    const events = summary(
      strikes([
        'Talks opened hours after Russia’s largest drone attack on Ukraine.',
        'Russia launched 300 drones at Ukraine on Sunday, the air force said.',
      ]),
    );
    expect(events).toEqual([expect.objectContaining({ launched: 300, occurredOn: '2025-04-20' })]);
  });
});

describe('report layouts', () => {
  it('reads a tally laid out as labelled lines', () => {
    const event = one([
      'Russia attacked Ukraine with drones again overnight.\nLaunched: 40 drones, from the Kursk direction\nShot down: 31\nLost in location: 6',
    ]);
    expect(event).toMatchObject({
      attacker: 'russia',
      target: 'ukraine',
      launched: 40,
      intercepted: 31,
      jammed: 6,
    });
  });

  it('dates an entry by its weekday heading', () => {
    expect(one(['SUNDAY — Russia launched 20 drones at Odesa overnight.']).occurredOn).toBe('2025-04-20');
  });

  it('reads a total stated after its noun', () => {
    expect(
      one([
        "The air force raised the number of drones to 210 in a revised count of Russia's attack on Ukraine on Sunday.",
      ]),
    ).toMatchObject({
      launched: 210,
      occurredOn: '2025-04-20',
    });
  });

  it('reads "N more" as a further share', () => {
    expect(
      one([
        'Russia launched 80 drones at Ukraine overnight. Air defences shot down 50, and 22 more were suppressed by jamming.',
      ]),
    ).toMatchObject({
      launched: 80,
      intercepted: 50,
      jammed: 22,
    });
  });
});

describe('revised figures', () => {
  it('lets a final count replace preliminary figures of the same attack', () => {
    const event = one([
      'Russia used 62 missiles against Ukraine on Sunday and 50 of the missiles were shot down, the president said.',
      'The air force later gave its final count: 64 missiles. Of those, 52 missiles were shot down.',
    ]);
    expect(event).toMatchObject({
      weapon: 'missile',
      launched: 64,
      intercepted: 52,
      occurredOn: '2025-04-20',
    });
  });

  it('gives coordinated figures the passive verb that follows them', () => {
    const events = summary(
      strikes([
        'Russia launched 30 missiles and 70 drones at Ukraine overnight. Of those, 25 missiles and 60 drones were shot down.',
      ]),
    );
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ weapon: 'missile', launched: 30, intercepted: 25 }),
        expect.objectContaining({ weapon: 'drone', launched: 70, intercepted: 60 }),
      ]),
    );
  });
});

describe('live pages', () => {
  const page = [
    'Live: the air war, day by day',
    'SUNDAY, APRIL 20',
    '09:10 — The air force has published its count: 150 drones overnight, 120 of them shot down.',
    'SATURDAY, APRIL 19',
    "08:00 — Ukraine's air force: Russia fired 90 drones at Ukraine overnight.",
  ];

  it('dates each entry by the day heading above it and speaks for the air force the page names', () => {
    expect(summary(strikes(page))).toEqual([
      expect.objectContaining({
        attacker: 'russia',
        target: 'ukraine',
        launched: 150,
        intercepted: 120,
        occurredOn: '2025-04-20',
      }),
      expect.objectContaining({
        attacker: 'russia',
        target: 'ukraine',
        launched: 90,
        occurredOn: '2025-04-19',
      }),
    ]);
  });
});

describe('attribution by the article', () => {
  it("gives an unattributed hit on the article's target the article's attacker", () => {
    const events = summary(
      strikes([
        'Russia launched 40 drones at Ukraine on Sunday.',
        'On Monday, a ballistic missile hit a factory in Dnipro.',
      ]),
    );
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          attacker: 'russia',
          weapon: 'missile',
          launched: 1,
          occurredOn: '2025-04-21',
        }),
      ]),
    );
  });

  it('does not let "a drone" stand for a raid whose interceptions outnumber it', () => {
    const event = one([
      "Russia's defence ministry said air defences destroyed 45 Ukrainian drones overnight.",
      'In the Tula region, a drone damaged a gas pipeline.',
    ]);
    expect(event).toMatchObject({ attacker: 'ukraine', target: 'russia', launched: null, intercepted: 45 });
  });
});

describe('more counts and verbs', () => {
  it('reads "between N and M" as no count', () => {
    expect(one(['Russia launched between 80 and 90 drones at Ukraine overnight.']).launched).toBeNull();
  });

  it('reads "had all been intercepted" as the whole attack intercepted', () => {
    expect(
      one(['Six missiles fired from Russia at Kharkiv on Sunday had all been intercepted, officials said.']),
    ).toMatchObject({
      attacker: 'russia',
      launched: 6,
      intercepted: 6,
    });
  });

  it('reads "opened fire with artillery" as an attack', () => {
    expect(
      one(['Azerbaijani forces opened fire with artillery on Armenian positions on Sunday.']),
    ).toMatchObject({
      attacker: 'azerbaijan',
      target: 'armenia',
      weapon: 'artillery',
    });
  });

  it('applies a denial that names the weapon to every report of it in the article', () => {
    const events = summary(
      strikes([
        'India said Pakistan flew 30 drones towards Jammu on Sunday.',
        'Residents described blasts and power cuts across the city as the night went on.',
        'Officials counted damage at a school, a temple and two homes.',
        'Schools will stay shut on Monday, the district said.',
        'Pakistan rejected the account of a drone attack as baseless.',
      ]),
    );
    expect(events).toEqual([
      expect.objectContaining({ attacker: null, target: 'india', weapon: 'drone', launched: 30 }),
    ]);
  });
});

describe('tallies that are not munitions', () => {
  it('reads a number of attacks as no number of munitions', () => {
    expect(one(['Russian forces carried out 12 shelling attacks on Kherson on Sunday.'])).toMatchObject({
      weapon: 'artillery',
      launched: null,
    });
  });

  it('ignores a tally of breaches', () => {
    expect(
      strikes(['Kyiv said Russian forces broke the truce 1,200 times, including 300 shelling attacks.']),
    ).toEqual([]);
  });

  it('keeps a mortar attack told as background with its own date', () => {
    expect(
      one([
        'Before Friday, the only fire from Lebanon since the truce had come on April 2, when Hezbollah fired two mortar rounds at an army post.',
      ]),
    ).toMatchObject({
      attacker: 'hezbollah',
      target: 'israel',
      weapon: 'artillery',
      launched: 2,
      occurredOn: '2025-04-02',
    });
  });

  it('does not take a building for production', () => {
    expect(
      one([
        'A building in Belgorod burned down after a direct hit by a Ukrainian artillery shell on Sunday.',
      ]),
    ).toMatchObject({
      attacker: 'ukraine',
      target: 'russia',
      launched: 1,
    });
  });
});

describe('whole and share in one sentence', () => {
  it('reads "Of the N drones, M were shot down" as launched and intercepted', () => {
    expect(
      one(['Of the 44 drones Russia sent at Ukraine overnight, 39 were shot down and 3 were jammed.']),
    ).toMatchObject({
      launched: 44,
      intercepted: 39,
      jammed: 3,
    });
  });

  it('reads "which was intercepted" and "all of which were shot down" as the whole phrase intercepted', () => {
    expect(
      one(['The Houthis fired a ballistic missile at Eilat on Thursday, which was intercepted.']),
    ).toMatchObject({
      attacker: 'houthis',
      target: 'israel',
      launched: 1,
      intercepted: 1,
    });
    expect(
      one(['On Sunday Russia fired 5 Kalibr missiles at Odesa, all of which were shot down.']),
    ).toMatchObject({
      launched: 5,
      intercepted: 5,
    });
  });
});

describe('verbs that name the weapon', () => {
  it('reads "shelled" as artillery and "N times" as no count of shells', () => {
    expect(one(['Russian forces shelled Nikopol 15 times on Monday, the governor said.'])).toMatchObject({
      attacker: 'russia',
      target: 'ukraine',
      weapon: 'artillery',
      launched: null,
    });
  });

  it('does not take "attack drones" after a figure for an attack noun', () => {
    expect(
      summary(strikes(['Russia fired 6 cruise missiles and 40 attack drones at Ukraine on Sunday.'])).map(
        (event) => event.launched,
      ),
    ).toEqual([6, 40]);
  });
});

describe('totals that run on', () => {
  it('keeps the undated sentences after a cumulative total out of the strikes', () => {
    expect(
      strikes([
        'Since 2023 the Houthis have launched 60 missiles at Israel, army data show. Only two of the missiles hit the ground inside Israel and one was partly intercepted.',
      ]),
    ).toEqual([]);
  });

  it('drops a figureless mention that echoes a combined figure of the same sides', () => {
    const events = summary(
      strikes([
        'JERUSALEM — A rocket attack, a new evacuation order and another round of talks.',
        'On Sunday, Hamas fired 9 rockets and mortar bombs at Israeli troops near Kerem Shalom.',
      ]),
    );
    expect(events).toEqual([
      expect.objectContaining({ attacker: 'hamas', target: 'israel', weapon: 'unspecified', launched: 9 }),
    ]);
  });
});

describe('who was hit and from where', () => {
  it('reads soldiers killed as the side hit, not the attacker', () => {
    expect(
      one([
        'Two Armenian soldiers were wounded on Sunday when Azerbaijani forces fired mortar rounds at a border post.',
      ]),
    ).toMatchObject({
      attacker: 'azerbaijan',
      target: 'armenia',
      weapon: 'artillery',
    });
  });

  it('reads the region weapons were launched over as the attacker side', () => {
    expect(
      one(['On Sunday, 9 Kh-101 missiles released by bombers over the Saratov region struck Lviv.']),
    ).toMatchObject({
      attacker: 'russia',
      target: 'ukraine',
      launched: 9,
    });
  });

  it('prefers the place aimed at over the place that sets the scene', () => {
    expect(one(['In Khartoum, army air strikes hit RSF positions on Saturday.'])).toMatchObject({
      target: 'rsf',
      weapon: 'airstrike',
    });
  });

  it('dates a night that ran into a day to that day', () => {
    expect(
      one(['Russia attacked Ukraine with 30 drones from late Sunday into the early hours of Monday.'])
        .occurredOn,
    ).toBe('2025-04-21');
  });

  it('reads "it had been intercepted" after a single missile', () => {
    expect(
      one(['The Houthis fired a missile at Eilat on Sunday, and the army said it had been intercepted.']),
    ).toMatchObject({
      launched: 1,
      intercepted: 1,
    });
  });

  it('takes jets dropping bombs for an airstrike and debris for no attack', () => {
    expect(one(['Thai F-16s answered on Thursday by dropping bombs on Cambodian positions.'])).toMatchObject({
      attacker: 'thailand',
      target: 'cambodia',
      weapon: 'airstrike',
    });
    expect(
      strikes(['A fire at a depot in Belgorod, started by drone debris, was put out on Sunday.']),
    ).toEqual([]);
  });
});

describe('two attackers, two days, one sentence', () => {
  it('gives the second clause its own attacker and day', () => {
    const events = summary(
      strikes([
        'Israeli jets struck Nabatieh on Sunday afternoon, and Hezbollah fired rockets at Haifa on Monday.',
      ]),
    );
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          attacker: 'israel',
          target: 'hezbollah',
          weapon: 'airstrike',
          occurredOn: '2025-04-20',
        }),
        expect.objectContaining({
          attacker: 'hezbollah',
          target: 'israel',
          weapon: 'rocket',
          occurredOn: '2025-04-21',
        }),
      ]),
    );
  });

  it('reads a side that reports its own strike on the other as the attacker', () => {
    expect(
      one(['A Thai army spokesman said on Friday the jets had struck two Cambodian command posts.']),
    ).toMatchObject({
      attacker: 'thailand',
      target: 'cambodia',
      weapon: 'airstrike',
    });
  });
});

describe('one among others', () => {
  it('reads "one drone hit ..., while several others were shot down" as no whole figure', () => {
    expect(
      one([
        'On Sunday the RSF sent drones at Port Sudan; one drone hit a fuel depot, while several others were shot down.',
      ]),
    ).toMatchObject({
      attacker: 'rsf',
      target: 'sudan',
      launched: null,
    });
  });
});

describe('agents and follow-ups', () => {
  it('reads jets named as the agent of a passive strike', () => {
    expect(
      one(['On Sunday, launch sites in southern Lebanon were hit by around 80 Israeli jets.']),
    ).toMatchObject({
      attacker: 'israel',
      target: 'hezbollah',
      weapon: 'airstrike',
      launched: null,
    });
  });

  it('adds no weapon to an attack from a later sentence without figures', () => {
    const events = summary(
      strikes([
        'Israeli jets struck launch sites in southern Lebanon on Sunday.',
        'The army counted about 200 rockets crossing the border.',
      ]),
    );
    expect(events.map((event) => event.weapon)).toEqual(['airstrike']);
  });

  it('reads "a drone strike" as an attack', () => {
    expect(
      one(['The raids began on Sunday with a drone strike on an air base in Port Sudan.']),
    ).toMatchObject({
      target: 'sudan',
      weapon: 'drone',
      occurredOn: '2025-04-20',
    });
  });
});

describe('unnamed attackers', () => {
  it('keeps the attacker null for gunmen and makes the reporting side the one hit', () => {
    expect(
      one([
        'An Israeli army official said gunmen had attacked troops in Rafah with anti-tank missiles on Sunday.',
      ]),
    ).toMatchObject({
      attacker: null,
      target: 'israel',
      weapon: 'missile',
    });
  });
});

describe('air raids', () => {
  it('counts the bombs aircraft drop as the munitions of their airstrike', () => {
    expect(one(['Israeli warplanes dropped six bombs on a house in Khan Younis on Sunday.'])).toMatchObject({
      attacker: 'israel',
      target: 'hamas',
      weapon: 'airstrike',
      launched: 6,
    });
    expect(
      one(['Azerbaijani jets dropped two bombs on Armenian positions near Jermuk on Sunday.']),
    ).toMatchObject({ attacker: 'azerbaijan', target: 'armenia', weapon: 'airstrike', launched: 2 });
    expect(
      one([
        'Thai jets struck a Cambodian command post on Sunday.',
        'Cambodia said three bombs released by the aircraft had fallen near a school.',
      ]),
    ).toMatchObject({ attacker: 'thailand', target: 'cambodia', weapon: 'airstrike', launched: 3 });
  });

  it('takes no other bomb for an airstrike, nor a total of bombs dropped', () => {
    expect(strikes(['A bomb planted in a car exploded in Damascus on Sunday.'])).toEqual([]);
    expect(
      strikes(['The air force says its jets have dropped 30,000 bombs on Gaza since October 2023.']),
    ).toEqual([]);
    expect(
      strikes(['Israel could send its jets to drop bombs on Hezbollah depots if the rocket fire goes on.']),
    ).toEqual([]);
    expect(one(['Hezbollah fired two mortar bombs at an Israeli post on Sunday.'])).toMatchObject({
      weapon: 'artillery',
      launched: 2,
    });
  });

  it('reads aircraft that strike as an airstrike, and an aircraft shot down as none', () => {
    expect(
      one([
        'The Israeli military said its aircraft had struck Hezbollah fighters in southern Lebanon on Sunday.',
      ]),
    ).toMatchObject({ attacker: 'israel', target: 'hezbollah', weapon: 'airstrike', launched: null });
    expect(one(['Russian aircraft struck Ukrainian positions near Pokrovsk on Sunday.'])).toMatchObject({
      attacker: 'russia',
      target: 'ukraine',
      weapon: 'airstrike',
    });
    expect(strikes(['Ukraine shot down a Russian aircraft over the Black Sea on Sunday.'])).toEqual([]);
    expect(strikes(['Pakistani aircraft would strike Indian bases, the minister warned on Sunday.'])).toEqual(
      [],
    );
  });

  it("gives unnamed warplanes the attacked side's adversary, but not drones or missiles", () => {
    expect(one(['Warplanes hit tents in Khan Younis before dawn on Sunday, witnesses said.'])).toMatchObject({
      attacker: 'israel',
      target: 'hamas',
      weapon: 'airstrike',
    });
    expect(one(['Jets struck an RSF convoy near El Fasher on Sunday.'])).toMatchObject({
      attacker: 'sudan',
      target: 'rsf',
    });
    expect(one(['Missiles hit a market in Kharkiv on Sunday.'])).toMatchObject({
      attacker: null,
      target: 'ukraine',
    });
  });
});

describe('bare strikes', () => {
  it("reads a state's bare strikes on a non-state side as an airstrike, with no count of munitions", () => {
    expect(one(['Israeli strikes in Khan Younis killed 14 people on Sunday, medics said.'])).toMatchObject({
      attacker: 'israel',
      target: 'hamas',
      weapon: 'airstrike',
      launched: null,
    });
    expect(
      one(['Israel carried out strikes on Hezbollah positions in southern Lebanon on Sunday.']),
    ).toMatchObject({ attacker: 'israel', target: 'hezbollah', weapon: 'airstrike' });
    expect(one(['US strikes hit Houthi targets in Yemen on Sunday.'])).toMatchObject({
      attacker: 'us',
      target: 'houthis',
      weapon: 'airstrike',
    });
  });

  it('names no weapon by bare strikes on a state, and yields to a weapon word', () => {
    expect(strikes(['Russian strikes on Kharkiv killed four people on Sunday.'])).toEqual([]);
    expect(strikes(['Israeli strikes on Iran continued on Sunday.'])).toEqual([]);
    expect(one(['Israeli drone strikes in Rafah killed three people on Sunday.'])).toMatchObject({
      weapon: 'drone',
    });
  });

  it('takes no order, threat, total or denial of strikes for a strike', () => {
    expect(strikes(['Netanyahu ordered the army to carry out strikes in Gaza on Sunday.'])).toEqual([]);
    expect(strikes(['Israel threatened strikes on Hezbollah in Beirut on Sunday.'])).toEqual([]);
    expect(strikes(['Israel has conducted more than 300 strikes in Lebanon since the truce began.'])).toEqual(
      [],
    );
    expect(strikes(['Hamas denied that Israeli strikes in Gaza on Sunday had hit its fighters.'])).toEqual(
      [],
    );
  });
});

describe('sightings, shares and nights', () => {
  it('reads weapons reported or spotted as an attack by their owner on the side that sees them', () => {
    expect(
      one(['Indian officials reported Pakistani drones over Jammu and Amritsar on Sunday night.']),
    ).toMatchObject({ attacker: 'pakistan', target: 'india', weapon: 'drone', launched: null });
    expect(one(['Residents in Kursk spotted Ukrainian drones over the city early on Sunday.'])).toMatchObject(
      { attacker: 'ukraine', target: 'russia', weapon: 'drone' },
    );
    expect(
      one(['Azerbaijani border guards reported Armenian mortar fire near Tovuz on Sunday.']),
    ).toMatchObject({ attacker: 'armenia', target: 'azerbaijan', weapon: 'artillery' });
  });

  it('takes no sighting that is denied, produced or foreseen for an attack', () => {
    expect(strikes(['No Russian drones were spotted over Kyiv on Sunday.'])).toEqual([]);
    expect(strikes(['Ukraine reported that Russia is producing 2,700 Shahed drones a month.'])).toEqual([]);
    expect(strikes(['Moscow reported on Sunday that Ukraine would send more drones.'])).toEqual([]);
  });

  it('reads "M weapons, N of which were shot down" as a share of the whole', () => {
    expect(
      one(['The air force reported 54 Russian drones overnight, 38 of which were shot down.']),
    ).toMatchObject({ launched: 54, intercepted: 38 });
    expect(
      one(['Russia fired 12 missiles at Odesa on Sunday, nine of which were intercepted.']),
    ).toMatchObject({ launched: 12, intercepted: 9 });
    expect(one(['Russia fired a missile at Odesa on Sunday, which was intercepted.'])).toMatchObject({
      launched: 1,
      intercepted: 1,
    });
  });

  it('dates "the night of Saturday to Sunday" to the morning it ended', () => {
    expect(
      one([
        'India said Pakistan had flown 300 drones toward 36 locations on the night of Saturday to Sunday.',
      ]),
    ).toMatchObject({ attacker: 'pakistan', launched: 300, occurredOn: '2025-04-20' });
    expect(
      one(['Russia launched 80 drones at Ukraine on the night of Saturday into Sunday.']).occurredOn,
    ).toBe('2025-04-20');
  });
});

describe('a claim the accused dismisses', () => {
  it('leaves that claim without an attacker', () => {
    expect(
      one(['Kyiv said Russia had launched 200 drones on Sunday, a figure Moscow dismissed.']),
    ).toMatchObject({ attacker: null, target: 'ukraine', launched: 200 });
    expect(
      one(['Pakistan said Indian missiles hit three air bases on Sunday, an account New Delhi rejected.']),
    ).toMatchObject({ attacker: null, target: 'pakistan', weapon: 'missile' });
  });

  it('keeps the attacker of other reports, and of a figure merely revised', () => {
    const events = summary(
      strikes([
        'Ukraine said Russian drones hit Sumy on Saturday.',
        'Kyiv said Russia had launched 200 drones on Sunday, a figure Moscow dismissed.',
      ]),
    );
    expect(events.map(({ attacker, occurredOn }) => [attacker, occurredOn])).toEqual([
      ['russia', '2025-04-19'],
      [null, '2025-04-20'],
    ]);
    expect(
      one(['Russia launched 200 drones on Sunday, a figure the air force later revised.']).attacker,
    ).toBe('russia');
  });
});

describe('one attacker, two days, one sentence', () => {
  const days = (paragraph: string) =>
    summary(strikes([paragraph]))
      .map(({ attacker, weapon, launched, occurredOn }) => [attacker, weapon, launched, occurredOn])
      .sort((a, b) => String(a[3]).localeCompare(String(b[3])));

  it('gives each day named its own attack', () => {
    expect(
      days('Russia launched 40 drones at Kharkiv on Monday, and on Sunday it fired 25 drones at Odesa.'),
    ).toEqual([
      ['russia', 'drone', 25, '2025-04-20'],
      ['russia', 'drone', 40, '2025-04-21'],
    ]);
    expect(
      days('RSF drones hit Port Sudan on Saturday and a further 12 drones struck Kassala on Sunday.'),
    ).toEqual([
      ['rsf', 'drone', null, '2025-04-19'],
      ['rsf', 'drone', 12, '2025-04-20'],
    ]);
    expect(
      days(
        'The Houthis fired two missiles at Eilat on Saturday and three more missiles at Tel Aviv on Monday.',
      ).map((event) => event[3]),
    ).toEqual(['2025-04-19', '2025-04-21']);
  });

  it('keeps one attack when the days are one night, or the second is the report', () => {
    expect(
      days('Russia launched 479 drones and 20 missiles at Ukraine from Sunday night into Monday.'),
    ).toEqual([
      ['russia', 'drone', 479, '2025-04-21'],
      ['russia', 'missile', 20, '2025-04-21'],
    ]);
    expect(
      days(
        'On Sunday Russia fired 90 drones at Ukraine, 60 of which were shot down, the air force said on Monday.',
      ),
    ).toEqual([['russia', 'drone', 90, '2025-04-20']]);
  });
});

describe('"N more"', () => {
  it('counts the figure before "more", "further" or "additional" and adds it to the attack', () => {
    expect(one(['Hezbollah fired 20 additional rockets at Kiryat Shmona on Sunday.'])).toMatchObject({
      launched: 20,
    });
    expect(
      one(['Russia launched 30 drones at Odesa on Sunday, then 12 more drones at Izmail.']),
    ).toMatchObject({
      launched: 42,
    });
    expect(
      summary(
        strikes([
          'The Houthis fired two missiles at Eilat on Saturday and three more missiles at Tel Aviv on Monday.',
        ]),
      ).map((event) => event.launched),
    ).toEqual(expect.arrayContaining([2, 3]));
  });

  it('reads "about N more" and a bare "more" as no figure', () => {
    expect(one(['Russia fired about 15 more missiles at Kyiv on Sunday.']).launched).toBeNull();
    expect(one(['Russia fired more missiles at Kyiv on Sunday.']).launched).toBeNull();
  });
});

describe('a later day told by a pronoun', () => {
  const days = (paragraph: string) =>
    summary(strikes([paragraph]))
      .map(({ attacker, target, weapon, occurredOn }) => [attacker, target, weapon, occurredOn])
      .sort((a, b) => String(a[3]).localeCompare(String(b[3])));

  it('reads "..., and on Sunday they struck ..." as a second attack with the same weapons', () => {
    expect(
      days('On Saturday RSF drones hit a fuel depot in Port Sudan, and on Sunday they struck the airport.'),
    ).toEqual([
      ['rsf', 'sudan', 'drone', '2025-04-19'],
      ['rsf', 'sudan', 'drone', '2025-04-20'],
    ]);
    expect(days('Israeli jets bombed Khan Younis on Saturday, and on Sunday they pounded Rafah.')).toEqual([
      ['israel', 'hamas', 'airstrike', '2025-04-19'],
      ['israel', 'hamas', 'airstrike', '2025-04-20'],
    ]);
  });

  it('takes no pronoun that does not attack for an attack', () => {
    expect(
      days('Russian drones hit Odesa on Saturday, and on Sunday they were shown on television.'),
    ).toEqual([['russia', 'ukraine', 'drone', '2025-04-19']]);
  });
});

describe('verbs of heavy attack', () => {
  it('reads pummelled, hammered and battered as attacks', () => {
    expect(
      summary(strikes(['Russia pummelled Kyiv with missiles and drones on Sunday.'])).map(
        (event) => event.weapon,
      ),
    ).toEqual(['missile', 'drone']);
    expect(one(['Israeli jets hammered Khan Younis on Sunday.'])).toMatchObject({
      attacker: 'israel',
      target: 'hamas',
      weapon: 'airstrike',
    });
    expect(one(['RSF drones battered Port Sudan for a third day on Sunday.'])).toMatchObject({
      attacker: 'rsf',
      target: 'sudan',
    });
  });

  it('takes no figurative or weather use for an attack', () => {
    expect(strikes(['Critics blasted the ministry for its failure to build more drones.'])).toEqual([]);
    expect(strikes(['Storms battered Odesa on Sunday.'])).toEqual([]);
  });
});

describe('places in Israel', () => {
  it('finds the side hit from the city or airport named', () => {
    expect(
      one(['The Houthis claimed a ballistic missile attack on Ben Gurion airport on Sunday.']),
    ).toMatchObject({ attacker: 'houthis', target: 'israel', weapon: 'missile' });
    expect(one(['A Houthi missile struck near a school in Jaffa on Sunday.'])).toMatchObject({
      attacker: 'houthis',
      target: 'israel',
    });
  });
});

describe('"The X shelled"', () => {
  it('reads the article before the subject of "shelled" as no reference back', () => {
    expect(one(['The RSF shelled El Fasher on Sunday, killing 12 people.'])).toMatchObject({
      attacker: 'rsf',
      target: 'sudan',
      weapon: 'artillery',
      launched: null,
    });
    expect(one(['The Thai army shelled Cambodian positions on Sunday.'])).toMatchObject({
      attacker: 'thailand',
      target: 'cambodia',
    });
  });

  it('still reads "the shelling" with no party as told elsewhere', () => {
    expect(strikes(['The shelling lasted until dawn.'])).toEqual([]);
  });
});

describe('a subject and its verb before the weapons', () => {
  it('reads "The X carried out airstrikes" as a fresh attack, not a reference back', () => {
    expect(
      one(['The Sudanese army carried out airstrikes on RSF positions in Darfur on Sunday.']),
    ).toMatchObject({ attacker: 'sudan', target: 'rsf', weapon: 'airstrike' });
    expect(one(['The Houthis targeted Eilat with a ballistic missile on Sunday.'])).toMatchObject({
      attacker: 'houthis',
      target: 'israel',
      weapon: 'missile',
    });
  });
});

describe('bare "struck" and "bombed"', () => {
  it("reads a state's bare strike on a non-state side as an airstrike", () => {
    expect(one(['Israel said it struck Houthi targets in Hodeidah port on Sunday.'])).toMatchObject({
      attacker: 'israel',
      target: 'houthis',
      weapon: 'airstrike',
    });
    expect(one(['Israeli forces bombed a school sheltering families in Gaza City on Sunday.'])).toMatchObject(
      { attacker: 'israel', target: 'hamas', weapon: 'airstrike' },
    );
    expect(one(['The Sudanese army struck RSF positions near Nyala on Sunday.'])).toMatchObject({
      attacker: 'sudan',
      target: 'rsf',
    });
  });

  it('names no weapon for a strike on a state, by a non-state side, or a deal struck', () => {
    expect(strikes(['Russia struck Kharkiv on Sunday.'])).toEqual([]);
    expect(strikes(['Hamas fighters struck an Israeli tank in Rafah on Sunday.'])).toEqual([]);
    expect(strikes(['Israel struck a ceasefire deal with Hamas in Gaza on Sunday.'])).toEqual([]);
  });
});

describe('a state at war with no one', () => {
  it('stands for the one armed group whose places lie in it', () => {
    expect(one(['Two rockets fired from Lebanon fell in open areas near Metula on Sunday.'])).toMatchObject({
      attacker: 'hezbollah',
      target: 'israel',
      weapon: 'rocket',
      launched: 2,
    });
    expect(
      one(['Israel intercepted two drones launched from Lebanon on Sunday, the military said.']),
    ).toMatchObject({ attacker: 'hezbollah', target: 'israel', weapon: 'drone' });
    expect(one(['Israeli strikes on Lebanon killed nine people on Sunday.'])).toMatchObject({
      attacker: 'israel',
      target: 'hezbollah',
      weapon: 'airstrike',
    });
  });

  it('reads no strike where no belligerent can be found', () => {
    expect(strikes(['Qatar condemned the strikes on Doha on Sunday.'])).toEqual([]);
    expect(strikes(['Egypt said drones hit Cairo on Sunday.'])).toEqual([]);
  });
});

describe('"some of which were intercepted"', () => {
  it('gives the passive after a relative share to the share, not the whole', () => {
    expect(
      one(['Hezbollah fired 40 rockets at Safed on Sunday, several of which were intercepted.']),
    ).toMatchObject({ launched: 40, intercepted: null });
    expect(
      one(['Russia fired 12 missiles at Odesa on Sunday, nine of which were intercepted.']),
    ).toMatchObject({ launched: 12, intercepted: 9 });
    expect(one(['All 9 drones Russia sent towards Odesa overnight were shot down.'])).toMatchObject({
      launched: 9,
      intercepted: 9,
    });
  });

  it('takes no share of projectiles for an interception count', () => {
    expect(
      summary(
        strikes([
          "Israel's military said 30 projectiles crossed from Lebanon on Sunday, some of which were intercepted.",
        ]),
      ).filter((event) => event.intercepted === 30),
    ).toEqual([]);
  });
});

describe('attackers told by pronoun', () => {
  it.each([
    [
      'The RSF said it would not withdraw.',
      'Its fighters shelled El Obeid with artillery on Monday.',
      'rsf',
      'sudan',
    ],
    [
      'Hezbollah vowed to avenge its commander.',
      'The group fired 25 rockets at Safed on Monday.',
      'hezbollah',
      'israel',
    ],
    [
      'Russia promised a harsh response.',
      'It launched 60 drones at Odesa on Monday night.',
      'russia',
      'ukraine',
    ],
  ])('reads the side named before: "%s %s"', (before, attack, attacker, target) => {
    expect(one([`${before} ${attack}`])).toMatchObject({ attacker, target });
  });

  it('takes no antecedent that is the side hit', () => {
    expect(
      one(['Ukraine said its air defences were ready. They launched 40 drones at Kharkiv on Monday night.']),
    ).toMatchObject({ attacker: null, target: 'ukraine', launched: 40 });
  });
});

describe('the fate of the whole attack', () => {
  const houthiSalvo =
    'On Sunday the Houthis fired 12 drones, two anti-ship cruise missiles and one anti-ship ballistic missile at US destroyers.';

  it('sums missiles of a role named beside their flight profile', () => {
    expect(summary(strikes([houthiSalvo])).map(({ weapon, launched }) => [weapon, launched])).toEqual([
      ['drone', 12],
      ['missile', 3],
    ]);
  });

  it.each([
    'All of the drones and missiles were shot down by US Navy jets.',
    'All of them were shot down, the Pentagon said.',
    'All were intercepted.',
  ])('reads "%s" as every weapon of the attack before it intercepted', (fate) => {
    expect(
      summary(strikes([`${houthiSalvo} ${fate}`])).map(({ weapon, launched, intercepted }) => [
        weapon,
        launched,
        intercepted,
      ]),
    ).toEqual([
      ['drone', 12, 12],
      ['missile', 3, 3],
    ]);
  });

  it('reads "it was intercepted" after a single weapon as that weapon downed', () => {
    expect(one(['Hamas fired a rocket at Sderot on Monday. It was intercepted.'])).toMatchObject({
      attacker: 'hamas',
      launched: 1,
      intercepted: 1,
    });
  });

  it('reads "intercepted a missile launched by" as one missile launched and downed', () => {
    expect(
      one([
        'The IDF said on Monday it had intercepted a surface-to-surface missile launched by the Houthis.',
      ]),
    ).toMatchObject({
      attacker: 'houthis',
      target: 'israel',
      weapon: 'missile',
      launched: 1,
      intercepted: 1,
    });
  });

  it('reads "All were shot down" with no attack before it as nothing', () => {
    expect(strikes(['All were shot down, the navy said on Monday.'])).toEqual([]);
  });
});

describe('who fired what, told in harder ways', () => {
  it('reads an armed wing claiming its own attack as its movement', () => {
    expect(one(["Hamas's armed wing said it fired a barrage of rockets at Sderot on Monday."])).toMatchObject(
      {
        attacker: 'hamas',
        target: 'israel',
        weapon: 'rocket',
      },
    );
  });

  it('lets the agent of the weapons outrank an attack noun told only as the occasion', () => {
    expect(
      one([
        'The Israeli raid came a day after a ballistic missile fired by the Houthis hit near Eilat on Sunday.',
      ]),
    ).toMatchObject({ attacker: 'houthis', target: 'israel', weapon: 'missile', launched: 1 });
  });

  it('gives each side of "while" its own attack', () => {
    const events = summary(
      strikes([
        'Israeli jets struck Hezbollah positions in Nabatieh on Sunday, while Hezbollah fighters fired rockets at army posts near Metula.',
      ]),
    ).map(({ attacker, target, weapon }) => [attacker, target, weapon]);
    expect(events).toEqual(
      expect.arrayContaining([
        ['israel', 'hezbollah', 'airstrike'],
        ['hezbollah', 'israel', 'rocket'],
      ]),
    );
  });

  it('reads "the army" attacking in a war of a state on an armed group', () => {
    const events = summary(
      strikes([
        'The RSF has besieged El Fasher since May.',
        "Witnesses said the army's warplanes struck RSF positions in Omdurman on Sunday.",
      ]),
    );
    expect(events).toEqual([
      expect.objectContaining({ attacker: 'sudan', target: 'rsf', weapon: 'airstrike' }),
    ]);
  });

  it('reads jets that "were striking" as an airstrike', () => {
    expect(one(['On Monday Israeli fighter jets were striking Hamas targets in Khan Younis.'])).toMatchObject(
      {
        attacker: 'israel',
        target: 'hamas',
        weapon: 'airstrike',
      },
    );
  });

  it.each([
    'A Houthi drone hit a building in Eilat on Monday. The army said it was not intercepted.',
    'A drone launched by the Houthis hit a building in Eilat on Monday, which air defences failed to intercept.',
  ])('reads a single weapon that got through as none intercepted: "%s"', (text) => {
    expect(one(text.split(/(?<=\.) /))).toMatchObject({ attacker: 'houthis', launched: 1, intercepted: 0 });
  });

  it('dates an attack told with a sentence-opening month to that month', () => {
    expect(
      one(
        ['In April, Iran launched more than 300 drones at Israel after a strike on its consulate.'],
        '2024-10-02',
      ),
    ).toMatchObject({
      attacker: 'iran',
      weapon: 'drone',
      launched: null,
      occurredOn: '2024-04-01/2024-04-30',
    });
  });
});

describe('reports from the ground', () => {
  it('does not take the place of the speakers for part of the weapons', () => {
    expect(
      one([
        'The M23 holds Goma.',
        'Local officials in Uvira say M23 artillery shelled the town on Friday afternoon.',
      ]),
    ).toMatchObject({ attacker: 'm23', target: 'drc', weapon: 'artillery' });
  });

  it('reads jets named after the bombing verb', () => {
    expect(
      one([
        'The M23 accuses the Congolese army of breaking the truce by bombing its positions near Nyabibwe with Sukhoi jets on Friday.',
      ]),
    ).toMatchObject({ attacker: 'drc', target: 'm23', weapon: 'airstrike' });
  });

  it('reads the side accused of shelling as the attacker, and "army drones" as the state’s', () => {
    const events = summary(
      strikes([
        'The RSF fights on.',
        'Army drones struck RSF vehicles near Bara on Monday, and the army accused the RSF of shelling El Obeid with artillery on Monday evening.',
      ]),
    ).map(({ attacker, target, weapon }) => [attacker, target, weapon]);
    expect(events).toEqual(
      expect.arrayContaining([
        ['sudan', 'rsf', 'drone'],
        ['rsf', 'sudan', 'artillery'],
      ]),
    );
  });
});

describe('a statement quoted at length', () => {
  it('reads "the enemy" in a statement as the adversary of the side that published it', () => {
    const events = summary(
      strikes([
        'The Ukrainian air force published the following statement on Sunday morning:',
        '"Overnight the enemy attacked with 120 strike UAVs and six Kh-101 cruise missiles. Air defence shot down 98 UAVs and all six missiles."',
      ]),
    ).map(({ attacker, target, weapon, launched, intercepted }) => [
      attacker,
      target,
      weapon,
      launched,
      intercepted,
    ]);
    expect(events).toEqual([
      ['russia', 'ukraine', 'drone', 120, 98],
      ['russia', 'ukraine', 'missile', 6, 6],
    ]);
  });
});

describe('analysis that looks back', () => {
  it('dates attacks told "that day" by the day named just before, each side its own', () => {
    const events = summary(
      strikes(
        [
          'The fighting between Thailand and Cambodia erupted on July 24.',
          'That day Thai F-16 jets carried out airstrikes on Cambodian army positions, while Cambodian BM-21 launchers fired rockets into Thai districts.',
        ],
        '2025-08-11',
      ),
    ).map(({ attacker, target, weapon, occurredOn }) => [attacker, target, weapon, occurredOn]);
    expect(events).toEqual(
      expect.arrayContaining([
        ['thailand', 'cambodia', 'airstrike', '2025-07-24'],
        ['cambodia', 'thailand', 'rocket', '2025-07-24'],
      ]),
    );
  });

  it.each([
    'In the seven weeks before that, US warplanes had struck more than 1,000 targets in Houthi-held Yemen.',
    'Over the twelve days of war, Iran fired more than 550 ballistic missiles at Israel.',
  ])('reads a tally over a stretch of time as no attack: "%s"', (sentence) => {
    expect(strikes([sentence])).toEqual([]);
  });

  it('counts the munitions jets dropped, told after the strike', () => {
    expect(
      one([
        'Israeli fighter jets struck the port of Hodeidah in Yemen on Tuesday, dropping 12 munitions on the docks.',
      ]),
    ).toMatchObject({ attacker: 'israel', target: 'houthis', weapon: 'airstrike', launched: 12 });
  });

  it('reads "they" after an opening phrase as the side named before, not a name in the phrase', () => {
    expect(
      one([
        'The Houthis said the deal did not cover Israel.',
        'Two days after the Omani announcement, they fired a ballistic missile at Ben Gurion airport.',
      ]),
    ).toMatchObject({ attacker: 'houthis', target: 'israel', weapon: 'missile', launched: 1 });
  });
});

describe('claims of downed weapons, told the wire way', () => {
  it('sums coordinated missiles shot down, whatever participle follows, for the side that fired them', () => {
    expect(
      one([
        'Russian air defences shot down six U.S.-made ATACMS missiles and four British Storm Shadow cruise missiles fired by Ukraine on Monday.',
      ]),
    ).toMatchObject({
      attacker: 'ukraine',
      target: 'russia',
      weapon: 'missile',
      launched: null,
      intercepted: 10,
    });
  });

  it('reads a claim made last week about an attack on a day as that attack, not a weekly total', () => {
    expect(
      one(
        ['Pakistan’s military said last week that it had shot down 25 Indian drones on Thursday.'],
        '2025-05-13',
      ),
    ).toMatchObject({ attacker: 'india', target: 'pakistan', intercepted: 25, occurredOn: '2025-05-08' });
  });

  it('counts glide bombs dropped by aircraft as glide bombs only', () => {
    expect(one(['Russian aircraft dropped glide bombs on Kostiantynivka on Monday.'])).toMatchObject({
      attacker: 'russia',
      weapon: 'glide_bomb',
    });
  });
});
