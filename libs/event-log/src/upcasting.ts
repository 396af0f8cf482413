import type { Envelope } from './event-log.port';

/** Rewrites an envelope of `type` written at `fromVersion` into the shape of `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(envelope: Envelope<unknown>): Envelope<unknown>;
}

/**
 * Old records stay in the log as they were written; readers see the current shape. Upcasters chain, so each
 * one only knows the step from its version to the next.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      const step = stepKey(upcaster.type, upcaster.fromVersion);
      if (this.steps.has(step)) {
        throw new Error(`two upcasters for ${upcaster.type} from version ${upcaster.fromVersion}`);
      }
      this.steps.set(step, upcaster);
    }
  }

  upcast(envelope: Envelope<unknown>): Envelope<unknown> {
    let current = envelope;
    for (let step = this.steps.get(stepKey(current.type, current.schemaVersion)); step;) {
      // The registry, not each upcaster, owns the version bump, so a chain always terminates.
      current = { ...step.upcast(current), schemaVersion: step.fromVersion + 1 };
      step = this.steps.get(stepKey(current.type, current.schemaVersion));
    }
    return current;
  }
}

function stepKey(type: string, fromVersion: number): string {
  return `${type}@${fromVersion}`;
}
