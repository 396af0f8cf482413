import { partitionForKey } from './partitioner';

describe('partitionForKey', () => {
  it('is pinned: a key must map to the same partition in every release', () => {
    expect([1, 3, 8].map((count) => partitionForKey('russia-ukraine', count))).toEqual([0, 1, 4]);
  });

  it('stays in range and spreads keys over every partition', () => {
    const partitions = Array.from({ length: 200 }, (_, n) => partitionForKey(`theatre-${n}`, 6));
    expect(partitions.every((partition) => partition >= 0 && partition < 6)).toBe(true);
    expect(new Set(partitions).size).toBe(6);
  });
});
