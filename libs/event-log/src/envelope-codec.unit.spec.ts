import { decodeEnvelope, encodeEnvelope } from './envelope-codec';
import type { Envelope } from './event-log.port';
import { UpcasterRegistry } from './upcasting';

const strike: Envelope<unknown> = {
  id: 'fba9683a464a2148',
  type: 'StrikeReported',
  schemaVersion: 1,
  theatre: 'russia-ukraine',
  occurredOn: '2025-04-20',
  recordedAt: '2025-04-22T09:30:00.000Z',
  data: { launched: 31, intercepted: 28 },
  source: { articleId: 'b7e5a5eb8f920ed5', sentence: 'Of 31 drones, 28 were shot down.', start: 0, end: 32 },
  extractorVersion: 'rules-1',
};

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('envelope codec', () => {
  it('decodes what it encoded', () => {
    expect(decodeEnvelope(encodeEnvelope(strike))).toEqual({ ok: true, envelope: strike });
  });

  it('keeps fields it does not know, for readers newer than the writer', () => {
    const decoded = decodeEnvelope(bytes({ ...strike, correlationId: 'c-1' }));
    expect(decoded.ok && decoded.envelope).toEqual({ ...strike, correlationId: 'c-1' });
  });

  it('reports bytes that are not UTF-8 JSON', () => {
    expect(decodeEnvelope(Buffer.from('{"id": "cut off'))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not JSON text: /),
    });
    expect(decodeEnvelope(Buffer.from([0x7b, 0xff, 0x7d]))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not JSON text: /),
    });
  });

  it('reports JSON that is not an envelope, naming the fields at fault', () => {
    const withoutType = { ...strike, type: undefined };
    const withoutData: Partial<Envelope<unknown>> = { ...strike };
    delete withoutData.data;
    expect(decodeEnvelope(bytes(withoutType))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not an envelope: type: /),
    });
    expect(decodeEnvelope(bytes(withoutData))).toEqual({ ok: false, reason: expect.stringMatching(/data/) });
    expect(decodeEnvelope(bytes({ ...strike, schemaVersion: '1' }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/schemaVersion/),
    });
    expect(decodeEnvelope(bytes({ ...strike, recordedAt: 'yesterday' }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/recordedAt/),
    });
    expect(decodeEnvelope(bytes([strike]))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not an envelope: \(root\)/),
    });
  });

  it('refuses to encode a malformed envelope', () => {
    expect(() => encodeEnvelope({ ...strike, id: '' })).toThrow(/id/);
  });

  it('upcasts on decode, and reports an upcaster that fails', () => {
    const upcasters = new UpcasterRegistry([
      {
        type: 'StrikeReported',
        fromVersion: 1,
        upcast: (envelope) => ({ ...envelope, data: { figures: envelope.data } }),
      },
    ]);
    const decoded = decodeEnvelope(encodeEnvelope(strike), upcasters);
    expect(decoded.ok && decoded.envelope).toEqual({
      ...strike,
      schemaVersion: 2,
      data: { figures: strike.data },
    });

    const failing = new UpcasterRegistry([
      {
        type: 'StrikeReported',
        fromVersion: 1,
        upcast: () => {
          throw new Error('no weapon class');
        },
      },
    ]);
    expect(decodeEnvelope(encodeEnvelope(strike), failing)).toEqual({
      ok: false,
      reason: 'upcasting StrikeReported v1 failed: no weapon class',
    });
  });
});
