import { defaultGazetteer, ConflictEvent } from '@app/domain';
import { buildArticleContext, EXTRACTOR_VERSION, extractEvents } from '.';

const article = {
  published: '2025-04-22',
  body: [
    'Drones over the river',
    'Russia launched 31 drones at Odesa overnight, and 25 of them were shot down, the air force said.',
    'Kyiv said it remained open to talks.',
  ].join('\n\n'),
};

describe('extractEvents', () => {
  const gazetteer = defaultGazetteer();

  it('returns valid contract events whose evidence slices back from the body', () => {
    const events = extractEvents(article, gazetteer);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(ConflictEvent.safeParse(event).success).toBe(true);
      expect(article.body.slice(event.evidence!.start, event.evidence!.end)).toBe(event.evidence!.sentence);
    }
    expect(events[0]).toMatchObject({
      type: 'StrikeReported',
      launched: 31,
      intercepted: 25,
      theatre: 'russia-ukraine',
    });
  });

  it('is deterministic', () => {
    expect(extractEvents(article, gazetteer)).toEqual(extractEvents(article, gazetteer));
  });

  it('names its version', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^extraction-/);
  });
});

describe('article context', () => {
  const context = buildArticleContext(article, defaultGazetteer());

  it('finds the theatre from the parties the article names', () => {
    expect(context.theatre?.id).toBe('russia-ukraine');
  });

  it('links sentences to their neighbours and reads their dates', () => {
    const [, attack, talks] = context.sentences;
    expect(context.previous(talks)).toBe(attack);
    expect(context.next(attack)).toBe(talks);
    expect(context.when(attack)).toMatchObject({ occurredOn: '2025-04-22', cue: 'overnight', future: false });
    expect(context.when(talks)).toBeUndefined();
  });

  it('gives party mentions with offsets into the sentence', () => {
    const [, attack] = context.sentences;
    for (const mention of context.mentions(attack)) {
      expect(attack.text.slice(mention.start, mention.end)).toBe(mention.surface);
    }
  });
});
