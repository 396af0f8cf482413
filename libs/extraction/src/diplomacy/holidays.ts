import { addDays, easterSunday } from '../dates';

/**
 * A truce named for a holiday ("the Easter truce") dates what happened to it when the sentence gives no
 * day of its own: the holiday, if it fell within the fortnight before publication. Western and
 * Orthodox Easter coincide in many years; only the Western date is known to the foundation.
 */
export function easterDateNamed(text: string, published: string): string | undefined {
  if (!/\bEaster\b/.test(text)) return undefined;
  const easter = easterSunday(Number(published.slice(0, 4)));
  return easter <= published && easter >= addDays(published, -14) ? easter : undefined;
}
