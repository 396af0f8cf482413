import { allMatches } from './matches';

const viaMatchAll = (pattern: RegExp, text: string) =>
  [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => [match.index, ...match]);
const viaAllMatches = (pattern: RegExp, text: string) =>
  allMatches(pattern, text).map((match) => [match.index, ...match]);

describe('allMatches', () => {
  it.each([
    [/\bdrones?\b/gi, 'Drones and more drones; a drone.'],
    [/(\d+) (missiles|drones)/g, '12 missiles, 40 drones and 3 rockets'],
    [/\b/g, 'two words'],
    [/x*/gu, 'a😀b'],
    [/[\p{L}]+/gu, 'Київ and Kharkiv 😀 Sumy'],
    [/truce/g, 'no match here'],
  ])('finds what matchAll finds for %s', (pattern, text) => {
    expect(viaAllMatches(pattern, text)).toEqual(viaMatchAll(pattern, text));
  });

  it('starts from the beginning whatever a previous scan left behind', () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect(allMatches(pattern, 'aaaa')).toHaveLength(4);
    expect(pattern.lastIndex).toBe(0);
  });

  it('lets the caller scan again with the same pattern while handling the matches', () => {
    const pattern = /\w+/g;
    const nested = allMatches(pattern, 'one two').map((match) => allMatches(pattern, match[0]).length);
    expect(nested).toEqual([1, 1]);
  });

  it('refuses a pattern that is not global, which would match forever', () => {
    expect(() => allMatches(/truce/i, 'truce')).toThrow(/global/);
  });
});
