/** How long a subscription waits before handing a rejected batch over again: doubling up to `maxMs`. */
export interface RedeliveryBackOff {
  initialMs: number;
  maxMs: number;
}

/** The same defaults for every adapter, so a deployment behaves alike embedded and on Kafka. */
export const DEFAULT_REDELIVERY_BACK_OFF: RedeliveryBackOff = { initialMs: 100, maxMs: 5_000 };
export const DEFAULT_MAX_BATCH_SIZE = 100;
