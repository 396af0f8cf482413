import type { Envelope } from './event-log.port';
import { UpcasterRegistry } from './upcasting';

const talks = (schemaVersion: number, data: unknown): Envelope<unknown> => ({
  id: 'talks-1',
  type: 'TalksHeld',
  schemaVersion,
  recordedAt: '2025-04-22T09:30:00.000Z',
  data,
});

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry([
    {
      type: 'TalksHeld',
      fromVersion: 2,
      upcast: (envelope) => ({ ...envelope, data: { ...(envelope.data as object), v3: true } }),
    },
    {
      type: 'TalksHeld',
      fromVersion: 1,
      upcast: (envelope) => ({ ...envelope, data: { ...(envelope.data as object), v2: true } }),
    },
  ]);

  it('chains steps from the written version to the newest, setting each version itself', () => {
    expect(registry.upcast(talks(1, {}))).toEqual(talks(3, { v2: true, v3: true }));
    expect(registry.upcast(talks(2, {}))).toEqual(talks(3, { v3: true }));
  });

  it('leaves current versions and other types alone', () => {
    expect(registry.upcast(talks(3, { as: 'written' }))).toEqual(talks(3, { as: 'written' }));
    const other = { ...talks(1, {}), type: 'TalksOffered' };
    expect(registry.upcast(other)).toBe(other);
  });

  it('refuses two upcasters for the same step', () => {
    const step = { type: 'TalksHeld', fromVersion: 1, upcast: (envelope: Envelope<unknown>) => envelope };
    expect(() => new UpcasterRegistry([step, step])).toThrow(/two upcasters for TalksHeld from version 1/);
  });
});
