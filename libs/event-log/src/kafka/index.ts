export {
  createKafkaEventLog,
  DEAD_LETTER_HEADERS,
  type KafkaEventLogOptions,
  type KafkaGroupTimings,
  type KafkaRetryOptions,
} from './kafka-event-log';
export { createNamespacedKafkaEventLog } from './namespaced-kafka-event-log';
