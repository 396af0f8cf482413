import { isNumberWord, parseCount, parseNumberAt } from './numbers';

describe('numbers', () => {
  it.each([
    ['54', 54],
    ['1,000', 1000],
    ['fifteen', 15],
    ['Twenty-three', 23],
    ['two hundred', 200],
    ['two hundred and six', 206],
    ['three thousand', 3000],
  ])('reads "%s" as %d', (phrase, value) => {
    expect(parseCount(phrase)).toBe(value);
  });

  it('is undefined for words that are no number', () => {
    expect(parseCount('drones')).toBeUndefined();
    expect(parseCount('fifteen drones')).toBeUndefined();
  });

  it('says how many tokens a number used', () => {
    expect(parseNumberAt(['launched', 'two', 'hundred', 'drones'], 1)).toEqual({ value: 200, length: 2 });
  });
});

describe('words that only look like object keys', () => {
  it('are not numbers', () => {
    expect(isNumberWord('constructor')).toBe(false);
    expect(parseCount('toString')).toBeUndefined();
  });
});
