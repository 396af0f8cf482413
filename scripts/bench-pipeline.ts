/**
 * End-to-end figures of the running pipeline, beside the ceiling of the same machine.
 *
 *   npx tsx scripts/bench-pipeline.ts [--articles 2000] [--rate 40] [--seconds 20] [--connections 16]
 *                                     [--ingest URL --query URL]
 *
 * Without URLs it starts the built `ceasefire-watch serve` on a temporary data folder (embedded). With
 * URLs it measures a deployment that is already running (e.g. the three apps on Kafka and PostgreSQL).
 * It prints:
 *   1. sustained throughput: articles posted by `--connections` clients as fast as they go, until the
 *      event history shows every one of them;
 *   2. latency from POST to the event history showing the article (median, p99) at `--rate` articles/s;
 *   3. the HTTP ceiling: the same load generator against a bare node:http server that only reads the
 *      body, and against POST /v1/articles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { articleId } from '@app/event-log';

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '40' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    ingest: { type: 'string' },
    query: { type: 'string' },
  },
});

const RUN = randomUUID().slice(0, 8);
const FILLER =
  'Officials said the damage was still being assessed. Emergency crews worked through the morning to restore ' +
  'power and water to the affected districts, and schools in the area moved lessons online for the day. ' +
  'Residents described hearing explosions for several hours before dawn. ';
const TODAY = Date.now();

let serial = 0;
/** A unique article of about 2 KB, like a wire report, dated within the last year. */
function nextArticle(): { id: string; body: string } {
  const index = serial++;
  const published = new Date(TODAY - (1 + (index % 300)) * 86_400_000).toISOString().slice(0, 10);
  const text = `Russia launched ${5 + (index % 80)} drones at Ukraine overnight, the Ukrainian air force said. ${FILLER.repeat(4)}Reference ${RUN}-${index}.`;
  return { id: articleId(published, text), body: `date ${published} ${text}` };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(ingestUrl: string, body: string): Promise<void> {
  const response = await fetch(`${ingestUrl}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body,
  });
  if (response.status !== 202)
    throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
}

/** Follows the event history from its current end and notes when each article's first event appears. */
class HistoryFollower {
  private readonly firstSeen = new Map<string, number>();
  private stopped = false;
  private running?: Promise<void>;

  constructor(private readonly queryUrl: string) {}

  async start(): Promise<void> {
    let cursor = await this.end();
    this.running = (async () => {
      while (!this.stopped) {
        const page = (await (
          await fetch(`${this.queryUrl}/v1/events?limit=1000${cursor ? `&after=${cursor}` : ''}`)
        ).json()) as { events: { source?: { articleId?: string } }[]; next?: string };
        const now = performance.now();
        for (const event of page.events) {
          const id = event.source?.articleId;
          if (id && !this.firstSeen.has(id)) this.firstSeen.set(id, now);
        }
        if (page.next) cursor = page.next;
        if (page.events.length === 0) await pause(2);
      }
    })();
  }

  seen(id: string): number | undefined {
    return this.firstSeen.get(id);
  }

  async waitForAll(ids: string[], timeoutMs: number): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    while (ids.some((id) => !this.firstSeen.has(id))) {
      if (performance.now() > deadline) {
        const missing = ids.filter((id) => !this.firstSeen.has(id)).length;
        throw new Error(
          `${missing} of ${ids.length} articles not in the event history after ${timeoutMs} ms`,
        );
      }
      await pause(10);
    }
    return Math.max(...ids.map((id) => this.firstSeen.get(id)!));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async end(): Promise<string | undefined> {
    let cursor: string | undefined;
    for (;;) {
      const page = (await (
        await fetch(`${this.queryUrl}/v1/events?limit=1000${cursor ? `&after=${cursor}` : ''}`)
      ).json()) as { events: unknown[]; next?: string };
      if (page.events.length === 0) return cursor;
      cursor = page.next;
    }
  }
}

async function throughput(ingestUrl: string, history: HistoryFollower, count: number, connections: number) {
  const ids: string[] = [];
  const started = performance.now();
  let remaining = count;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (remaining > 0) {
        remaining--;
        const article = nextArticle();
        ids.push(article.id);
        await post(ingestUrl, article.body);
      }
    }),
  );
  const acknowledged = performance.now();
  const projected = await history.waitForAll(ids, 300_000);
  const seconds = (projected - started) / 1000;
  console.log(
    `throughput: ${count} articles acknowledged in ${((acknowledged - started) / 1000).toFixed(2)} s ` +
      `(${(count / ((acknowledged - started) / 1000)).toFixed(0)}/s); the last one projected after ${seconds.toFixed(2)} s ` +
      `→ ${(count / seconds).toFixed(0)} articles/s end to end, ${connections} clients`,
  );
}

async function latency(ingestUrl: string, history: HistoryFollower, rate: number, seconds: number) {
  const sent: { id: string; at: number }[] = [];
  const posts: Promise<void>[] = [];
  const start = performance.now();
  for (let index = 0; index < rate * seconds; index++) {
    const wait = start + (index * 1000) / rate - performance.now();
    if (wait > 0) await pause(wait);
    const article = nextArticle();
    sent.push({ id: article.id, at: performance.now() });
    posts.push(post(ingestUrl, article.body));
  }
  await Promise.all(posts);
  await history.waitForAll(
    sent.map(({ id }) => id),
    60_000,
  );
  const latencies = sent.map(({ id, at }) => history.seen(id)! - at).sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(0);
  console.log(
    `latency POST → event history at ${rate} articles/s for ${seconds} s: median ${at(0.5)} ms, p99 ${at(0.99)} ms, ` +
      `max ${at(1)} ms (${latencies.length} articles)`,
  );
}

async function hammer(
  url: string,
  connections: number,
  seconds: number,
  body: () => string,
): Promise<number> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} answers were not 2xx and ${result.errors} requests failed`);
  }
  return result.requests.average;
}

async function ceiling(ingestUrl: string, connections: number) {
  const bare = createServer((request, response) => {
    request.resume();
    request.on('end', () =>
      response.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"accepted"}'),
    );
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const { port } = bare.address() as { port: number };
  const sample = nextArticle().body;
  const bareRate = await hammer(`http://127.0.0.1:${port}/`, connections, 10, () => sample);
  bare.close();
  const ingestRate = await hammer(`${ingestUrl}/v1/articles`, connections, 10, () => nextArticle().body);
  console.log(
    `ceiling: bare node:http server ${bareRate.toFixed(0)} req/s; POST /v1/articles ${ingestRate.toFixed(0)} req/s ` +
      `(${((100 * ingestRate) / bareRate).toFixed(0)}% of the bare server), ${connections} connections, 10 s each`,
  );
}

async function startService(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const { KAFKA_BROKERS, DATABASE_URL, REDIS_URL, ...embedded } = process.env;
  const child = spawn(process.execPath, [join(__dirname, '../bin/ceasefire-watch.js'), 'serve'], {
    env: { ...embedded, PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      if (listening) resolve({ url: listening[1], child });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-bench-'));
  const service = options.ingest ? undefined : await startService(dataDir);
  const ingestUrl = options.ingest ?? service!.url;
  const queryUrl = options.query ?? service!.url;
  const history = new HistoryFollower(queryUrl);
  try {
    console.log(`pipeline at ${ingestUrl} (ingest), ${queryUrl} (query)`);
    await history.start();
    await throughput(ingestUrl, history, Number(options.articles), Number(options.connections));
    await latency(ingestUrl, history, Number(options.rate), Number(options.seconds));
    await history.stop();
    await ceiling(ingestUrl, Number(options.connections));
  } finally {
    await history.stop();
    service?.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
