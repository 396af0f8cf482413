import { articleId, eventId } from './ids';

describe('articleId', () => {
  const body = 'Kyiv said the talks would resume on Friday.';

  it('is the first 16 hex digits of the SHA-256 of the date and the normalised body', () => {
    // Pinned: ids already in a log must still match after any refactoring, or dedupe breaks across releases.
    expect(articleId('2025-04-22', body)).toBe('b7e5a5eb8f920ed5');
  });

  it('ignores line endings, runs of white space and Unicode composition', () => {
    const reference = articleId('2025-04-22', 'Officials in Kyiv met café owners.\nThey talked.');
    expect(articleId('2025-04-22', '  Officials in  Kyiv met cafe\u0301 owners.\r\nThey talked.\n')).toBe(
      reference,
    );
  });

  it('changes with the publication date or the words', () => {
    const reference = articleId('2025-04-22', body);
    expect(articleId('2025-04-23', body)).not.toBe(reference);
    expect(articleId('2025-04-22', body.replace('Friday', 'Monday'))).not.toBe(reference);
  });
});

describe('eventId', () => {
  it('is the same for the same article, extractor version and position', () => {
    expect(eventId('0123456789abcdef', 'rules-1', 3)).toBe('fba9683a464a2148');
    expect(eventId('0123456789abcdef', 'rules-1', 3)).toBe(eventId('0123456789abcdef', 'rules-1', 3));
  });

  it('differs when any of its parts differs', () => {
    const ids = new Set([
      eventId('0123456789abcdef', 'rules-1', 0),
      eventId('0123456789abcdef', 'rules-1', 1),
      eventId('0123456789abcdef', 'rules-2', 0),
      eventId('fedcba9876543210', 'rules-1', 0),
    ]);
    expect(ids.size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses a position that is not a non-negative integer', () => {
    expect(() => eventId('0123456789abcdef', 'rules-1', -1)).toThrow(RangeError);
    expect(() => eventId('0123456789abcdef', 'rules-1', 1.5)).toThrow(RangeError);
  });
});
