import type { DataSource } from 'typeorm';

/** Only plain words become lexemes: nothing in them can be read as tsquery syntax. */
const plainWord = /^[\p{L}\p{M}\p{N}]+$/u;
const quote = (word: string) => `'${word}'`;
/** Words too common to tell vendors apart; dropped unless they are all the search has. */
const stopWords = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'a',
  'au',
  'aux',
  'en',
  'pour',
  'avec',
  'un',
  'une',
  'el',
  'al',
  'في',
  'و',
  'مع',
]);

/**
 * The tsquery of a search's words: each word, or one of the indexed words closest to it by trigram similarity,
 * so "photografe" also looks for "photographe"; the last word also as a prefix, as it may be half typed. Reads the index's word dictionary. Null without words;
 * empty when none of the words can be searched for.
 */
export async function textQuery(db: DataSource, terms: string[]): Promise<string | null> {
  if (terms.length === 0) return null;
  const telling = terms.filter((t) => !stopWords.has(t.toLowerCase()));
  if (telling.length > 0) terms = telling;
  const rows: { word: string; alternatives: string[] }[] = await db.query(
    `SELECT t.word, coalesce(array_agg(a.word) FILTER (WHERE a.word IS NOT NULL), '{}') AS alternatives
     FROM unnest($1::text[]) WITH ORDINALITY AS u(term, position), search_normalize(u.term) AS t(word)
     LEFT JOIN LATERAL (
       SELECT w.word FROM search_words w
       WHERE length(t.word) >= 4 AND w.word % t.word AND w.word <> t.word AND similarity(w.word, t.word) >= 0.45
       ORDER BY w.word <-> t.word LIMIT 3
     ) a ON true
     GROUP BY u.position, t.word ORDER BY u.position`,
    [terms],
  );
  const clauses = rows
    .filter((r) => plainWord.test(r.word))
    .map((r, i, all) =>
      [`${quote(r.word)}${i === all.length - 1 ? ':*' : ''}`, ...r.alternatives.filter((w) => plainWord.test(w)).map(quote)].join(' | '),
    );
  return clauses.map((c) => `(${c})`).join(' & ');
}
