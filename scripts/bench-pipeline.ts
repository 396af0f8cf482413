/**
 * End-to-end figures of the running pipeline, beside the ceiling of the same machine.
 *
 *   npx tsx scripts/bench-pipeline.ts [--articles 2000] [--rate 40] [--seconds 20] [--connections 16]
 *                                     [--ingest URL --query URL]
 *
 * Without URLs it starts the built `ceasefire-watch serve` on a temporary data folder, embedded unless
 * KAFKA_BROKERS / DATABASE_URL / REDIS_URL are set in the environment. It prints:
 *   1. sustained throughput: articles posted as fast as `--connections` clients go, until all are projected;
 *   2. latency from POST to the projection showing the article (median, 99th percentile) at `--rate`/s;
 *   3. the HTTP ceiling: the same load generator against a bare node:http server that only reads the body,
 *      and against POST /v1/articles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

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

const FILLER =
  'Officials said the damage was still being assessed. Emergency crews worked through the morning to restore ' +
  'power and water to the affected districts, and schools in the area moved lessons online for the day. ' +
  'Residents described hearing explosions for several hours before dawn. ';

let serial = 0;
/** A unique article: its own day, so each is its own incident, about 2 KB like a wire report. */
function nextArticle(): { id: number; body: string } {
  const id = serial++;
  const day = new Date(Date.UTC(1990, 0, 1) + id * 86_400_000).toISOString().slice(0, 10);
  const launched = 5 + (id % 80);
  const body =
    `date ${day} Russia launched ${launched} drones at Ukraine overnight, the Ukrainian air force said. ` +
    FILLER.repeat(4) +
    `Reference ${id}.`;
  return { id, body };
}

async function post(ingestUrl: string, body: string): Promise<{ id: string }> {
  const response = await fetch(`${ingestUrl}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body,
  });
  if (response.status !== 202) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** Follows the event history from a cursor and reports when each article's first event shows up. */
async function followHistory(queryUrl: string, seen: (articleId: string) => void, stopped: () => boolean) {
  let cursor: string | undefined;
  const head = (await (await fetch(`${queryUrl}/v1/events?limit=1000`)).json()) as { next?: string };
  cursor = head.next;
  while (!stopped()) {
    const page = (await (
      await fetch(`${queryUrl}/v1/events?limit=1000${cursor ? `&after=${cursor}` : ''}`)
    ).json()) as { events: { source?: { articleId?: string } }[]; next?: string };
    for (const event of page.events) if (event.source?.articleId) seen(event.source.articleId);
    if (page.next) cursor = page.next;
    if (page.events.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function totalIncidents(queryUrl: string): Promise<number> {
  const counts = (await (await fetch(`${queryUrl}/v1/strikes?theatre=russia-ukraine&groupBy=month`)).json()) as {
    total: { incidents: number };
  };
  return counts.total.incidents;
}

async function throughput(ingestUrl: string, queryUrl: string, count: number, connections: number) {
  const before = await totalIncidents(queryUrl);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) {
        next++;
        await post(ingestUrl, nextArticle().body);
      }
    }),
  );
  const acknowledged = performance.now();
  while ((await totalIncidents(queryUrl)) < before + count) await new Promise((resolve) => setTimeout(resolve, 20));
  const projected = performance.now();
  const seconds = (projected - started) / 1000;
  console.log(
    `throughput: ${count} articles acknowledged in ${((acknowledged - started) / 1000).toFixed(2)} s ` +
      `(${(count / ((acknowledged - started) / 1000)).toFixed(0)}/s), all projected after ${seconds.toFixed(2)} s ` +
      `→ ${(count / seconds).toFixed(0)} articles/s end to end`,
  );
}

async function latency(ingestUrl: string, queryUrl: string, rate: number, seconds: number) {
  const postedAt = new Map<string, number>();
  const latencies: number[] = [];
  let stop = false;
  const follower = followHistory(
    queryUrl,
    (articleId) => {
      const at = postedAt.get(articleId);
      if (at !== undefined) {
        latencies.push(performance.now() - at);
        postedAt.delete(articleId);
      }
    },
    () => stop,
  );
  const total = rate * seconds;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let index = 0; index < total; index++) {
    const due = start + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = performance.now();
    pending.push(post(ingestUrl, nextArticle().body).then(({ id }) => void postedAt.set(id, sentAt)));
  }
  await Promise.all(pending);
  const deadline = performance.now() + 30_000;
  while (postedAt.size > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  stop = true;
  await follower;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(0);
  console.log(
    `latency POST → projection at ${rate} articles/s for ${seconds} s: median ${at(0.5)} ms, p99 ${at(0.99)} ms, ` +
      `max ${at(1)} ms (${latencies.length} of ${total} measured${postedAt.size ? `, ${postedAt.size} not seen` : ''})`,
  );
}

async function hammer(url: string, connections: number, seconds: number): Promise<number> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    requests: [{ setupRequest: (request) => ({ ...request, body: nextArticle().body }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} answers were not 2xx and ${result.errors} requests failed`);
  }
  return result.requests.average;
}

async function ceiling(ingestUrl: string, connections: number) {
  const bare = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"accepted"}'));
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const address = bare.address() as { port: number };
  const bareRate = await hammer(`http://127.0.0.1:${address.port}/`, connections, 10);
  bare.close();
  const ingestRate = await hammer(`${ingestUrl}/v1/articles`, connections, 10);
  console.log(
    `ceiling: bare node:http server ${bareRate.toFixed(0)} req/s; POST /v1/articles ${ingestRate.toFixed(0)} req/s ` +
      `(${((100 * ingestRate) / bareRate).toFixed(0)}% of the bare server), ${connections} connections, 10 s each`,
  );
}

async function startService(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, '../bin/ceasefire-watch.js'), 'serve'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
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
  try {
    console.log(`pipeline at ${ingestUrl} (ingest), ${queryUrl} (query)`);
    await throughput(ingestUrl, queryUrl, Number(options.articles), Number(options.connections));
    await latency(ingestUrl, queryUrl, Number(options.rate), Number(options.seconds));
    await ceiling(ingestUrl, Number(options.connections));
  } finally {
    service?.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
