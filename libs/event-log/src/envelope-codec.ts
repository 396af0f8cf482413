import { z } from 'zod';
import type { Envelope } from './event-log.port';
import { UpcasterRegistry } from './upcasting';

const EnvelopeShape = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  theatre: z.string().min(1).optional(),
  occurredOn: z.string().min(1).optional(),
  recordedAt: z.iso.datetime({ offset: true }),
  data: z.unknown().refine((data) => data !== undefined, 'data is required'),
  source: z
    .looseObject({
      articleId: z.string().min(1),
      sentence: z.string().optional(),
      start: z.number().int().nonnegative().optional(),
      end: z.number().int().nonnegative().optional(),
    })
    .optional(),
  extractorVersion: z.string().min(1).optional(),
});

export type DecodedEnvelope = { ok: true; envelope: Envelope<unknown> } | { ok: false; reason: string };

/** Why an envelope is malformed, or undefined when it is well formed. */
export function envelopeProblem(envelope: unknown): string | undefined {
  const parsed = EnvelopeShape.safeParse(envelope);
  return parsed.success ? undefined : describeIssues(parsed.error);
}

/** Refuses to write what no reader could decode, so malformed envelopes fail at the producer, not downstream. */
export function encodeEnvelope(envelope: Envelope<unknown>): Buffer {
  const problem = envelopeProblem(envelope);
  if (problem) throw new TypeError(`envelope ${String(envelope.id)} is malformed: ${problem}`);
  return Buffer.from(JSON.stringify(envelope), 'utf8');
}

const noUpcasting = new UpcasterRegistry();

/**
 * Every adapter decodes record values here, so a record is undecodable for the same reasons whichever log it
 * came from; the reason is what the dead-letter topic records.
 */
export function decodeEnvelope(
  value: Uint8Array,
  upcasters: UpcasterRegistry = noUpcasting,
): DecodedEnvelope {
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(value));
  } catch (error) {
    return { ok: false, reason: `not JSON text: ${(error as Error).message}` };
  }
  const shaped = EnvelopeShape.safeParse(parsedJson);
  if (!shaped.success) return { ok: false, reason: `not an envelope: ${describeIssues(shaped.error)}` };
  try {
    return { ok: true, envelope: upcasters.upcast(shaped.data as Envelope<unknown>) };
  } catch (error) {
    const { type, schemaVersion } = shaped.data;
    return { ok: false, reason: `upcasting ${type} v${schemaVersion} failed: ${(error as Error).message}` };
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
