/** A search box's text as SQL ILIKE terms: every word must match one of the searched columns. */

/** Words beyond this many are ignored, so one request cannot build an unbounded WHERE clause. */
export const MAX_SEARCH_WORDS = 8;

/** `agent@7.12 → canary` is how the UI writes a release and its ring; the separators are not search text. */
const WORD_SEPARATORS = /[\s@→]+/u;

export function searchWords(q: string): string[] {
  return q.split(WORD_SEPARATORS).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
}

/** `%word%` with LIKE's own wildcards escaped, so `_` and `%` in a search mean themselves. */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** SQL that is true when the bound `%word%` pattern (its placeholder given) matches. */
export type WordMatch = (pattern: string) => string;
export const ilike =
  (column: string): WordMatch =>
  (pattern) =>
    `${column} ILIKE ${pattern}`;

/**
 * `(a ILIKE $1 OR b ILIKE $1) AND (a ILIKE $2 OR b ILIKE $2)`: one clause per word, each word
 * matching any of `matches`; `add` binds the pattern and returns its placeholder. Null for no words.
 */
export function wordsMatchSql(q: string, matches: readonly WordMatch[], add: (value: unknown) => string): string | null {
  const clauses = searchWords(q).map((word) => {
    const pattern = add(likePattern(word));
    return `(${matches.map((match) => match(pattern)).join(" OR ")})`;
  });
  return clauses.length ? clauses.join(" AND ") : null;
}
