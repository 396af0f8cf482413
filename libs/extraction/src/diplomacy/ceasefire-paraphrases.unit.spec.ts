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
