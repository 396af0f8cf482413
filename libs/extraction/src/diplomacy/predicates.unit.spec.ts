import { cuesOf, isTriggered, trigger } from './predicates';
import './index';

describe('rule triggers', () => {
  it('lets a sentence through when some rule could fire on it', () => {
    expect(isTriggered('The two sides agreed to a truce on Monday.')).toBe(true);
    expect(isTriggered('Negotiators met in Doha.')).toBe(true);
  });

  it('stops a sentence no rule could fire on', () => {
    expect(isTriggered('Residents spent the night in shelters as sirens sounded.')).toBe(false);
  });

  it('keeps a trigger whose later alternative needs no word boundary', () => {
    trigger(/\bunheard-of|[(]unbounded/gi);
    expect(isTriggered('an x(unbounded remark')).toBe(true);
    expect(isTriggered('xunheard-of')).toBe(false);
  });

  it('refuses to scan for a cue that was not declared as a trigger', () => {
    expect(() => cuesOf(/\bundeclared\b/gi, 'an undeclared cue')).toThrow(/trigger/);
  });

  it('finds every cue of a declared pattern with its offsets', () => {
    const pattern = trigger(/\bhalt(?:ed)?\b/gi);
    expect(cuesOf(pattern, 'Halted, then halt.')).toEqual([
      { at: 0, end: 6, text: 'Halted' },
      { at: 13, end: 17, text: 'halt' },
    ]);
  });
});
