export * from './event-log.port';
export { articleId, eventId, normaliseArticleBody } from './ids';
export { decodeEnvelope, encodeEnvelope, envelopeProblem, type DecodedEnvelope } from './envelope-codec';
export { UpcasterRegistry, type Upcaster } from './upcasting';
export { DEAD_LETTER_TYPE, deadLetterEnvelope, type DeadLetter } from './dead-letter';
export { parseOffset } from './offsets';
export { partitionForKey } from './partitioner';
export { createSqliteEventLog, type SqliteEventLogOptions } from './sqlite/sqlite-event-log';
export type { RedeliveryBackOff } from './sqlite/polling-subscription';
