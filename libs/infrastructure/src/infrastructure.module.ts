import { mkdirSync } from 'node:fs';
import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationShutdown,
  Optional,
  Provider,
} from '@nestjs/common';
import { loadGazetteer, type Config } from '@app/config';
import type { Gazetteer } from '@app/domain';
import {
  createKafkaEventLog,
  createNamespacedKafkaEventLog,
  createSqliteEventLog,
  TOPICS,
  type EventLog,
  type KafkaEventLogOptions,
} from '@app/event-log';
import { logLevel } from 'kafkajs';
import { createReadStore, type ReadStore } from '@app/projections';
import { CLOCK, CONFIG, EVENT_LOG, GAZETTEER, READ_STORE, systemClock, type Clock } from './tokens';

export interface InfrastructureOptions {
  /** Open the read store only in processes that project or query; an ingest-only process has none. */
  readStore: boolean;
  clock?: Clock;
}

/** kafkajs speaks through Nest's logger, so a deployment has one log format. */
const kafkaLogs: KafkaEventLogOptions['logCreator'] =
  () =>
  ({ namespace, level, log }) => {
    const logger = new Logger(`Kafka ${namespace}`);
    const line = `${log.message}${log.error ? `: ${log.error}` : ''}`;
    if (level <= logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else logger.log(line);
  };

async function openEventLog(config: Config): Promise<EventLog> {
  let log: EventLog;
  if (config.eventLog.kind === 'kafka') {
    const kafka = {
      brokers: config.eventLog.brokers,
      clientId: config.eventLog.clientId,
      logCreator: kafkaLogs,
    };
    log = config.namespace
      ? createNamespacedKafkaEventLog({ ...kafka, namespace: config.namespace })
      : createKafkaEventLog(kafka);
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    log = createSqliteEventLog({ path: config.eventLog.path });
  }
  await log.ensureTopics([
    { name: TOPICS.articles, partitions: config.partitions.articles },
    { name: TOPICS.conflictEvents, partitions: config.partitions.conflictEvents },
    { name: TOPICS.deadLetter, partitions: 1 },
  ]);
  return log;
}

async function openReadStore(config: Config, gazetteer: Gazetteer): Promise<ReadStore> {
  if (config.readStore.kind === 'sqlite') {
    mkdirSync(config.dataDir, { recursive: true });
    return createReadStore({ type: 'sqlite', path: config.readStore.path }, gazetteer);
  }
  return createReadStore(
    {
      type: 'postgres',
      url: config.readStore.url,
      ...(config.readStore.schema ? { schema: config.readStore.schema } : {}),
    },
    gazetteer,
  );
}

/** Closes the ports after every module has stopped using them (subscriptions stop in onModuleDestroy). */
@Injectable()
class PortsShutdown implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(
    @Inject(EVENT_LOG) private readonly eventLog: EventLog,
    @Optional() @Inject(READ_STORE) private readonly readStore?: ReadStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.readStore?.close();
    await this.eventLog.close();
    this.logger.log('event log and read store closed');
  }
}

@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: Config, options: InfrastructureOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: CONFIG, useValue: config },
      { provide: CLOCK, useValue: options.clock ?? systemClock },
      { provide: GAZETTEER, useFactory: () => loadGazetteer(config.gazetteerPath) },
      { provide: EVENT_LOG, useFactory: () => openEventLog(config) },
      PortsShutdown,
    ];
    if (options.readStore) {
      providers.push({
        provide: READ_STORE,
        useFactory: (gazetteer: Gazetteer) => openReadStore(config, gazetteer),
        inject: [GAZETTEER],
      });
    }
    return {
      module: InfrastructureModule,
      providers,
      exports: [CONFIG, CLOCK, GAZETTEER, EVENT_LOG, ...(options.readStore ? [READ_STORE] : [])],
    };
  }
}
