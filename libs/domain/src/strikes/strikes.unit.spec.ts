import type { StrikeReported } from '../events';
import { fnv1a64 } from './fnv1a64';
import { countStrikes, periodOf, type CountedIncident } from './strike-counts';
import {
  evolveStrikeIncident,
  initialStrikeIncident,
  strikeIncidentId,
  strikeIncidentKey,
  type RecordedStrike,
  type StrikeIncident,
} from './strike-incident';

function report(id: string, overrides: Partial<StrikeReported> = {}): RecordedStrike {
  return {
    id,
    data: {
      type: 'StrikeReported',
      theatre: 'russia-ukraine',
      occurredOn: '2025-04-22',
      attacker: 'russia',
      target: 'ukraine',
      weapon: 'drone',
      launched: 54,
      intercepted: 30,
      evidence: { sentence: `Sentence of ${id}.`, start: 0, end: 14 },
      ...overrides,
    },
    source: { articleId: `article-${id}` },
  };
}

const fold = (reports: RecordedStrike[]): StrikeIncident =>
  reports.reduce(evolveStrikeIncident, initialStrikeIncident(strikeIncidentKey(reports[0].data)));

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('strike incident key and id', () => {
  it('keys an interval report by its first day', () => {
    expect(strikeIncidentKey(report('r', { occurredOn: '2025-04-14/2025-04-20' }).data).day).toBe(
      '2025-04-14',
    );
  });

  it('gives the same attack the same id, and any differing key part a different id', () => {
    const base = strikeIncidentKey(report('r').data);
    expect(strikeIncidentId(base)).toBe(strikeIncidentId({ ...base }));
    const variants = [
      { theatre: 'israel-hamas' },
      { attacker: 'ukraine' },
      { attacker: null },
      { target: 'russia' },
      { day: '2025-04-23' },
      { weapon: 'missile' as const },
    ];
    const ids = new Set([
      strikeIncidentId(base),
      ...variants.map((change) => strikeIncidentId({ ...base, ...change })),
    ]);
    expect(ids.size).toBe(variants.length + 1);
  });
});

describe('evolveStrikeIncident', () => {
  it('keeps every report with its article and evidence, and reconciles to the largest figures', () => {
    const incident = fold([
      report('r1', { launched: 54, intercepted: 30 }),
      report('r2', { launched: 50, intercepted: null, jammed: 4 }),
      report('r3', { launched: null, intercepted: 31, subtype: 'Shahed' }),
    ]);
    expect(incident).toMatchObject({
      launched: 54,
      intercepted: 31,
      jammed: 4,
      disagreement: true,
      day: '2025-04-22',
    });
    expect(incident.reports).toEqual([
      expect.objectContaining({ eventId: 'r1', articleId: 'article-r1', launched: 54, jammed: null }),
      expect.objectContaining({ eventId: 'r2', intercepted: null, jammed: 4 }),
      expect.objectContaining({
        eventId: 'r3',
        subtype: 'Shahed',
        evidence: { sentence: 'Sentence of r3.', start: 0, end: 14 },
      }),
    ]);
  });

  it('does not call reports disagreeing when one only lacks a figure', () => {
    const incident = fold([
      report('r1'),
      report('r2', { launched: null }),
      report('r3', { intercepted: null }),
    ]);
    expect(incident).toMatchObject({ launched: 54, intercepted: 30, disagreement: false });
  });

  it('leaves figures null when no report gives one', () => {
    expect(fold([report('r1', { launched: null, intercepted: null })])).toMatchObject({
      launched: null,
      intercepted: null,
      jammed: null,
      disagreement: false,
    });
  });

  it('ignores a report applied twice', () => {
    const once = fold([report('r1'), report('r2', { launched: 60 })]);
    expect(evolveStrikeIncident(once, report('r2', { launched: 60 }))).toBe(once);
    expect(evolveStrikeIncident(once, report('r1'))).toEqual(once);
  });

  it('ends the same whatever order the reports arrive in', () => {
    const reports = [
      report('r1', { launched: 54, intercepted: 30 }),
      report('r2', { launched: 50, intercepted: 31 }),
      report('r3', { launched: null, intercepted: 28, occurredOn: '2025-04-22/2025-04-23' }),
      report('r4', { launched: 54, intercepted: null }),
    ];
    const expected = fold(reports);
    for (const order of permutations(reports)) expect(fold(order)).toEqual(expected);
  });

  it('does not change the incident it was given', () => {
    const incident = fold([report('r1')]);
    const copy = structuredClone(incident);
    evolveStrikeIncident(incident, report('r2', { launched: 70 }));
    expect(incident).toEqual(copy);
  });

  it('refuses a report of another attack', () => {
    const incident = fold([report('r1')]);
    expect(() => evolveStrikeIncident(incident, report('r2', { weapon: 'missile' }))).toThrow(
      /belongs to incident/,
    );
  });
});

describe('periodOf', () => {
  it.each([
    ['2025-04-20', '2025-W16', '2025-04-14', '2025-04-20'],
    ['2025-04-21', '2025-W17', '2025-04-21', '2025-04-27'],
    ['2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
    ['2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'],
    ['2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'],
  ])('puts %s in ISO week %s (%s to %s)', (day, period, from, to) => {
    expect(periodOf(day, 'week')).toEqual({ period, from, to });
  });

  it('spans whole months, leap days included', () => {
    expect(periodOf('2024-02-10', 'month')).toEqual({
      period: '2024-02',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodOf('2025-12-31', 'month')).toEqual({
      period: '2025-12',
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(periodOf('2025-04-22', 'day')).toEqual({
      period: '2025-04-22',
      from: '2025-04-22',
      to: '2025-04-22',
    });
  });
});

describe('countStrikes', () => {
  const incidents: CountedIncident[] = [
    {
      theatre: 'russia-ukraine',
      attacker: 'russia',
      day: '2025-04-20',
      weapon: 'drone',
      launched: 10,
      intercepted: 8,
    },
    {
      theatre: 'russia-ukraine',
      attacker: 'russia',
      day: '2025-04-21',
      weapon: 'missile',
      launched: 5,
      intercepted: null,
    },
    {
      theatre: 'russia-ukraine',
      attacker: 'ukraine',
      day: '2025-04-21',
      weapon: 'drone',
      launched: null,
      intercepted: 40,
    },
    {
      theatre: 'israel-hamas',
      attacker: null,
      day: '2025-05-02',
      weapon: 'rocket',
      launched: 3,
      intercepted: 3,
    },
  ];

  it('groups by day, oldest first, with per-weapon figures and totals', () => {
    const counts = countStrikes([...incidents].reverse(), 'day');
    expect(
      counts.buckets.map((bucket) => [bucket.period, bucket.incidents, bucket.launched, bucket.intercepted]),
    ).toEqual([
      ['2025-04-20', 1, 10, 8],
      ['2025-04-21', 2, 5, 40],
      ['2025-05-02', 1, 3, 3],
    ]);
    expect(counts.buckets[1].byWeapon).toEqual({
      missile: { incidents: 1, launched: 5, intercepted: 0, withLaunched: 1, withIntercepted: 0 },
      drone: { incidents: 1, launched: 0, intercepted: 40, withLaunched: 0, withIntercepted: 1 },
    });
    expect(counts.total).toEqual({
      incidents: 4,
      launched: 18,
      intercepted: 51,
      withLaunched: 3,
      withIntercepted: 3,
      byWeapon: {
        drone: { incidents: 2, launched: 10, intercepted: 48, withLaunched: 1, withIntercepted: 2 },
        missile: { incidents: 1, launched: 5, intercepted: 0, withLaunched: 1, withIntercepted: 0 },
        rocket: { incidents: 1, launched: 3, intercepted: 3, withLaunched: 1, withIntercepted: 1 },
      },
    });
  });

  it('groups by ISO week and by month', () => {
    expect(
      countStrikes(incidents, 'week').buckets.map((bucket) => [bucket.period, bucket.incidents]),
    ).toEqual([
      ['2025-W16', 1],
      ['2025-W17', 2],
      ['2025-W18', 1],
    ]);
    expect(
      countStrikes(incidents, 'month').buckets.map((bucket) => [bucket.period, bucket.incidents]),
    ).toEqual([
      ['2025-04', 3],
      ['2025-05', 1],
    ]);
  });

  it('filters by theatre, inclusive dates, attacker and weapon', () => {
    const total = (filter: Parameters<typeof countStrikes>[2]) =>
      countStrikes(incidents, 'day', filter).total.incidents;
    expect(total({ theatre: 'israel-hamas' })).toBe(1);
    expect(total({ from: '2025-04-21', to: '2025-04-21' })).toBe(2);
    expect(total({ from: '2025-04-21' })).toBe(3);
    expect(total({ to: '2025-04-20' })).toBe(1);
    expect(total({ attacker: 'ukraine' })).toBe(1);
    expect(total({ weapon: 'drone', attacker: 'russia' })).toBe(1);
    expect(countStrikes(incidents, 'day', { weapon: 'glide_bomb' })).toEqual({
      groupBy: 'day',
      buckets: [],
      total: { incidents: 0, launched: 0, intercepted: 0, withLaunched: 0, withIntercepted: 0, byWeapon: {} },
    });
  });
});
