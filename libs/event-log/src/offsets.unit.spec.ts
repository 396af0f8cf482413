import { parseOffset } from './offsets';

describe('parseOffset', () => {
  it('reads decimal strings beyond the precision of a double exactly', () => {
    expect(parseOffset('9007199254740993')).toBe(9007199254740993n);
    expect(parseOffset('0')).toBe(0n);
  });

  it.each(['', '-1', '01', '1.5', '1e3', ' 1'])('refuses %j', (offset) => {
    expect(() => parseOffset(offset)).toThrow(RangeError);
  });
});
