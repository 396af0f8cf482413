/**
 * Deterministic articles written for the tests: strikes and truce news across several theatres, so that a
 * pipeline run produces incidents, merged reports and ceasefire state to compare between runs.
 */
export interface GeneratedArticle {
  published: string;
  text: string;
}

const ATTACKS = [
  (n: number) => `Russia launched ${n} drones at Ukraine overnight, the Ukrainian air force said.`,
  (n: number) => `Ukraine's air force said Russia fired ${n} missiles at Kyiv and Lviv before dawn.`,
  (n: number) => `Hezbollah fired ${n} rockets into northern Israel on Monday, the Israeli military said.`,
  (n: number) =>
    `Russia's defence ministry said its air defences destroyed ${n} Ukrainian drones over the Belgorod region overnight.`,
  (n: number) => `The RSF launched ${n} drones at Port Sudan overnight, the Sudanese army said.`,
];

const DIPLOMACY = [
  'Ukraine proposed a 30-day ceasefire on energy infrastructure on Monday.',
  'Russia rejected the proposal for a truce on Tuesday, the Kremlin said.',
  'Israel and Hezbollah agreed a ceasefire brokered by the United States on Wednesday.',
  'Thailand accused Cambodia of violating the ceasefire on Thursday.',
  'Negotiators from Sudan and the RSF met in Jeddah on Friday for talks on a truce.',
];

export function generatedArticles(count: number, firstDay = '2024-03-04'): GeneratedArticle[] {
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    // Two articles a day, so some attacks are reported twice and merge into one incident.
    const published = new Date(start + Math.floor(index / 2) * 86_400_000).toISOString().slice(0, 10);
    const attack = ATTACKS[index % ATTACKS.length](12 + ((index * 7) % 60));
    const diplomacy = index % 3 === 0 ? ` ${DIPLOMACY[(index / 3) % DIPLOMACY.length]}` : '';
    return { published, text: `${attack}${diplomacy} Officials said the damage was still being assessed.` };
  });
}
