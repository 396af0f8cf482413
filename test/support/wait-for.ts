import { setTimeout as delay } from 'node:timers/promises';

export interface WaitForOptions {
  timeoutMs?: number;
  /** How often the probe runs; short, because a test waits for the condition, not for the interval. */
  intervalMs?: number;
}

/**
 * Runs `probe` until `until` accepts what it returned, and returns that value. On timeout it fails with the
 * last value seen (or the probe's last error), which is usually the quickest clue to what went wrong.
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  until: (value: T) => boolean,
  { timeoutMs = 15_000, intervalMs = 20 }: WaitForOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastSeen: string | undefined;
  for (;;) {
    try {
      const value = await probe();
      if (until(value)) return value;
      lastSeen = `last value: ${describe(value)}`;
    } catch (error) {
      lastSeen = `last error: ${(error as Error).message}`;
    }
    if (Date.now() >= deadline) throw new Error(`condition not met within ${timeoutMs} ms; ${lastSeen}`);
    await delay(intervalMs);
  }
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return String(value);
  }
}
