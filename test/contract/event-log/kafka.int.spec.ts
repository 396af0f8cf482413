import { randomUUID } from 'node:crypto';
import { ConfigResourceTypes, Kafka, logLevel, type Admin, type IHeaders } from 'kafkajs';
import {
  createKafkaEventLog,
  createNamespacedKafkaEventLog,
  DEAD_LETTER_HEADERS,
  TOPICS,
  type Envelope,
  type EventLog,
  type KafkaEventLogOptions,
  type PartitionBatch,
  type Subscription,
} from '@app/event-log';
import { waitFor } from '../../support/wait-for';
import { eventLogContract, type EventLogHarness } from './event-log.contract';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/**
 * Group timings at the broker's minimum session timeout and short back-offs keep joins, rebalances and
 * redeliveries within a test's budget; production keeps the adapter's defaults.
 */
const testOptions: Omit<KafkaEventLogOptions, 'clientId'> = {
  brokers,
  groupTimings: {
    sessionTimeoutMs: 6_000,
    heartbeatIntervalMs: 300,
    rebalanceTimeoutMs: 5_000,
    maxWaitTimeInMs: 100,
  },
  redeliveryBackOff: { initialMs: 50, maxMs: 500 },
  logLevel: logLevel.NOTHING,
};

/**
 * Every client of a harness shares the broker; the harness deletes the topics its clients declared. With a
 * namespace, the log is the namespaced one and the harness works with the namespaced topic names.
 */
async function kafkaHarness(namespace?: string): Promise<EventLogHarness & { admin: Admin; kafka: Kafka }> {
  const actual = (topic: string) => (namespace ? `${namespace}.${topic}` : topic);
  const kafka = new Kafka({ clientId: 'kafka-contract-harness', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const rawProducer = kafka.producer();
  await rawProducer.connect();
  const opened: EventLog[] = [];
  const declared = new Set<string>();
  return {
    kafka,
    admin,
    async open() {
      const clientId = `kafka-contract-${randomUUID()}`;
      const log = namespace
        ? createNamespacedKafkaEventLog({ ...testOptions, clientId, namespace })
        : createKafkaEventLog({ ...testOptions, clientId });
      const ensureTopics = log.ensureTopics.bind(log);
      log.ensureTopics = async (topics) => {
        for (const { name } of topics) declared.add(actual(name));
        return ensureTopics(topics);
      };
      opened.push(log);
      return log;
    },
    async appendRaw(topic, partition, key, value) {
      await rawProducer.send({ topic: actual(topic), acks: -1, messages: [{ partition, key, value }] });
    },
    async dispose() {
      await Promise.all(opened.map((log) => log.close()));
      await rawProducer.disconnect();
      if (namespace)
        for (const internal of [TOPICS.deadLetter, 'checkpoints']) declared.add(actual(internal));
      const existing = new Set(await admin.listTopics());
      const owned = [...declared].filter((topic) => existing.has(topic));
      if (owned.length > 0) await admin.deleteTopics({ topics: owned });
      await admin.disconnect();
    },
  };
}

eventLogContract('Kafka', () => kafkaHarness());
eventLogContract('Kafka under a namespace', () => kafkaHarness(`tenant-${randomUUID().slice(0, 8)}`));

describe('Kafka event log, distributed specifics', () => {
  jest.setTimeout(60_000);

  let harness: Awaited<ReturnType<typeof kafkaHarness>>;
  let log: EventLog;
  const subscriptions: Subscription[] = [];

  beforeAll(async () => {
    harness = await kafkaHarness();
    log = await harness.open();
  });

  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  const probe = (id: string): Envelope<{ id: string }> => ({
    id,
    type: 'KafkaProbe',
    schemaVersion: 1,
    recordedAt: '2026-11-25T12:00:00.000Z',
    data: { id },
  });

  async function topicWith(partitions: number): Promise<string> {
    const topic = `kafka-specific-${randomUUID()}`;
    await log.ensureTopics([{ name: topic, partitions }]);
    return topic;
  }

  it('creates topics that keep records forever and refuses to shrink one', async () => {
    const topic = await topicWith(3);
    await log.ensureTopics([{ name: topic, partitions: 2 }]);
    expect(await log.partitionCount(topic)).toBe(3);
    await expect(log.ensureTopics([{ name: topic, partitions: 4 }])).rejects.toThrow(
      `topic ${topic} exists with 3 partitions, fewer than the 4 asked for`,
    );

    const described = await harness.admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        { type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms', 'retention.bytes'] },
      ],
    });
    const settings = Object.fromEntries(
      described.resources[0].configEntries.map((entry) => [entry.configName, entry.configValue]),
    );
    expect(settings).toEqual({ 'retention.ms': '-1', 'retention.bytes': '-1' });
  });

  it('parks garbage bytes on the dead-letter topic with the reason in a header and processes the next record', async () => {
    const topic = await topicWith(1);
    await harness.appendRaw(topic, 0, 'k', Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await log.append(topic, [{ key: 'k', envelope: probe('after-the-garbage') }]);

    const seen: string[] = [];
    subscriptions.push(
      await log.subscribe<{ id: string }>({
        topic,
        group: `kafka-specific-${randomUUID()}`,
        resumeFrom: async () => undefined,
        onBatch: async (batch) => {
          seen.push(...batch.records.map((record) => record.envelope.id));
        },
      }),
    );
    await waitFor(
      () => seen,
      (ids) => ids.length >= 1,
    );
    expect(seen).toEqual(['after-the-garbage']);

    const headers = await waitFor(
      () => deadLetterHeadersFor(harness.kafka, topic),
      (found) => found.length >= 1,
    );
    expect(headers).toEqual([
      {
        [DEAD_LETTER_HEADERS.reason]: expect.stringMatching(/^not JSON text/),
        [DEAD_LETTER_HEADERS.topic]: topic,
        [DEAD_LETTER_HEADERS.partition]: '0',
        [DEAD_LETTER_HEADERS.offset]: '0',
      },
    ]);
  });

  it('hands a stopping member’s partitions, mid-batch, to the other member, which resumes from the checkpoints', async () => {
    const topic = await topicWith(4);
    const group = `kafka-specific-${randomUUID()}`;
    // The consumers' "database": what each member applied and the checkpoint stored with it, in one step.
    const checkpoints = new Map<number, string>();
    const applied = { first: [] as string[], second: [] as string[] };
    const assigned = { first: new Set<number>(), second: new Set<number>() };
    let holdFirst = false;
    let heldBatches = 0;
    let releaseFirst!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));
    const member = (name: 'first' | 'second') =>
      log.subscribe<{ id: string }>({
        topic,
        group,
        maxBatchSize: 3,
        resumeFrom: async (partition) => {
          assigned[name].add(partition);
          return checkpoints.get(partition);
        },
        onBatch: async (batch: PartitionBatch<{ id: string }>) => {
          if (name === 'first' && holdFirst) {
            heldBatches++;
            await firstMayFinish;
          }
          applied[name].push(...batch.records.map((record) => record.envelope.id));
          checkpoints.set(batch.partition, batch.nextOffset);
        },
      });
    let next = 0;
    // Eight keys over four partitions: every partition, so every member, gets records of each append.
    const appendMore = async (count: number) => {
      const ids = Array.from({ length: count }, () => `r${next++}`);
      await log.append(
        topic,
        ids.map((id, index) => ({ key: `theatre-${index % 8}`, envelope: probe(id) })),
      );
      return ids;
    };
    const everyApplied = () => [...applied.first, ...applied.second];

    const first = await member('first');
    subscriptions.push(first);
    const early = await appendMore(24);
    await waitFor(everyApplied, (ids) => ids.length >= early.length);

    subscriptions.push(await member('second'));
    await waitFor(
      () => assigned.second.size,
      (size) => size > 0,
    );
    const shared = await appendMore(24);
    await waitFor(everyApplied, (ids) => ids.length >= early.length + shared.length);
    expect(applied.second.length).toBeGreaterThan(0);

    holdFirst = true;
    const late = await appendMore(24);
    await waitFor(
      () => heldBatches,
      (held) => held > 0,
    );
    const firstStopped = subscriptions.splice(subscriptions.indexOf(first), 1)[0].stop();
    releaseFirst();
    await firstStopped;
    const appliedByFirst = [...applied.first];
    const all = [...early, ...shared, ...late];
    await waitFor(everyApplied, (ids) => ids.length >= all.length);

    expect(applied.first).toEqual(appliedByFirst);
    expect(late.filter((id) => appliedByFirst.includes(id)).length).toBeGreaterThan(0);
    expect(assigned.second).toEqual(new Set([0, 1, 2, 3]));
    expect([...everyApplied()].sort()).toEqual([...all].sort());
    expect(new Set(everyApplied()).size).toBe(everyApplied().length);
  });

  it('gives up a rejected batch as soon as the group rebalances, so only the partition’s next owner applies it', async () => {
    const topic = await topicWith(1);
    const group = `kafka-specific-${randomUUID()}`;
    await log.append(topic, [{ key: 'k', envelope: probe('contended') }]);
    const checkpoints = new Map<number, string>();
    const applied: string[] = [];
    let storeIsUp = false;
    let attempts = 0;
    const member = () =>
      log.subscribe<{ id: string }>({
        topic,
        group,
        resumeFrom: async (partition) => checkpoints.get(partition),
        onBatch: async (batch) => {
          attempts++;
          if (!storeIsUp) throw new Error('the read store is down');
          applied.push(...batch.records.map((record) => record.envelope.id));
          checkpoints.set(batch.partition, batch.nextOffset);
        },
      });
    subscriptions.push(await member());
    await waitFor(
      () => attempts,
      (count) => count >= 2,
    );

    // The join completes only once the retrying member has noticed the rebalance and re-joined; a member that
    // kept retrying would hold the join up for the whole rebalance timeout and then be expelled mid-batch.
    const joinStarted = Date.now();
    subscriptions.push(await member());
    expect(Date.now() - joinStarted).toBeLessThan(testOptions.groupTimings!.rebalanceTimeoutMs!);

    storeIsUp = true;
    await log.append(topic, [{ key: 'k', envelope: probe('after') }]);
    await waitFor(
      () => applied,
      (ids) => ids.includes('after'),
    );
    await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
    expect(applied).toEqual(['contended', 'after']);
  });

  it('hands readers the current shape of an envelope written in an older schema version', async () => {
    const topic = await topicWith(1);
    const currentShape: Envelope<unknown> = {
      ...probe('written-at-v2'),
      schemaVersion: 2,
      data: { label: 'v2' },
    };
    await log.append<unknown>(topic, [
      { key: 'k', envelope: probe('written-at-v1') },
      { key: 'k', envelope: currentShape },
    ]);
    const upcasting = createKafkaEventLog({
      ...testOptions,
      clientId: `kafka-specific-${randomUUID()}`,
      upcasters: [
        {
          type: 'KafkaProbe',
          fromVersion: 1,
          upcast: (envelope) => ({ ...envelope, data: { label: (envelope.data as { id: string }).id } }),
        },
      ],
    });
    try {
      const records = await upcasting.read(topic, 0, '0', 10);
      expect(records.map((record) => [record.envelope.schemaVersion, record.envelope.data])).toEqual([
        [2, { label: 'written-at-v1' }],
        [2, { label: 'v2' }],
      ]);
    } finally {
      await upcasting.close();
    }
  });

  it('rejects an append promptly when no broker answers', async () => {
    const unreachable = createKafkaEventLog({
      ...testOptions,
      brokers: ['127.0.0.1:1'],
      clientId: 'kafka-specific-unreachable',
      appendTimeoutMs: 3_000,
    });
    // Jest's 5 s timeout is the bound: without the append deadline, kafkajs would go on retrying far longer.
    await expect(unreachable.append('articles', [{ key: 'k', envelope: probe('nowhere') }])).rejects.toThrow(
      /^Kafka \(127\.0\.0\.1:1\) did not acknowledge an append to articles/,
    );
    await unreachable.close();
  });
});

/** The dead-letter topic read raw, as an operator's tool would: only the headers of one source topic's letters. */
async function deadLetterHeadersFor(kafka: Kafka, sourceTopic: string): Promise<Record<string, string>[]> {
  const admin = kafka.admin();
  await admin.connect();
  const [{ high }] = await admin.fetchTopicOffsets(TOPICS.deadLetter);
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `dead-letter-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  const found: Record<string, string>[] = [];
  let readUpTo = 0n;
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [TOPICS.deadLetter], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        readUpTo = BigInt(message.offset) + 1n;
        const headers = textHeaders(message.headers ?? {});
        if (headers[DEAD_LETTER_HEADERS.topic] === sourceTopic) found.push(headers);
      },
    });
    await waitFor(
      () => readUpTo,
      (offset) => offset >= BigInt(high),
    );
  } finally {
    await consumer.disconnect();
  }
  return found;
}

function textHeaders(headers: IHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
}
