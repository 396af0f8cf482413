import { isCeasefire, type CeasefireEvent, type ConflictEvent } from '@app/domain';
import { fixtureContext } from './article-context.fixture';
import { extractDiplomacy } from './index';

/** Sentences written for these tests; each argument is one paragraph. */
const read = (published: string, ...paragraphs: string[]): ConflictEvent[] =>
  extractDiplomacy(fixtureContext(paragraphs, published));

const ofType = (events: ConflictEvent[], type: CeasefireEvent['type']): CeasefireEvent[] =>
  events.filter(isCeasefire).filter((event) => event.type === type);

// 2025-09-10 is a Wednesday.
const WEDNESDAY = '2025-09-10';

const CONGO_RWANDA_BACKGROUND =
  'Kinshasa and Kigali traded blame again this week. Rwanda denies sending troops into Congo, and Congo says Rwanda arms the rebels.';

describe('which war a sentence is about', () => {
  it('reads a sentence naming nobody as continuing the pair named earlier in its paragraph', () => {
    const events = read(
      WEDNESDAY,
      CONGO_RWANDA_BACKGROUND,
      'The Congolese army and the M23 accepted a humanitarian truce last month. It held for a while. On Monday it was prolonged by ten days.',
    );
    expect(ofType(events, 'CeasefireExtended')).toEqual([
      expect.objectContaining({ theatre: 'drc-m23', occurredOn: '2025-09-08' }),
    ]);
  });

  it('reads a pronoun after a pair named in the same paragraph, in passive and active voice', () => {
    const events = read(
      '2025-03-20',
      'Israel and Hamas have fought since 2023, and Hezbollah joined in. Israel and Hezbollah agreed a truce in November. For weeks it mostly held. Then on Sunday it collapsed.',
    );
    expect(ofType(events, 'CeasefireEnded')).toEqual([
      expect.objectContaining({ theatre: 'israel-hezbollah', occurredOn: '2025-03-16' }),
    ]);
  });

  it('keeps a sentence naming only a mediator in the article’s war', () => {
    const events = read(
      WEDNESDAY,
      'Armenia and Azerbaijan have clashed on their border for years. Armenia and Azerbaijan agreed to a truce on Monday.',
      'Russia and Ukraine traded strikes overnight.',
      'Turkey said on Tuesday that the truce had been extended by a week.',
    );
    expect(ofType(events, 'CeasefireExtended')).toEqual([
      expect.objectContaining({ theatre: 'armenia-azerbaijan', occurredOn: '2025-09-09' }),
    ]);
  });

  it('reads an armed group named alone as its own war, inside an article about another', () => {
    const events = read(
      WEDNESDAY,
      CONGO_RWANDA_BACKGROUND,
      'The M23 on Tuesday accused government troops of breaking the truce near Goma.',
      'The rebel alliance said on Monday it had accepted the ceasefire proposal, but the M23 says the army keeps shelling.',
    );
    expect(ofType(events, 'CeasefireViolationAlleged')).toEqual([
      expect.objectContaining({ theatre: 'drc-m23', by: 'm23', occurredOn: '2025-09-09' }),
    ]);
    expect(ofType(events, 'CeasefireAccepted').map(({ theatre }) => theatre)).toEqual(['drc-m23']);
  });

  it('does not move a state named alone to another of its wars', () => {
    const events = read(
      WEDNESDAY,
      CONGO_RWANDA_BACKGROUND,
      'Congo said on Tuesday it accepted the ceasefire proposal put forward by Angola.',
    );
    expect(ofType(events, 'CeasefireAccepted')).toEqual([
      expect.objectContaining({ theatre: 'drc-rwanda', by: 'drc', occurredOn: '2025-09-09' }),
    ]);
  });

  it('reads a mediator’s sentence about "it" as about the truce it refers back to', () => {
    const events = read(
      WEDNESDAY,
      CONGO_RWANDA_BACKGROUND,
      'The Congolese government and the M23 rebels signed a two-week truce on Friday. It was to begin at dawn. Qatari mediators said on Tuesday that it had been extended by a week.',
    );
    expect(ofType(events, 'CeasefireExtended')).toEqual([
      expect.objectContaining({ theatre: 'drc-m23', occurredOn: '2025-09-09' }),
    ]);
  });

  it('does not read "it" as a truce once the thread of pronouns is broken', () => {
    const events = read(
      WEDNESDAY,
      CONGO_RWANDA_BACKGROUND,
      'The Congolese government and the M23 rebels signed a truce on Friday. Fighting moved north to Lubero. Qatar said on Tuesday that it was extended.',
    );
    expect(ofType(events, 'CeasefireExtended')).toEqual([]);
  });

  it('reads "the two sides" as the pair the article follows, not a pair named in another clause', () => {
    const events = read(
      WEDNESDAY,
      'Israel and Hezbollah exchanged fire across the border on Monday.',
      'Diplomats pointed to the pledge of May 20, when the two sides agreed to halt fire, and to the truce that Israel and Hamas signed in January.',
    );
    expect(ofType(events, 'CeasefireAgreed').map(({ theatre, occurredOn }) => [theatre, occurredOn])).toEqual(
      [
        ['israel-hezbollah', '2025-05-20'],
        ['israel-hamas', '2025-01-01/2025-01-31'],
      ],
    );
  });

  it('keeps "the two sides" with the pair named in the same clause', () => {
    const events = read(
      WEDNESDAY,
      'Israel and Hezbollah exchanged fire across the border on Monday.',
      'In Gaza, Israel and Hamas, the two sides of a separate war, agreed on Tuesday to extend their truce.',
    );
    expect(ofType(events, 'CeasefireExtended').map(({ theatre }) => theatre)).toEqual(['israel-hamas']);
  });
});
