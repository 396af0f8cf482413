import { splitSentences } from './sentences';

describe('sentence splitting', () => {
  const body = [
    'Storm over the harbour city',
    '',
    'Gen. Okafor said the U.S. team left at 6 a.m. Moscow time. Nobody was hurt! Was it planned? "No," he said. The ferry sailed at 7 a.m. Nobody waved.',
    '',
    'Ministers met again. Hope rises. pic.twitter.com/abc123 — Some Person (@someone) May 1, 2025',
    '',
    'Storm over the harbour city',
    '',
    'Related: Ten things you did not know about ports in winter time',
    '',
    '• Bullet one without a stop',
  ].join('\n');
  const sentences = splitSentences(body);

  it('gives offsets that slice back to each sentence', () => {
    for (const sentence of sentences) expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not break after abbreviations, initials or a time with its zone, but does after a bare time', () => {
    expect(sentences.map((s) => s.text)).toEqual(
      expect.arrayContaining([
        'Gen. Okafor said the U.S. team left at 6 a.m. Moscow time.',
        'The ferry sailed at 7 a.m.',
        'Nobody waved.',
      ]),
    );
  });

  it('splits at ! ? and closing quotes', () => {
    expect(sentences.map((s) => s.text)).toEqual(
      expect.arrayContaining(['Nobody was hurt!', 'Was it planned?', '"No," he said.']),
    );
  });

  it('flags the headline and drops its repetition, embedded posts and related links', () => {
    expect(sentences[0]).toMatchObject({ text: 'Storm over the harbour city', headline: true });
    const texts = sentences.map((s) => s.text);
    expect(texts.filter((text) => text === 'Storm over the harbour city')).toHaveLength(1);
    expect(texts.some((text) => text.includes('pic.twitter.com'))).toBe(false);
    expect(texts.some((text) => text.startsWith('Related'))).toBe(false);
    expect(texts).toContain('• Bullet one without a stop');
  });

  it('numbers paragraphs', () => {
    expect(sentences.find((s) => s.text === 'Nobody was hurt!')?.paragraph).toBe(1);
    expect(sentences.find((s) => s.text.startsWith('•'))?.paragraph).toBeGreaterThan(1);
  });
});
