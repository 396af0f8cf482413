import { defaultGazetteer, type ConflictEvent, type Evidence } from '@app/domain';
import type { Envelope } from '@app/event-log';
import type { ProjectionBatch, ReadStore } from '@app/projections';

/** What an adapter's spec provides so the shared suite can drive it. */
export interface ReadStoreHarness {
  /** Opens a store on the harness's database; every store opened reaches the same rows. */
  open(): Promise<ReadStore>;
  /** Incident ids in the alert outbox, oldest first: the outbox has no reader on the port yet. */
  outboxIncidentIds(): Promise<string[]>;
  /** SQL the schema builder would run to make the migrated schema match the entities; empty when in sync. */
  pendingSchemaChanges(): Promise<string[]>;
  /** Closes whatever `open` opened and removes the database. */
  dispose(): Promise<void>;
}

const TEST_TIMEOUT_MS = 30_000;
const THEATRE = 'russia-ukraine';
const OTHER_THEATRE = 'israel-hamas';
const CONSUMER = 'project';
const TOPIC = 'conflict-events';

type EventData = ConflictEvent extends infer E
  ? E extends ConflictEvent
    ? Omit<E, 'theatre'> & { theatre?: string }
    : never
  : never;

function envelope(id: string, data: EventData, articleId = `article-${id}`): Envelope<ConflictEvent> {
  const event = { theatre: THEATRE, ...data } as ConflictEvent;
  return {
    id,
    type: event.type,
    schemaVersion: 1,
    theatre: event.theatre,
    occurredOn: event.occurredOn,
    recordedAt: '2025-04-22T09:00:00.000Z',
    data: event,
    source: { articleId },
  };
}

const evidence = (sentence: string): Evidence => ({ sentence, start: 0, end: sentence.length });

function strike(
  id: string,
  occurredOn: string,
  figures: { launched: number | null; intercepted: number | null },
  overrides: Partial<Extract<EventData, { type: 'StrikeReported' }>> = {},
): Envelope<ConflictEvent> {
  return envelope(id, {
    type: 'StrikeReported',
    occurredOn,
    attacker: 'russia',
    target: 'ukraine',
    weapon: 'drone',
    ...figures,
    evidence: evidence(`Report ${id}: drones came over the city before dawn.`),
    ...overrides,
  });
}

function ceasefire(
  id: string,
  type: Extract<EventData, { parties: unknown }>['type'],
  occurredOn: string,
  extra: Record<string, unknown> = {},
): Envelope<ConflictEvent> {
  return envelope(id, { type, occurredOn, parties: ['russia', 'ukraine'], ...extra } as EventData);
}

let nextOffset = 0;
function batch(events: Envelope<ConflictEvent>[], overrides: Partial<ProjectionBatch> = {}): ProjectionBatch {
  nextOffset += events.length + 1;
  return {
    consumer: CONSUMER,
    topic: TOPIC,
    partition: 0,
    nextOffset: String(nextOffset),
    events,
    ...overrides,
  };
}

/**
 * The behaviour every ReadStore adapter must show. An adapter's spec calls this once with a factory; every
 * test gets a fresh harness (an empty database of its own).
 */
export function readStoreContract(adapterName: string, createHarness: () => Promise<ReadStoreHarness>): void {
  describe(`ReadStore contract: ${adapterName}`, () => {
    jest.setTimeout(TEST_TIMEOUT_MS);
    let harness: ReadStoreHarness;
    let store: ReadStore;

    beforeEach(async () => {
      harness = await createHarness();
      store = await harness.open();
    });

    afterEach(async () => {
      await harness.dispose();
    });

    it('migrates to exactly the schema the entities describe', async () => {
      expect(await harness.pendingSchemaChanges()).toEqual([]);
    });

    it('starts empty: every gazetteer theatre at none, no checkpoint, no history', async () => {
      const theatres = await store.theatres();
      expect(theatres.map((theatre) => theatre.id)).toEqual(
        defaultGazetteer().theatres.map((theatre) => theatre.id),
      );
      expect(theatres.every((theatre) => theatre.ceasefire.state === 'none')).toBe(true);
      expect(theatres.every((theatre) => theatre.strikes.incidents === 0)).toBe(true);
      expect(await store.checkpoint(CONSUMER, TOPIC, 0)).toBeUndefined();
      expect(await store.ceasefire(THEATRE)).toMatchObject({
        theatre: THEATRE,
        state: 'none',
        proposals: [],
      });
      expect(await store.ceasefire('atlantis-lemuria')).toBeUndefined();
      expect(await store.ceasefire('atlantis-lemuria', '2025-04-01')).toBeUndefined();
      expect(await store.incident('0000000000000000')).toBeUndefined();
      expect(await store.history({ limit: 10 })).toEqual({ events: [], hasMore: false });
    });

    it('stores offsets as strings, beyond 2^53, per consumer, topic and partition', async () => {
      await store.apply(batch([], { nextOffset: '9007199254740993' }));
      await store.apply(batch([], { partition: 1, nextOffset: '18446744073709551615' }));
      await store.apply(batch([], { consumer: 'other', nextOffset: '7' }));
      expect(await store.checkpoint(CONSUMER, TOPIC, 0)).toBe('9007199254740993');
      expect(await store.checkpoint(CONSUMER, TOPIC, 1)).toBe('18446744073709551615');
      expect(await store.checkpoint('other', TOPIC, 0)).toBe('7');
      expect(await store.checkpoint(CONSUMER, 'articles', 0)).toBeUndefined();

      await store.apply(batch([], { nextOffset: '9007199254740995' }));
      await store.close();
      const reopened = await harness.open();
      expect(await reopened.checkpoint(CONSUMER, TOPIC, 0)).toBe('9007199254740995');
    });

    it('applies a batch: history, ceasefire, incident and checkpoint together', async () => {
      const outcome = await store.apply(
        batch(
          [
            strike('s1', '2025-04-21', { launched: 40, intercepted: 35 }),
            ceasefire('c1', 'CeasefireProposed', '2025-04-20', { by: 'ukraine', scope: 'energy' }),
            strike(
              's2',
              '2025-04-21',
              { launched: 3, intercepted: 1 },
              { theatre: OTHER_THEATRE, attacker: 'hamas', target: 'israel', weapon: 'rocket' },
            ),
          ],
          { nextOffset: '3' },
        ),
      );
      expect(outcome).toEqual({
        applied: 3,
        duplicates: 0,
        theatres: [OTHER_THEATRE, THEATRE].sort(),
        newIncidents: expect.any(Array),
      });
      expect(outcome.newIncidents).toHaveLength(2);
      expect(await store.checkpoint(CONSUMER, TOPIC, 0)).toBe('3');
      expect(await store.ceasefire(THEATRE)).toMatchObject({
        state: 'proposed',
        proposals: [{ by: 'ukraine', scope: 'energy', proposedOn: '2025-04-20', answers: [] }],
      });
      expect(await harness.outboxIncidentIds()).toEqual(outcome.newIncidents);
      const overview = await store.theatres();
      expect(overview.find((theatre) => theatre.id === THEATRE)).toMatchObject({
        ceasefire: { state: 'proposed', since: '2025-04-20', lastEventOn: '2025-04-20' },
        strikes: {
          incidents: 1,
          launched: 40,
          intercepted: 35,
          withLaunched: 1,
          withIntercepted: 1,
          lastIncidentOn: '2025-04-21',
        },
      });
      expect(overview.find((theatre) => theatre.id === OTHER_THEATRE)?.strikes).toMatchObject({
        incidents: 1,
        launched: 3,
      });
    });

    it('skips events applied before, and repeats within one batch, as duplicates', async () => {
      const events = [
        strike('s1', '2025-04-21', { launched: 40, intercepted: 35 }),
        ceasefire('c1', 'CeasefireViolationAlleged', '2025-04-21', { by: 'ukraine' }),
      ];
      const first = await store.apply(batch(events));
      const again = await store.apply(batch([...events, events[0]]));
      expect(first).toMatchObject({ applied: 2, duplicates: 0 });
      expect(again).toEqual({ applied: 0, duplicates: 3, theatres: [], newIncidents: [] });

      const within = await store.apply(
        batch([
          strike('s3', '2025-04-22', { launched: 5, intercepted: 5 }),
          strike('s3', '2025-04-22', { launched: 5, intercepted: 5 }),
        ]),
      );
      expect(within).toMatchObject({ applied: 1, duplicates: 1 });

      expect((await store.history({ limit: 10 })).events.map((event) => event.id)).toEqual([
        's1',
        'c1',
        's3',
      ]);
      expect((await store.strikes({ groupBy: 'month' })).total).toMatchObject({ incidents: 2, launched: 45 });
      expect((await store.ceasefire(THEATRE))?.violations).toHaveLength(1);
      expect(await harness.outboxIncidentIds()).toHaveLength(2);
    });

    it('leaves neither rows nor checkpoint when a batch fails part-way', async () => {
      await store.apply(
        batch([strike('s0', '2025-04-19', { launched: 1, intercepted: 1 })], { nextOffset: '1' }),
      );
      const good = [
        strike('s1', '2025-04-21', { launched: 40, intercepted: 35 }),
        ceasefire('c1', 'CeasefireDeclared', '2025-04-19', { by: 'russia', durationHours: 30 }),
      ];
      const invalid = {
        ...strike('s2', '2025-04-21', { launched: 2, intercepted: 1 }),
        data: { type: 'StrikeReported', theatre: THEATRE },
      } as unknown as Envelope<ConflictEvent>;

      await expect(store.apply(batch([...good, invalid], { nextOffset: '4' }))).rejects.toThrow(/s2/);
      // The offset fails only after every row of the batch has been written.
      await expect(store.apply(batch(good, { nextOffset: 'not-an-offset' }))).rejects.toThrow(/offset/);

      expect(await store.checkpoint(CONSUMER, TOPIC, 0)).toBe('1');
      expect((await store.history({ limit: 10 })).events.map((event) => event.id)).toEqual(['s0']);
      expect((await store.ceasefire(THEATRE))?.state).toBe('none');
      expect((await store.strikes({ groupBy: 'day' })).total.incidents).toBe(1);
      expect(await harness.outboxIncidentIds()).toHaveLength(1);

      expect(await store.apply(batch(good, { nextOffset: '4' }))).toMatchObject({
        applied: 2,
        duplicates: 0,
      });
      expect(await store.checkpoint(CONSUMER, TOPIC, 0)).toBe('4');
      expect((await store.ceasefire(THEATRE))?.state).toBe('in_effect');
    });

    it('keeps events of a theatre the gazetteer does not know in the history, without failing the batch', async () => {
      const outcome = await store.apply(
        batch([
          ceasefire('u1', 'CeasefireProposed', '2025-04-20', {
            theatre: 'atlantis-lemuria',
            parties: ['atlantis', 'lemuria'],
          }),
          strike('s1', '2025-04-21', { launched: 2, intercepted: 2 }),
        ]),
      );
      expect(outcome).toMatchObject({ applied: 2, theatres: ['atlantis-lemuria', THEATRE] });
      expect(await store.ceasefire('atlantis-lemuria')).toBeUndefined();
      expect((await store.theatres()).map((theatre) => theatre.id)).not.toContain('atlantis-lemuria');
      expect(
        (await store.history({ limit: 10, theatre: 'atlantis-lemuria' })).events.map((event) => event.id),
      ).toEqual(['u1']);
    });

    it('merges five reports of one attack into one incident with every source', async () => {
      const reports = [
        strike('r1', '2025-04-22', { launched: 54, intercepted: 30 }),
        strike('r2', '2025-04-22', { launched: 54, intercepted: 30 }),
        strike('r3', '2025-04-22', { launched: 50, intercepted: null }),
        strike('r4', '2025-04-22/2025-04-23', { launched: null, intercepted: 30 }),
        strike('r5', '2025-04-22', { launched: 54, intercepted: 31 }),
      ];
      const first = await store.apply(batch(reports.slice(0, 2)));
      const rest = await store.apply(batch(reports.slice(2)));
      expect(first.newIncidents).toHaveLength(1);
      expect(rest.newIncidents).toEqual([]);
      expect(await harness.outboxIncidentIds()).toEqual(first.newIncidents);

      const incident = await store.incident(first.newIncidents[0]);
      expect(incident).toMatchObject({
        id: first.newIncidents[0],
        theatre: THEATRE,
        attacker: 'russia',
        target: 'ukraine',
        weapon: 'drone',
        day: '2025-04-22',
        launched: 54,
        intercepted: 31,
        disagreement: true,
      });
      expect(
        incident?.reports.map((report) => [report.eventId, report.articleId, report.evidence?.sentence]),
      ).toEqual(
        ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => [
          id,
          `article-${id}`,
          `Report ${id}: drones came over the city before dawn.`,
        ]),
      );
      const counts = await store.strikes({ groupBy: 'day' });
      expect(counts.buckets).toEqual([
        expect.objectContaining({ period: '2025-04-22', incidents: 1, launched: 54, intercepted: 31 }),
      ]);
    });

    it('decides the ceasefire by occurrence dates, whatever order the events arrive in', async () => {
      await store.apply(batch([ceasefire('c3', 'CeasefireExpired', '2025-04-20')]));
      await store.apply(batch([ceasefire('c2', 'CeasefireStarted', '2025-04-11')]));
      await store.apply(batch([ceasefire('c1', 'CeasefireAgreed', '2025-04-10', { durationHours: 216 })]));
      await store.apply(batch([ceasefire('c0', 'CeasefireProposed', '2025-04-01', { by: 'ukraine' })]));
      const view = await store.ceasefire(THEATRE);
      expect(view).toMatchObject({
        state: 'expired',
        since: '2025-04-20',
        lastEventOn: '2025-04-20',
        proposals: [],
        truce: {
          unilateral: false,
          durationHours: 216,
          announcedOn: '2025-04-10',
          startedOn: '2025-04-11',
          endedOn: '2025-04-20',
        },
      });
      expect((await store.theatres()).find((theatre) => theatre.id === THEATRE)?.ceasefire).toEqual({
        state: 'expired',
        since: '2025-04-20',
        lastEventOn: '2025-04-20',
      });
    });

    it('answers "as of" a date by folding the history up to that day', async () => {
      await store.apply(
        batch([
          ceasefire('c0', 'CeasefireProposed', '2025-04-01', { by: 'ukraine' }),
          ceasefire('c1', 'CeasefireAgreed', '2025-04-10'),
          ceasefire('c2', 'CeasefireStarted', '2025-04-11'),
          strike('s1', '2025-04-12', { launched: 4, intercepted: 4 }),
          ceasefire('c3', 'CeasefireEnded', '2025-04-20'),
        ]),
      );
      await store.apply(
        batch([ceasefire('c4', 'CeasefireViolationAlleged', '2025-04-15', { by: 'ukraine' })]),
      );
      expect((await store.ceasefire(THEATRE, '2025-03-31'))?.state).toBe('none');
      expect(await store.ceasefire(THEATRE, '2025-04-05')).toMatchObject({
        state: 'proposed',
        proposals: [{ by: 'ukraine' }],
      });
      expect((await store.ceasefire(THEATRE, '2025-04-10'))?.state).toBe('agreed');
      expect(await store.ceasefire(THEATRE, '2025-04-19')).toMatchObject({
        state: 'in_effect',
        lastEventOn: '2025-04-15',
        violations: [{ by: 'ukraine', on: '2025-04-15' }],
      });
      expect((await store.ceasefire(THEATRE, '2025-04-20'))?.state).toBe('ended');
      expect(await store.ceasefire(THEATRE, '2030-01-01')).toEqual(await store.ceasefire(THEATRE));
    });

    it('pages the history by cursor, in application order, and continues past the end', async () => {
      const ids = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'];
      await store.apply(
        batch(
          ids.map((id, index) =>
            strike(
              id,
              `2025-04-1${index}`,
              { launched: index, intercepted: 0 },
              index % 2 ? { theatre: OTHER_THEATRE, attacker: 'hamas', target: 'israel' } : {},
            ),
          ),
        ),
      );
      const seen: string[] = [];
      let cursor: string | undefined;
      const pages: boolean[] = [];
      for (;;) {
        const page = await store.history({ limit: 3, ...(cursor !== undefined && { after: cursor }) });
        seen.push(...page.events.map((event) => event.id));
        pages.push(page.hasMore);
        expect(typeof page.next).toBe('string');
        cursor = page.next;
        if (!page.hasMore) break;
      }
      expect(seen).toEqual(ids);
      expect(pages).toEqual([true, true, false]);

      const atEnd = await store.history({ limit: 3, after: cursor });
      expect(atEnd).toEqual({ events: [], next: cursor, hasMore: false });
      await store.apply(batch([strike('h8', '2025-04-19', { launched: 1, intercepted: 1 })]));
      expect((await store.history({ limit: 3, after: cursor })).events.map((event) => event.id)).toEqual([
        'h8',
      ]);

      const other = await store.history({ limit: 10, theatre: OTHER_THEATRE });
      expect(other.events.map((event) => event.id)).toEqual(['h2', 'h4', 'h6']);
      expect(other.events[0]).toEqual(
        strike(
          'h2',
          '2025-04-11',
          { launched: 1, intercepted: 0 },
          { theatre: OTHER_THEATRE, attacker: 'hamas', target: 'israel' },
        ),
      );
    });

    it('counts strikes by day, ISO week and month, with filters', async () => {
      await store.apply(
        batch([
          strike('a', '2025-04-20', { launched: 10, intercepted: 8 }),
          strike('b', '2025-04-21', { launched: 5, intercepted: 5 }, { weapon: 'missile' }),
          strike('c', '2025-04-27', { launched: 20, intercepted: null }),
          strike(
            'd',
            '2025-05-01',
            { launched: null, intercepted: 7 },
            { attacker: 'ukraine', target: 'russia' },
          ),
          strike(
            'e',
            '2025-05-01',
            { launched: 3, intercepted: 3 },
            { theatre: OTHER_THEATRE, attacker: 'hamas', target: 'israel', weapon: 'rocket' },
          ),
        ]),
      );
      const byDay = await store.strikes({ groupBy: 'day', theatre: THEATRE });
      expect(
        byDay.buckets.map((bucket) => [bucket.period, bucket.incidents, bucket.launched, bucket.intercepted]),
      ).toEqual([
        ['2025-04-20', 1, 10, 8],
        ['2025-04-21', 1, 5, 5],
        ['2025-04-27', 1, 20, 0],
        ['2025-05-01', 1, 0, 7],
      ]);
      const byWeek = await store.strikes({ groupBy: 'week', theatre: THEATRE });
      expect(
        byWeek.buckets.map((bucket) => [
          bucket.period,
          bucket.from,
          bucket.to,
          bucket.incidents,
          bucket.launched,
        ]),
      ).toEqual([
        ['2025-W16', '2025-04-14', '2025-04-20', 1, 10],
        ['2025-W17', '2025-04-21', '2025-04-27', 2, 25],
        ['2025-W18', '2025-04-28', '2025-05-04', 1, 0],
      ]);
      expect(byWeek.buckets[1].byWeapon).toEqual({
        drone: { incidents: 1, launched: 20, intercepted: 0, withLaunched: 1, withIntercepted: 0 },
        missile: { incidents: 1, launched: 5, intercepted: 5, withLaunched: 1, withIntercepted: 1 },
      });
      const byMonth = await store.strikes({ groupBy: 'month' });
      expect(byMonth.buckets.map((bucket) => [bucket.period, bucket.incidents])).toEqual([
        ['2025-04', 3],
        ['2025-05', 2],
      ]);
      expect(byMonth.total).toMatchObject({ incidents: 5, launched: 38, intercepted: 23 });
      const filtered = await store.strikes({
        groupBy: 'month',
        from: '2025-04-21',
        to: '2025-04-30',
        attacker: 'russia',
        weapon: 'drone',
      });
      expect(filtered.total).toMatchObject({ incidents: 1, launched: 20 });
      expect((await store.strikes({ groupBy: 'day', attacker: 'ukraine' })).total.incidents).toBe(1);
    });

    it('lists incidents newest first, with the same filters as the counts and a limit', async () => {
      await store.apply(
        batch([
          strike('a', '2025-04-20', { launched: 10, intercepted: 8 }),
          strike('a2', '2025-04-20', { launched: 12, intercepted: 8 }),
          strike('b', '2025-04-21', { launched: 5, intercepted: 5 }, { weapon: 'missile' }),
          strike('c', '2025-04-27', { launched: 20, intercepted: null }),
          strike(
            'e',
            '2025-05-01',
            { launched: 3, intercepted: 3 },
            { theatre: OTHER_THEATRE, attacker: 'hamas', target: 'israel', weapon: 'rocket' },
          ),
        ]),
      );
      const listed = await store.incidents({ theatre: THEATRE, limit: 10 });
      expect(
        listed.map((incident) => [incident.day, incident.weapon, incident.launched, incident.reportCount]),
      ).toEqual([
        ['2025-04-27', 'drone', 20, 1],
        ['2025-04-21', 'missile', 5, 1],
        ['2025-04-20', 'drone', 12, 2],
      ]);
      expect(listed[2]).toMatchObject({ disagreement: true });
      expect(listed[2]).not.toHaveProperty('reports');
      expect(await store.incident(listed[2].id)).toMatchObject({
        reports: [expect.anything(), expect.anything()],
      });
      expect((await store.incidents({ limit: 2 })).map((incident) => incident.day)).toEqual([
        '2025-05-01',
        '2025-04-27',
      ]);
      expect(
        (await store.incidents({ from: '2025-04-21', to: '2025-04-30', weapon: 'missile', limit: 10 })).map(
          (incident) => incident.day,
        ),
      ).toEqual(['2025-04-21']);
    });

    it('applies concurrent batches of several partitions without losing or doubling any', async () => {
      const partitions = [0, 1, 2, 3];
      const outcomes = await Promise.all(
        partitions.map((partition) =>
          store.apply(
            batch(
              [1, 2, 3].map((n) =>
                strike(
                  `p${partition}-${n}`,
                  `2025-04-${10 + n}`,
                  { launched: 1, intercepted: 1 },
                  { weapon: (['drone', 'missile', 'rocket', 'artillery'] as const)[partition] },
                ),
              ),
              { partition, nextOffset: String(100 + partition) },
            ),
          ),
        ),
      );
      expect(outcomes.map((outcome) => outcome.applied)).toEqual([3, 3, 3, 3]);
      for (const partition of partitions)
        expect(await store.checkpoint(CONSUMER, TOPIC, partition)).toBe(String(100 + partition));
      expect((await store.strikes({ groupBy: 'month' })).total).toMatchObject({
        incidents: 12,
        launched: 12,
      });
      const history = await store.history({ limit: 100 });
      expect(new Set(history.events.map((event) => event.id)).size).toBe(12);
    });

    it('keeps everything across a reopen of the same database', async () => {
      const outcome = await store.apply(
        batch([
          strike('s1', '2025-04-21', { launched: 40, intercepted: 35 }),
          ceasefire('c1', 'CeasefireAgreed', '2025-04-20'),
        ]),
      );
      await store.close();
      store = await harness.open();
      expect((await store.ceasefire(THEATRE))?.state).toBe('agreed');
      expect((await store.incident(outcome.newIncidents[0]))?.launched).toBe(40);
      expect(
        await store.apply(batch([strike('s1', '2025-04-21', { launched: 40, intercepted: 35 })])),
      ).toMatchObject({ applied: 0, duplicates: 1 });
    });
  });
}
