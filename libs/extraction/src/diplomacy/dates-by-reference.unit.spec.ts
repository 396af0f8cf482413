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
