import { easterSunday, findDateCues, previousWeek, resolveWhen } from './dates';

// 2025-04-22 is a Tuesday.
const published = '2025-04-22';
const when = (text: string) => resolveWhen(text, published)?.occurredOn;

describe('relative dates', () => {
  it('dates "overnight" and "last night" to the morning the night ended', () => {
    expect(when('Sirens sounded overnight across the east.')).toBe('2025-04-22');
    expect(when('The port burned last night.')).toBe('2025-04-22');
  });

  it('takes the day after "overnight into"', () => {
    expect(when('The raid lasted overnight into Sunday.')).toBe('2025-04-20');
  });

  it('reads a past weekday as the most recent one on or before publication', () => {
    expect(when('The mayor spoke on Sunday.')).toBe('2025-04-20');
    expect(when('Shelling resumed on Tuesday.')).toBe('2025-04-22');
    expect(when('The bridge was hit last Tuesday.')).toBe('2025-04-15');
  });

  it('reads a weekday after a future marker as the next one', () => {
    const cue = resolveWhen('Delegates are due to meet in Vienna on Thursday.', published);
    expect(cue).toMatchObject({ occurredOn: '2025-04-24', future: true });
  });

  it('turns periods into intervals', () => {
    expect(when('Envoys met twice last week.')).toBe('2025-04-14/2025-04-20');
    expect(previousWeek('2025-04-20')).toBe('2025-04-07/2025-04-13');
    expect(when('The depot was struck earlier this month.')).toBe('2025-04-01/2025-04-21');
    expect(when('A convoy was ambushed over the weekend.')).toBe('2025-04-19/2025-04-20');
    expect(when('Fighting flared in late March.')).toBe('2025-03-21/2025-03-31');
    expect(when('The plant closed in March.')).toBe('2025-03-01/2025-03-31');
    expect(when('Crops failed in the spring.')).toBe('2025-03-01/2025-05-31');
  });

  it('reads calendar dates with and without a year', () => {
    expect(when('The strike on 14 April killed four.')).toBe('2025-04-14');
    expect(when('The strike on April 14 killed four.')).toBe('2025-04-14');
    expect(when('Talks collapsed on December 3, 2024.')).toBe('2024-12-03');
    expect(when('A blast on December 3 shook the town.')).toBe('2024-12-03');
  });

  it('does not read the verb "may" as the month', () => {
    expect(when('The convoy may arrive soon.')).toBeUndefined();
    expect(when('The harvest failed in May.')).toBe('2024-05-01/2024-05-31');
  });

  it('finds every cue with its offsets', () => {
    const text = 'He said on Monday that the attack came on Saturday.';
    const cues = findDateCues(text, published);
    expect(cues.map((cue) => cue.occurredOn)).toEqual(['2025-04-21', '2025-04-19']);
    for (const cue of cues) expect(text.slice(cue.start, cue.end)).toBe(cue.cue);
  });

  it('knows Easter', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2024)).toBe('2024-03-31');
  });
});

describe('how far a future marker reaches', () => {
  it('does not read "as planned" as a future marker', () => {
    expect(when('The truce took effect as planned on Sunday.')).toBe('2025-04-20');
  });

  it('stops at a participle in commas that tells what already happened', () => {
    expect(when('Moscow would weigh the offer, floated on Monday, with care.')).toBe('2025-04-21');
  });

  it('reaches a day set far after the marker when no comma intervenes', () => {
    expect(
      when(
        'The two presidents are due to sign the accord at a ceremony hosted by the mediators in Doha on Saturday.',
      ),
    ).toBe('2025-04-26');
  });

  it('reads a deadline at the end of a later month as this year', () => {
    expect(when('Negotiators hope to close the deal before the end of August.')).toBe(
      '2025-08-21/2025-08-31',
    );
  });

  it('still reads a past month without a marker as the last one', () => {
    expect(when('The deal signed in August collapsed within weeks.')).toBe('2024-08-01/2024-08-31');
  });
});

describe('a weekday with its day of the month', () => {
  it.each([
    ['The envoys meet on Friday, May 2, in Riyadh.', '2025-05-02'],
    ['The summit had been due on Thursday, April 17, before it was called off.', '2025-04-17'],
    ['Talks resume on Monday, 5 January, the ministry said.', '2026-01-05'],
  ])('reads "%s" as the one day both name', (text, day) => {
    expect(findDateCues(text, published).map((cue) => cue.occurredOn)).toEqual([day, day]);
  });
});

describe('a month opening the sentence', () => {
  it.each([
    ['In March, the truce collapsed.', '2025-03-01/2025-03-31'],
    ['Since February, talks have stalled.', '2025-02-01/2025-02-28'],
    ['Early April brought a new offensive.', '2025-04-01/2025-04-10'],
  ])('reads "%s"', (text, period) => {
    expect(when(text)).toBe(period);
  });

  it('still reads the modal "May" as no month', () => {
    expect(when('May the truce hold.')).toBeUndefined();
  });
});
