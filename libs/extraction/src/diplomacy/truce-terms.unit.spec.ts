import { durationHoursOf, scopeOf } from './truce-terms';

describe('how long a truce is meant to last', () => {
  it.each([
    ['Moscow offered a 72-hour truce for the holiday.', 72],
    ['The two sides agreed to a ceasefire of 30 days.', 720],
    ['Kyiv will halt strikes on refineries for at least three weeks.', 504],
    ['The month-long pause ends on Friday.', 720],
    ['Monitors counted breaches during the 30-hour pause.', 30],
  ])('reads "%s" as %d hours', (sentence, hours) => {
    expect(durationHoursOf(sentence)).toBe(hours);
  });

  it.each([
    'The truce was agreed after four days of clashes along the border.',
    'Shelling resumed three days later despite the truce.',
    'Over the past two weeks the ceasefire has been broken daily.',
    'The ceasefire ended the 12-day war between the two countries.',
    'Villagers fled two months ago and returned once the truce began.',
    'The three-week-old truce is fraying.',
    'A pause of 24 to 48 hours is under discussion.',
  ])('reads no length from "%s"', (sentence) => {
    expect(durationHoursOf(sentence)).toBeUndefined();
  });
});

describe('what a truce covers', () => {
  it.each([
    ['Both armies agreed to stop all firing and military action on land, in the air and at sea.', 'full'],
    ['The commanders ordered a halt to all hostilities along the line of contact.', 'full'],
    ['Russia agreed to stop attacking energy facilities for a month.', 'energy'],
    ['A truce in the Black Sea would let grain ships sail.', 'maritime'],
  ])('reads "%s" as %s', (sentence, scope) => {
    expect(scopeOf(sentence)).toBe(scope);
  });
});
