// Proves that the broker scripts/kafka.sh starts speaks the protocol versions kafkajs 2.2.4 uses, end to end:
// topic admin, idempotent keyed produce, a consumer group that rebalances as members join and leave, and
// committed offsets. The broker must already run at KAFKA_BROKERS (CI starts it before Jest).
import { randomUUID } from 'node:crypto';
import {
  Admin,
  Consumer,
  ConfigResourceTypes,
  Kafka,
  LogEntry,
  logCreator,
  logLevel,
  Producer,
} from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const partitionCount = 3;
// Group joins and rebalances take seconds, not the default 5 s budget for the whole test.
jest.setTimeout(90_000);

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// kafkajs logs the broker's routine "group is rebalancing" heartbeat answers as errors; this test causes them
// on purpose, so only the other errors are worth reading.
const errorsExceptRebalancing: logCreator = () => (entry: LogEntry) => {
  const { message, error } = entry.log as { message: string; error?: string };
  if (entry.level > logLevel.ERROR || error?.includes('rebalancing')) return;
  console.error(`[${entry.namespace}] ${message}`, entry.log);
};

interface Received {
  key: string;
  sequence: number;
  partition: number;
}

// A group member that records what it consumed and the partitions its latest group join gave it.
class RecordingMember {
  readonly received: Received[] = [];
  assignedPartitions: number[] = [];

  constructor(readonly consumer: Consumer) {
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      this.assignedPartitions = Object.values(event.payload.memberAssignment).flat();
    });
  }

  static async join(kafka: Kafka, groupId: string, topic: string): Promise<RecordingMember> {
    const member = new RecordingMember(
      kafka.consumer({
        groupId,
        sessionTimeout: 10_000,
        heartbeatInterval: 500,
        // A member heartbeats, and so learns of a rebalance, only between fetches: keep idle fetches short.
        maxWaitTimeInMs: 500,
      }),
    );
    await member.consumer.connect();
    await member.consumer.subscribe({ topic, fromBeginning: true });
    await member.consumer.run({
      eachMessage: async ({ partition, message }) => {
        const { sequence } = JSON.parse(message.value!.toString()) as { sequence: number };
        member.received.push({ key: message.key!.toString(), sequence, partition });
      },
    });
    return member;
  }
}

describe('the local Kafka broker with kafkajs', () => {
  const kafka = new Kafka({ clientId: 'broker-int-spec', brokers, logCreator: errorsExceptRebalancing });
  let admin: Admin;
  let producer: Producer;
  let topic: string;
  let groupId: string;
  const members: RecordingMember[] = [];

  beforeEach(async () => {
    const runId = randomUUID();
    topic = `broker-proof-${runId}`;
    groupId = `broker-proof-group-${runId}`;
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterEach(async () => {
    await Promise.all(members.splice(0).map((member) => member.consumer.disconnect()));
    await producer.disconnect();
    // A test that failed before creating its topic leaves nothing to delete; that must not hide its own error.
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  // Shaped like the application's log topics: several partitions, records kept forever.
  const createProofTopic = () =>
    admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic, numPartitions: partitionCount, configEntries: [{ name: 'retention.ms', value: '-1' }] },
      ],
    });

  let nextSequence = 0;
  // Enough keys that the default partitioner spreads them over all three partitions (asserted below).
  const keys = Array.from({ length: 12 }, (_, i) => `theatre-${i}`);

  async function produce(count: number): Promise<number[]> {
    const sequences = Array.from({ length: count }, () => nextSequence++);
    await producer.send({
      topic,
      acks: -1,
      messages: sequences.map((sequence) => ({
        key: keys[sequence % keys.length],
        value: JSON.stringify({ sequence }),
      })),
    });
    return sequences;
  }

  const hasAll = (member: RecordingMember, sequences: number[]) => {
    const got = new Set(member.received.map((message) => message.sequence));
    return sequences.every((sequence) => got.has(sequence));
  };
  const coversAllPartitions = (partitions: number[]) => new Set(partitions).size === partitionCount;

  it('creates a topic with three partitions that keeps records forever', async () => {
    await createProofTopic();

    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0].partitions).toHaveLength(partitionCount);
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }],
    });
    expect(described.resources[0].configEntries).toEqual([
      expect.objectContaining({ configName: 'retention.ms', configValue: '-1' }),
    ]);
  });

  it('delivers every keyed record to a group that rebalances as members join and leave', async () => {
    await createProofTopic();

    const first = await RecordingMember.join(kafka, groupId, topic);
    members.push(first);
    await waitFor('the first member to own every partition', () =>
      coversAllPartitions(first.assignedPartitions),
    );
    const firstBatch = await produce(60);
    await waitFor('the first member alone to consume the first batch', () => hasAll(first, firstBatch));

    const second = await RecordingMember.join(kafka, groupId, topic);
    members.push(second);
    await waitFor(
      'the group to split the partitions between both members',
      () =>
        first.assignedPartitions.length > 0 &&
        second.assignedPartitions.length > 0 &&
        coversAllPartitions([...first.assignedPartitions, ...second.assignedPartitions]),
    );
    const secondBatch = await produce(60);
    const consumedByEither = () => {
      const got = new Set([...first.received, ...second.received].map((message) => message.sequence));
      return secondBatch.every((sequence) => got.has(sequence));
    };
    await waitFor('both members together to consume the second batch', consumedByEither);
    const inSecondBatch = (message: Received) => secondBatch.includes(message.sequence);
    expect(first.received.filter(inSecondBatch).length).toBeGreaterThan(0);
    expect(second.received.filter(inSecondBatch).length).toBeGreaterThan(0);

    await first.consumer.disconnect();
    members.splice(members.indexOf(first), 1);
    await waitFor('the remaining member to take over every partition', () =>
      coversAllPartitions(second.assignedPartitions),
    );
    const thirdBatch = await produce(60);
    await waitFor('the remaining member to consume the third batch', () => hasAll(second, thirdBatch));

    const everything = [...first.received, ...second.received];
    expect(new Set(everything.map((message) => message.partition)).size).toBe(partitionCount);
    for (const key of keys) {
      const partitionsOfKey = everything.filter((message) => message.key === key).map((m) => m.partition);
      expect(new Set(partitionsOfKey).size).toBe(1);
      for (const member of [first, second]) {
        const sequencesOfKey = member.received
          .filter((message) => message.key === key)
          .map((m) => m.sequence);
        expect(sequencesOfKey).toEqual([...sequencesOfKey].sort((a, b) => a - b));
      }
    }

    // Every record sent through the idempotent producer (InitProducerId, sequenced batches) is in the log once.
    const endOffsets = await admin.fetchTopicOffsets(topic);
    const recordsInLog = endOffsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    expect(recordsInLog).toBe(firstBatch.length + secondBatch.length + thirdBatch.length);

    // Leaving commits what was consumed, so a restarted group resumes at the end of the log.
    await second.consumer.disconnect();
    members.splice(0);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const committedByPartition = new Map(committed.partitions.map((p) => [p.partition, p.offset]));
    for (const { partition, high } of endOffsets) expect(committedByPartition.get(partition)).toBe(high);
  });
});
