import { randomUUID } from 'node:crypto';
import {
  DEAD_LETTER_TYPE,
  TOPICS,
  type DeadLetter,
  type Envelope,
  type EventLog,
  type LogRecord,
  type PartitionBatch,
  type SubscribeOptions,
  type Subscription,
} from '@app/event-log';
import { waitFor } from '../../support/wait-for';

/** What an adapter's spec provides so the shared suite can drive it. */
export interface EventLogHarness {
  /** Opens a client of the log under test; every client opened reaches the same stored records. */
  open(): Promise<EventLog>;
  /** Writes a record value byte for byte, bypassing the envelope codec, as a foreign producer could. */
  appendRaw(topic: string, partition: number, key: string, value: Buffer): Promise<void>;
  /** Closes whatever `open` opened and removes what the harness created. */
  dispose(): Promise<void>;
}

const TEST_TIMEOUT_MS = 30_000;
const RECORDED_AT = '2026-11-25T12:00:00.000Z';

interface Payload {
  sequence: number;
  key?: string;
}

function envelope(id: string, data: Payload): Envelope<Payload> {
  return { id, type: 'ContractProbe', schemaVersion: 1, recordedAt: RECORDED_AT, data };
}

/** kafkajs style: every test owns its topics and groups, so tests never see each other's records. */
function unique(what: string): string {
  return `contract-${what}-${randomUUID()}`;
}

class Collector {
  readonly batches: PartitionBatch<Payload>[] = [];

  get records(): LogRecord<Payload>[] {
    return this.batches.flatMap((batch) => batch.records);
  }

  get ids(): string[] {
    return this.records.map((record) => record.envelope.id);
  }
}

/**
 * The behaviour every EventLog adapter must show. An adapter's spec calls this once with a factory for its
 * harness; the suite opens one harness for all its tests.
 */
export function eventLogContract(adapterName: string, createHarness: () => Promise<EventLogHarness>): void {
  describe(`EventLog contract: ${adapterName}`, () => {
    jest.setTimeout(TEST_TIMEOUT_MS);

    let harness: EventLogHarness;
    let log: EventLog;
    const subscriptions: Subscription[] = [];

    beforeAll(async () => {
      harness = await createHarness();
      log = await harness.open();
    });

    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
    });

    afterAll(async () => {
      await harness?.dispose();
    });

    async function topicWith(partitions: number): Promise<string> {
      const topic = unique('topic');
      await log.ensureTopics([{ name: topic, partitions }]);
      return topic;
    }

    async function appendSequence(topic: string, keys: string[], firstSequence = 0) {
      return log.append(
        topic,
        keys.map((key, index) => {
          const sequence = firstSequence + index;
          return { key, envelope: envelope(`e${sequence}`, { sequence, key }) };
        }),
      );
    }

    async function subscribeCollecting(
      options: Partial<SubscribeOptions<Payload>> & { topic: string },
      collector = new Collector(),
    ): Promise<Collector> {
      const subscription = await log.subscribe<Payload>({
        group: unique('group'),
        resumeFrom: async () => undefined,
        ...options,
        onBatch: async (batch) => {
          await options.onBatch?.(batch);
          collector.batches.push(batch);
        },
      });
      subscriptions.push(subscription);
      return collector;
    }

    async function readAll(topic: string, partition: number): Promise<LogRecord<Payload>[]> {
      return log.read<Payload>(topic, partition, '0', 10_000);
    }

    it('reads appended records back in order, with offsets as decimal strings', async () => {
      const topic = await topicWith(1);
      const positions = await appendSequence(topic, ['k', 'k', 'k']);
      const records = await readAll(topic, 0);

      expect(records.map((record) => record.envelope)).toEqual(
        [0, 1, 2].map((n) => envelope(`e${n}`, { sequence: n, key: 'k' })),
      );
      expect(records.map((record) => record.offset)).toEqual(positions.map((position) => position.offset));
      for (const record of records) expect(record.offset).toMatch(/^(0|[1-9][0-9]*)$/);
      const offsets = records.map((record) => BigInt(record.offset));
      expect(offsets[1] > offsets[0] && offsets[2] > offsets[1]).toBe(true);
      expect(
        records.every((record) => record.topic === topic && record.partition === 0 && record.key === 'k'),
      ).toBe(true);
      expect(BigInt(await log.endOffset(topic, 0))).toBe(offsets[2] + 1n);
      expect(await log.read(topic, 0, (offsets[2] + 1n).toString(), 10)).toEqual([]);
    });

    it('answers an append with the positions in request order', async () => {
      const topic = await topicWith(4);
      const keys = Array.from({ length: 24 }, (_, n) => `key-${n % 7}`);
      const positions = await appendSequence(topic, keys);

      expect(positions).toHaveLength(keys.length);
      expect(await log.partitionCount(topic)).toBe(4);
      for (const [sequence, position] of positions.entries()) {
        expect(position.topic).toBe(topic);
        const [record] = await log.read<Payload>(topic, position.partition, position.offset, 1);
        expect(record.envelope.data.sequence).toBe(sequence);
      }
    });

    it('gives each of many concurrent appends the positions of its own records', async () => {
      const topic = await topicWith(3);
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, caller) =>
          appendSequence(topic, [`key-${caller % 5}`, `key-${(caller + 1) % 5}`], caller * 2),
        ),
      );

      const stored = new Map<string, number>();
      for (const partition of [0, 1, 2]) {
        for (const record of await readAll(topic, partition)) {
          stored.set(`${partition}/${record.offset}`, record.envelope.data.sequence);
        }
      }
      expect(stored.size).toBe(80);
      const answered = answers.flatMap((positions) =>
        positions.map(({ partition, offset }) => `${partition}/${offset}`),
      );
      expect(answered.map((position) => stored.get(position))).toEqual(
        Array.from({ length: 80 }, (_, n) => n),
      );
    });

    it('keeps each key in one partition, in the order its records were appended', async () => {
      const topic = await topicWith(3);
      const keys = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
      let sequence = 0;
      for (let round = 0; round < 4; round++) {
        const roundKeys = round % 2 ? [...keys].reverse() : keys;
        await appendSequence(topic, roundKeys, sequence);
        sequence += roundKeys.length;
      }

      const everything = (await Promise.all([0, 1, 2].map((partition) => readAll(topic, partition)))).flat();
      expect(everything).toHaveLength(keys.length * 4);
      for (const key of keys) {
        const ofKey = everything.filter((record) => record.key === key);
        expect(new Set(ofKey.map((record) => record.partition)).size).toBe(1);
        const sequences = ofKey.map((record) => record.envelope.data.sequence);
        expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
        expect(ofKey).toHaveLength(4);
      }
    });

    it('refuses a malformed envelope and appends nothing of that request', async () => {
      const topic = await topicWith(1);
      const malformed = { ...envelope('bad', { sequence: 1 }), schemaVersion: 0 };
      await expect(
        log.append(topic, [
          { key: 'k', envelope: envelope('good', { sequence: 0 }) },
          { key: 'k', envelope: malformed },
        ]),
      ).rejects.toThrow(/schemaVersion/);
      expect(await readAll(topic, 0)).toEqual([]);
    });

    it('delivers only the records after the checkpoint a subscriber resumes from', async () => {
      const topic = await topicWith(1);
      const positions = await appendSequence(topic, ['k', 'k', 'k', 'k', 'k']);
      const collector = await subscribeCollecting({ topic, resumeFrom: async () => positions[3].offset });
      await waitFor(
        () => collector.ids,
        (ids) => ids.length >= 2,
      );

      await appendSequence(topic, ['k'], 5);
      await waitFor(
        () => collector.ids,
        (ids) => ids.length >= 3,
      );
      expect(collector.ids).toEqual(['e3', 'e4', 'e5']);
    });

    it('hands a rejected batch over again, unchanged, and skips nothing', async () => {
      const topic = await topicWith(1);
      await appendSequence(topic, ['k', 'k', 'k', 'k']);
      const attempts: PartitionBatch<Payload>[] = [];
      const retries: number[] = [];
      const collector = await subscribeCollecting({
        topic,
        maxBatchSize: 2,
        onBatch: async (batch) => {
          attempts.push(batch);
          if (attempts.length <= 2) throw new Error('the read store is down');
        },
        onRetry: (_error, _batch, attempt) => retries.push(attempt),
      });

      await waitFor(
        () => collector.ids,
        (ids) => ids.length >= 4,
      );
      expect(collector.ids).toEqual(['e0', 'e1', 'e2', 'e3']);
      expect(attempts.slice(0, 3).map((batch) => batch.records.map((record) => record.envelope.id))).toEqual([
        ['e0', 'e1'],
        ['e0', 'e1'],
        ['e0', 'e1'],
      ]);
      expect(retries).toEqual([1, 2]);
      expect(collector.batches.map((batch) => batch.records.length)).toEqual([2, 2]);
    });

    it('gives every group the whole topic', async () => {
      const topic = await topicWith(3);
      const keys = Array.from({ length: 12 }, (_, n) => `key-${n}`);
      await appendSequence(topic, keys);
      const first = await subscribeCollecting({ topic, group: unique('first') });
      const second = await subscribeCollecting({ topic, group: unique('second') });
      await appendSequence(topic, ['late-a', 'late-b'], keys.length);

      const everyId = Array.from({ length: keys.length + 2 }, (_, n) => `e${n}`).sort();
      for (const collector of [first, second]) {
        await waitFor(
          () => collector.ids,
          (ids) => ids.length >= everyId.length,
        );
        expect([...collector.ids].sort()).toEqual(everyId);
      }
    });

    it('lets a stopped subscriber resume from the checkpoint it stored', async () => {
      const topic = await topicWith(2);
      const group = unique('group');
      const checkpointing = {
        topic,
        group,
        resumeFrom: (partition: number) => log.checkpoints.get(group, topic, partition),
        onBatch: (batch: PartitionBatch<Payload>) =>
          log.checkpoints.set(group, batch.topic, batch.partition, batch.nextOffset),
      };
      await appendSequence(topic, ['a', 'b', 'c']);
      const before = await subscribeCollecting(checkpointing);
      await waitFor(
        () => before.ids,
        (ids) => ids.length >= 3,
      );
      await subscriptions.pop()!.stop();

      await appendSequence(topic, ['a', 'b'], 3);
      const after = await subscribeCollecting(checkpointing);
      await waitFor(
        () => after.ids,
        (ids) => ids.length >= 2,
      );
      expect([...before.ids].sort()).toEqual(['e0', 'e1', 'e2']);
      expect([...after.ids].sort()).toEqual(['e3', 'e4']);
    });

    it('lets the batch in flight finish before stop() resolves', async () => {
      const topic = await topicWith(1);
      await appendSequence(topic, ['k']);
      let releaseBatch!: () => void;
      const batchMayFinish = new Promise<void>((resolve) => (releaseBatch = resolve));
      const started: string[] = [];
      const order: string[] = [];
      const collector = await subscribeCollecting({
        topic,
        onBatch: async (batch) => {
          started.push(...batch.records.map((record) => record.envelope.id));
          await batchMayFinish;
          order.push('batch finished');
        },
      });
      await waitFor(
        () => started,
        (ids) => ids.length === 1,
      );

      const stopping = subscriptions
        .pop()!
        .stop()
        .then(() => void order.push('stop resolved'));
      // However long the adapter's own disconnect takes, stop() must not resolve before the batch ends.
      setTimeout(releaseBatch, 200);
      await stopping;
      expect(order).toEqual(['batch finished', 'stop resolved']);
      expect(collector.ids).toEqual(['e0']);
    });

    it('round-trips checkpoints beyond the precision of a double', async () => {
      const group = unique('group');
      const topic = unique('topic');
      expect(await log.checkpoints.get(group, topic, 0)).toBeUndefined();
      await log.checkpoints.set(group, topic, 0, '9007199254740993');
      await log.checkpoints.set(group, topic, 1, '18446744073709551615');
      expect(await log.checkpoints.get(group, topic, 0)).toBe('9007199254740993');
      expect(await log.checkpoints.get(group, topic, 1)).toBe('18446744073709551615');
      await log.checkpoints.set(group, topic, 0, '9007199254740995');
      expect(await log.checkpoints.get(group, topic, 0)).toBe('9007199254740995');
      expect(await log.checkpoints.get(unique('other-group'), topic, 0)).toBeUndefined();
    });

    it('keeps what an append acknowledged when the log is closed and opened again', async () => {
      const writer = await harness.open();
      const topic = unique('topic');
      await writer.ensureTopics([{ name: topic, partitions: 2 }]);
      const positions = await writer.append(topic, [
        { key: 'a', envelope: envelope('durable-0', { sequence: 0 }) },
        { key: 'b', envelope: envelope('durable-1', { sequence: 1 }) },
      ]);
      await writer.close();

      const reader = await harness.open();
      for (const [sequence, position] of positions.entries()) {
        const [record] = await reader.read<Payload>(topic, position.partition, position.offset, 1);
        expect(record.envelope).toEqual(envelope(`durable-${sequence}`, { sequence }));
      }
      await reader.close();
    });

    it('parks undecodable records on the dead-letter topic with the reason and goes on', async () => {
      const topic = await topicWith(1);
      await appendSequence(topic, ['k']);
      await harness.appendRaw(topic, 0, 'k', Buffer.from('{"id": "truncated'));
      await harness.appendRaw(topic, 0, 'k', Buffer.from(JSON.stringify({ id: 'no-type', data: {} })));
      await appendSequence(topic, ['k'], 1);
      const endOffset = await log.endOffset(topic, 0);

      const collector = await subscribeCollecting({ topic });
      await waitFor(
        () => collector.batches,
        (batches) => batches.at(-1)?.nextOffset === endOffset,
      );
      expect(collector.ids).toEqual(['e0', 'e1']);
      expect((await readAll(topic, 0)).map((record) => record.envelope.id)).toEqual(['e0', 'e1']);

      const deadLetters = await waitFor(
        () => deadLettersOf(log, topic),
        (found) => found.length >= 2,
      );
      expect(deadLetters).toEqual([
        expect.objectContaining({ topic, partition: 0, reason: expect.stringMatching(/^not JSON/) }),
        expect.objectContaining({
          topic,
          partition: 0,
          reason: expect.stringMatching(/^not an envelope: .*type/),
        }),
      ]);
      expect(deadLetters[0].raw).toBe('{"id": "truncated');
    });
  });
}

async function deadLettersOf(log: EventLog, topic: string): Promise<DeadLetter[]> {
  const partitions = await log.partitionCount(TOPICS.deadLetter);
  const found: DeadLetter[] = [];
  for (let partition = 0; partition < partitions; partition++) {
    for (const record of await log.read<DeadLetter>(TOPICS.deadLetter, partition, '0', 100_000)) {
      if (record.envelope.type === DEAD_LETTER_TYPE && record.envelope.data.topic === topic) {
        found.push(record.envelope.data);
      }
    }
  }
  return found.sort((a, b) => (BigInt(a.offset) < BigInt(b.offset) ? -1 : 1));
}
