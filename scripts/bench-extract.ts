/**
 * Extraction throughput: generates a large, varied article set from sentence templates (no corpus text)
 * and times extractEvents over it on one core. Given folders of article files as well, it also times
 * them, read over and over up to the same size: real reporting is wordier than the templates.
 * Run: npx tsx scripts/bench-extract.ts [megabytes] [article-folder ...]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultGazetteer } from '@app/domain';
import {
  buildArticleContext,
  extractDiplomacy,
  extractEvents,
  extractStrikes,
  parsePlainTextArticle,
  type Article,
} from '@app/extraction';

const targetMegabytes = Number(process.argv[2] ?? 20);
const articleFolders = process.argv.slice(3);

const PAIRS = [
  ['Russia', 'Ukraine', 'Kharkiv', 'Kursk'],
  ['Israel', 'Hezbollah', 'Nabatieh', 'Haifa'],
  ['India', 'Pakistan', 'Lahore', 'Jammu'],
  ['Thailand', 'Cambodia', 'Oddar Meanchey', 'Surin'],
  ['the RSF', 'the Sudanese army', 'Port Sudan', 'Nyala'],
] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEAPONS = [
  'drones',
  'Shahed drones',
  'ballistic missiles',
  'cruise missiles',
  'rockets',
  'guided bombs',
  'shells',
];
const TEMPLATES: ((v: Values) => string)[] = [
  (v) => `${v.a} launched ${v.n} ${v.weapon} at ${v.place} overnight, officials said.`,
  (v) => `Air defences shot down ${v.m} of the ${v.n} ${v.weapon} fired by ${v.a} on ${v.day}.`,
  (v) => `Another ${v.k} were lost to electronic warfare, the military said.`,
  (v) => `${v.b}'s defence ministry said it destroyed ${v.m} ${v.weapon} over ${v.ownPlace} on ${v.day}.`,
  (v) => `Since the war began, ${v.a} has fired more than ${v.n * 40} ${v.weapon}, analysts estimate.`,
  (v) => `${v.a} proposed a ${v.n}-day ceasefire on ${v.day}, and ${v.b} said it would study the offer.`,
  (v) => `Negotiators are due to meet in Geneva on ${v.day} for another round of talks, a mediator said.`,
  (v) => `Residents of ${v.place} spent the night in shelters as sirens sounded for ${v.k} hours.`,
  (v) => `The strike damaged a school, a clinic and ${v.k} apartment blocks, the mayor said on ${v.day}.`,
  (v) => `"We will answer every attack," a spokesman for ${v.b} told reporters in the capital.`,
];

interface Values {
  a: string;
  b: string;
  place: string;
  ownPlace: string;
  weapon: string;
  day: string;
  n: number;
  m: number;
  k: number;
}

/** A small deterministic generator, so every run reads the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function generate(megabytes: number): Article[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const articles: Article[] = [];
  let size = 0;
  while (size < megabytes * 1_000_000) {
    const [a, b, place, ownPlace] = pick(PAIRS);
    const paragraphs: string[] = [`${a} and ${b} trade fire as talks stall`];
    const count = 6 + Math.floor(next() * 14);
    for (let i = 0; i < count; i++) {
      const n = 2 + Math.floor(next() * 400);
      const values: Values = {
        a,
        b,
        place,
        ownPlace,
        weapon: pick(WEAPONS),
        day: pick(WEEKDAYS),
        n,
        m: Math.floor(n * next()),
        k: 1 + Math.floor(next() * 30),
      };
      paragraphs.push([pick(TEMPLATES)(values), pick(TEMPLATES)(values)].join(' '));
    }
    const body = paragraphs.join('\n\n');
    size += Buffer.byteLength(body);
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    articles.push({ published: `2025-0${1 + Math.floor(next() * 9)}-${day}`, body });
  }
  return articles;
}

const gazetteer = defaultGazetteer();
const articles = generate(targetMegabytes);
const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.body), 0);
// One untimed pass first: a running processor extracts with its code optimised and its patterns compiled.
for (const article of articles) extractEvents(article, gazetteer);
const timed = (run: (article: Article) => unknown): number => {
  const started = process.hrtime.bigint();
  for (const article of articles) run(article);
  return Number(process.hrtime.bigint() - started) / 1e9;
};
const rate = (seconds: number): string => `${(bytes / 1e6 / seconds).toFixed(2)} MB/s`;
let events = 0;
const whole = timed((article) => (events += extractEvents(article, gazetteer).length));
const foundation = timed((article) => {
  const context = buildArticleContext(article, gazetteer);
  for (const sentence of context.sentences) context.dateCues(sentence);
});
const strikes = timed((article) => extractStrikes(buildArticleContext(article, gazetteer)));
const diplomacy = timed((article) => extractDiplomacy(buildArticleContext(article, gazetteer)));
console.log(`articles: ${articles.length}, text: ${(bytes / 1e6).toFixed(1)} MB, events: ${events}`);
console.log(
  `extractEvents: ${whole.toFixed(2)} s on one core = ${rate(whole)} per core, ${Math.round(articles.length / whole)} articles/s`,
);
console.log(`  foundation (sentences, parties, dates): ${rate(foundation)}`);
console.log(`  foundation + strike rules: ${rate(strikes)}`);
console.log(`  foundation + diplomacy rules: ${rate(diplomacy)}`);

if (articleFolders.length) {
  const files = articleFolders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => parsePlainTextArticle(readFileSync(join(folder, name), 'utf8'))),
  );
  const fileBytes = files.reduce((sum, article) => sum + Buffer.byteLength(article.body), 0);
  const rounds = Math.max(1, Math.round((targetMegabytes * 1_000_000) / fileBytes));
  for (const article of files) extractEvents(article, gazetteer);
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const article of files) extractEvents(article, gazetteer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${files.length} article files (${(fileBytes / 1e3).toFixed(0)} kB) read ${rounds} times: ${((fileBytes * rounds) / 1e6 / seconds).toFixed(2)} MB/s per core`,
  );
}
