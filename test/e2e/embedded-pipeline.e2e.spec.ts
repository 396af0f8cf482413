import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@app/config';
import { createSqliteEventLog, TOPICS } from '@app/event-log';
import { createHttpApp } from '@app/infrastructure';
import { IngestModule } from '@app/ingest';
import { ProcessorModule } from '@app/processor';
import { QueryModule } from '@app/query';
import { waitFor } from '../support/wait-for';

const SEED = join(__dirname, '../../../shared/seed/000_054412757bb82ee4.txt');
const NOW = new Date('2025-04-22T12:00:00Z');

describe('the whole pipeline in one process, embedded', () => {
  let dataDir: string;
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cw-e2e-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    app = await createHttpApp(config, [IngestModule, ProcessorModule, QueryModule], {
      readStore: true,
      clock: () => NOW,
      logger: false,
    });
    await app.init();
    http = request(app.getHttpServer());
  });

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const ceasefire = async () => (await http.get('/v1/theatres/russia-ukraine/ceasefire').expect(200)).body;

  it('accepts the seed, recognises it when posted again, and projects what it says', async () => {
    const seed = readFileSync(SEED);
    const first = await http.post('/v1/articles').set('content-type', 'text/plain').send(seed).expect(202);
    expect(first.body).toEqual({ id: expect.stringMatching(/^[0-9a-f]{16}$/), status: 'accepted' });
    const again = await http.post('/v1/articles').set('content-type', 'text/plain').send(seed).expect(200);
    expect(again.body).toEqual({ id: first.body.id, status: 'duplicate' });

    const status = await waitFor(ceasefire, (body) => body.state === 'expired' && body.talks?.length > 0);
    expect(status.proposals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ by: 'ukraine', scope: 'civilian_infrastructure', answers: [] }),
      ]),
    );
    expect(status.talks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'scheduled', location: 'London', on: '2025-04-23' }),
      ]),
    );

    const strikes = (await http.get('/v1/strikes?theatre=russia-ukraine&groupBy=day').expect(200)).body;
    const day = strikes.buckets.find((bucket: { period: string }) => bucket.period === '2025-04-22');
    expect(day).toMatchObject({ incidents: 1, launched: 54 });
    expect(day.byWeapon.drone).toMatchObject({ incidents: 1, launched: 54 });

    const { incidents } = (await http.get('/v1/incidents?theatre=russia-ukraine&from=2025-04-22').expect(200))
      .body;
    expect(incidents).toEqual([
      expect.objectContaining({
        attacker: 'russia',
        target: 'ukraine',
        weapon: 'drone',
        launched: 54,
        reportCount: 1,
      }),
    ]);
    const incident = (await http.get(`/v1/incidents/${incidents[0].id}`).expect(200)).body;
    expect(incident.reports[0].evidence.sentence).toContain('54 drones');
  });

  it('answers an unchanged read with 304 when the client sends its ETag', async () => {
    const first = await http.get('/v1/theatres').expect(200);
    expect(first.headers.etag).toBeDefined();
    await http.get('/v1/theatres').set('if-none-match', first.headers.etag).expect(304);
  });

  it('pages the event history by cursor', async () => {
    const page = (await http.get('/v1/events?limit=3').expect(200)).body;
    expect(page.events).toHaveLength(3);
    const next = (await http.get(`/v1/events?limit=100&after=${page.next}`).expect(200)).body;
    const ids = [...page.events, ...next.events].map((event: { id: string }) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(8);
  });

  it('parks a record that breaks the contract on the dead-letter topic and goes on with the next', async () => {
    const log = createSqliteEventLog({ path: join(dataDir, 'event-log.sqlite') });
    try {
      await log.append(TOPICS.articles, [
        {
          key: 'broken',
          envelope: {
            id: 'broken',
            type: 'ArticleReceived',
            schemaVersion: 1,
            recordedAt: NOW.toISOString(),
            data: { type: 'ArticleReceived', articleId: 'broken', published: 'last Tuesday' },
          },
        },
      ]);
      const text = 'Hezbollah fired 17 rockets into northern Israel on Monday, the Israeli military said.';
      await http.post('/v1/articles').send({ published: '2025-04-22', text }).expect(202);
      await waitFor(
        async () => (await http.get('/v1/strikes?theatre=israel-hezbollah').expect(200)).body.total,
        (total) => total.launched === 17,
      );
      const parked = await waitFor(
        () => log.read<{ reason: string; envelope?: { id: string } }>(TOPICS.deadLetter, 0, '0', 100),
        (records) => records.some((record) => record.envelope.data.envelope?.id === 'broken'),
      );
      const deadLetter = parked.find((record) => record.envelope.data.envelope?.id === 'broken');
      expect(deadLetter?.envelope.data.reason).toContain('not an ArticleReceived');
    } finally {
      await log.close();
    }
  });

  describe('refuses bad input with a 4xx that names the problem', () => {
    const post = (contentType: string, body: string | Buffer) =>
      http.post('/v1/articles').set('content-type', contentType).send(body);

    it.each([
      ['an empty body', 'text/plain', '', 400, 'empty'],
      ['no date header', 'text/plain', 'Troops withdrew from the border town.', 400, 'date YYYY-MM-DD'],
      [
        'a date that is not a date',
        'text/plain',
        'date 2025-02-30 Talks resumed.',
        400,
        'not an ISO calendar date',
      ],
      ['a date far in the future', 'text/plain', 'date 2025-05-30 Talks resumed.', 400, 'in the future'],
      ['a body that is only a header', 'text/plain', 'date 2025-04-20   ', 400, 'empty'],
      ['invalid JSON', 'application/json', '{"published": ', 400, 'not valid JSON'],
      ['JSON without text', 'application/json', '{"published": "2025-04-20"}', 400, '"text" is missing'],
      ['an empty batch', 'application/json', '[]', 400, 'no articles'],
      [
        'a bad article inside a batch',
        'application/json',
        '[{"published":"2025-04-20","text":"a"},{"text":"b"}]',
        400,
        'article 1 of the batch',
      ],
      ['a wrong content type', 'application/xml', '<article/>', 415, 'not accepted'],
    ])('%s', async (_case, contentType, body, status, fragment) => {
      const response = await post(contentType, body).expect(status);
      expect(response.body.message).toContain(fragment);
    });

    it('bytes that are not UTF-8', async () => {
      const response = await post(
        'text/plain',
        Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xff, 0xfe]),
      ).expect(400);
      expect(response.body.message).toContain('UTF-8');
    });

    it('a body over 1 MiB', async () => {
      const response = await post('text/plain', `date 2025-04-20 ${'x'.repeat(1024 * 1024)}`).expect(413);
      expect(response.body.message).toContain('1 MiB');
    });

    it.each([
      ['/v1/theatres/atlantis/ceasefire', 404, 'unknown theatre "atlantis"'],
      ['/v1/strikes?theatre=atlantis', 404, 'unknown theatre'],
      ['/v1/strikes?groupBy=year', 400, '"groupBy"'],
      ['/v1/strikes?from=2025-04-22&to=2025-04-01', 400, '"from" is after "to"'],
      ['/v1/strikes?weapon=trebuchet', 400, '"weapon"'],
      ['/v1/strikes?colour=red', 400, 'unknown query parameter "colour"'],
      ['/v1/theatres/russia-ukraine/ceasefire?asOf=yesterday', 400, '"asOf"'],
      ['/v1/events?limit=0', 400, '"limit"'],
      ['/v1/events?after=abc', 400, '"after"'],
      ['/v1/events?after=1234567890123456', 400, '"after"'],
      ['/v1/incidents/nope', 404, 'no incident'],
      ['/v1/incidents?limit=5000', 400, '"limit"'],
      ['/v1/incidents?theatre=atlantis', 404, 'unknown theatre'],
    ])('GET %s', async (path, status, fragment) => {
      const response = await http.get(path).expect(status);
      expect(response.body.message).toContain(fragment);
    });
  });
});
