import { buildGazetteer, DEFAULT_GAZETTEER_DOCUMENT, defaultGazetteer } from '@app/domain';

describe('gazetteer', () => {
  it('finds the theatre between two parties in either order', () => {
    const gazetteer = defaultGazetteer();
    expect(gazetteer.theatreBetween('ukraine', 'russia')?.id).toBe('russia-ukraine');
    expect(gazetteer.theatreBetween('russia', 'israel')).toBeUndefined();
  });

  it('takes a user-defined theatre and extra aliases without code', () => {
    const gazetteer = buildGazetteer(DEFAULT_GAZETTEER_DOCUMENT, {
      parties: {
        ukraine: { name: 'Ukraine', aliases: ['Kyiv government'] },
        freedonia: { name: 'Freedonia', aliases: ['Freedonian'] },
        sylvania: { name: 'Sylvania', aliases: ['Sylvanian'] },
      },
      theatres: [
        { id: 'freedonia-sylvania', name: 'Freedonia–Sylvania war', parties: ['freedonia', 'sylvania'] },
      ],
    });
    expect(gazetteer.theatreBetween('sylvania', 'freedonia')?.name).toBe('Freedonia–Sylvania war');
    expect(gazetteer.parties.get('ukraine')?.aliases).toEqual(
      expect.arrayContaining(['Kyiv', 'Kyiv government']),
    );
  });

  it('refuses a theatre id longer than the read store keeps', () => {
    const long = 'x'.repeat(65);
    expect(() =>
      buildGazetteer(DEFAULT_GAZETTEER_DOCUMENT, {
        theatres: [{ id: long, name: 'Too long', parties: ['russia', 'ukraine'] }],
      }),
    ).toThrow('theatres.0.id');
  });

  it('names the party a theatre is missing', () => {
    expect(() => buildGazetteer({ theatres: [{ id: 'a-b', name: 'A–B', parties: ['a', 'b'] }] })).toThrow(
      'gazetteer theatre a-b names unknown party a',
    );
  });
});
