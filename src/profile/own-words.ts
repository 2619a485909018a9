/**
 * The person's self-description in their own words: what they wrote when asked what they look for
 * and what they can do, kept (after consent) for the lexical part of the matching. Pure rules: a
 * statement said again is not stored twice, the newest come last, and the whole stays bounded so
 * the oldest statements give way first.
 */

/** At most this many characters are kept. */
export const OWN_WORDS_MAX_CHARS = 1000;
/** Shorter statements carry no description ("ja", "gut", "80%"). */
const MIN_STATEMENT_CHARS = 4;
const SEPARATOR = ' · ';

function statementsOf(ownWords: string | undefined): string[] {
  return ownWords ? ownWords.split(SEPARATOR).filter(Boolean) : [];
}

function comparable(text: string): string {
  return text.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
}

/** The self-description with a new statement added; unchanged when the statement adds nothing. */
export function withStatement(ownWords: string | undefined, statement: string): string | undefined {
  const said = statement.replace(/\s+/g, ' ').replaceAll(SEPARATOR.trim(), ' ').trim().slice(0, OWN_WORDS_MAX_CHARS);
  if (said.length < MIN_STATEMENT_CHARS || !/\p{L}{3}/u.test(said)) return ownWords;
  const kept = statementsOf(ownWords).filter((s) => comparable(s) !== comparable(said));
  kept.push(said);
  while (kept.length > 1 && kept.join(SEPARATOR).length > OWN_WORDS_MAX_CHARS) kept.shift();
  return kept.join(SEPARATOR);
}

/** The occupations with new ones added (first named first, no repeats). */
export function withOccupations(known: readonly string[] | undefined, named: readonly string[]): string[] {
  return [...new Set([...(known ?? []), ...named])];
}
