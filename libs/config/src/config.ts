import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The service's configuration, read once from the environment at start-up into a typed object.
 * Embedded storage is the default; each of KAFKA_BROKERS, DATABASE_URL and REDIS_URL switches its port
 * to the distributed adapter.
 */
export const ROLES = ['ingest', 'processor', 'query'] as const;
export type Role = (typeof ROLES)[number];

const url = (protocols: string[], variable: string) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `${variable} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

const EnvironmentSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('data'),
  ROLES: z
    .string()
    .default(ROLES.join(','))
    .transform((value) =>
      value
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(ROLES)).min(1, 'ROLES must name at least one of ingest, processor, query')),
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^\s,:]+:\d+(,[^\s,:]+:\d+)*$/, 'KAFKA_BROKERS must be host:port[,host:port...]')
    .optional(),
  KAFKA_CLIENT_ID: z.string().min(1).default('ceasefire-watch'),
  /** Several deployments (or test runs) share one Kafka cluster and Redis under different namespaces. */
  NAMESPACE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'NAMESPACE must be lower-case letters, digits, "-" or "_"')
    .optional(),
  ARTICLES_PARTITIONS: z.coerce.number().int().min(1).max(1024).default(6),
  CONFLICT_EVENTS_PARTITIONS: z.coerce.number().int().min(1).max(1024).default(6),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'DATABASE_URL').optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'DATABASE_SCHEMA must be a plain identifier')
    .optional(),
  REDIS_URL: url(['redis:', 'rediss:'], 'REDIS_URL').optional(),
  CEASEFIRE_GAZETTEER: z.string().min(1).optional(),
  /** How far past "now" a publication date may lie before ingest refuses it; clocks and time zones differ. */
  MAX_FUTURE_HOURS: z.coerce.number().min(0).default(24),
});

export interface Config {
  http: { host: string; port: number };
  roles: Role[];
  dataDir: string;
  eventLog: { kind: 'sqlite'; path: string } | { kind: 'kafka'; brokers: string[]; clientId: string };
  partitions: { articles: number; conflictEvents: number };
  readStore: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema?: string };
  redisUrl?: string;
  namespace?: string;
  gazetteerPath?: string;
  maxFutureHours: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const parsed = EnvironmentSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    const message = issue.message.startsWith(variable)
      ? issue.message
      : `${variable} is invalid: ${issue.message}`;
    throw new ConfigError(`configuration error: ${message} (got "${env[variable] ?? ''}")`);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  return {
    http: { host: e.HOST, port: e.PORT },
    roles: [...new Set(e.ROLES)],
    dataDir,
    eventLog: e.KAFKA_BROKERS
      ? { kind: 'kafka', brokers: e.KAFKA_BROKERS.split(','), clientId: e.KAFKA_CLIENT_ID }
      : { kind: 'sqlite', path: resolve(dataDir, 'event-log.sqlite') },
    partitions: { articles: e.ARTICLES_PARTITIONS, conflictEvents: e.CONFLICT_EVENTS_PARTITIONS },
    readStore: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, ...(e.DATABASE_SCHEMA ? { schema: e.DATABASE_SCHEMA } : {}) }
      : { kind: 'sqlite', path: resolve(dataDir, 'read-store.sqlite') },
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    ...(e.NAMESPACE ? { namespace: e.NAMESPACE } : {}),
    ...(e.CEASEFIRE_GAZETTEER ? { gazetteerPath: e.CEASEFIRE_GAZETTEER } : {}),
    maxFutureHours: e.MAX_FUTURE_HOURS,
  };
}
