import { defaultGazetteer } from '@app/domain';
import { createPartyMatcher } from './parties';

describe('party mentions', () => {
  const matcher = createPartyMatcher(defaultGazetteer());
  const roles = (text: string) =>
    matcher.mentions(text).map(({ party, role, surface }) => [party, role, surface]);

  it('names actors, longest alias first', () => {
    expect(roles('Russian forces pushed on while Zelenskyy watched.')).toEqual([
      ['russia', 'actor', 'Russian forces'],
      ['ukraine', 'actor', 'Zelenskyy'],
    ]);
  });

  it('treats compounds as modifiers, not actors', () => {
    expect(roles('Iranian-made drones and Iran-backed fighters')).toEqual([
      ['iran', 'modifier', 'Iranian'],
      ['iran', 'modifier', 'Iran'],
    ]);
  });

  it('treats places and prepositional mentions as places', () => {
    expect(roles('Debris fell in Kharkiv.')).toEqual([['ukraine', 'place', 'Kharkiv']]);
    expect(roles('Missiles were fired at Ukraine.')).toEqual([['ukraine', 'place', 'Ukraine']]);
    expect(roles("Ukraine's power grid was hit.")).toEqual([['ukraine', 'place', 'Ukraine']]);
  });

  it('offsets slice back to the surface', () => {
    const text = 'Talks between Israel and Hamas stalled.';
    for (const mention of matcher.mentions(text))
      expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
  });
});

describe('bodies run by a side', () => {
  it('reads "the RSF-led government" as the RSF acting, and "Iran-backed" still as a modifier', () => {
    const matcher = createPartyMatcher(defaultGazetteer());
    const roles = (text: string) => matcher.mentions(text).map(({ party, role }) => [party, role]);
    expect(roles('The RSF-led government said it agreed.')).toEqual([['rsf', 'actor']]);
    expect(roles('The Iran-backed Houthis fired.')).toEqual(expect.arrayContaining([['iran', 'modifier']]));
  });
});
