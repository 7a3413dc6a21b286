import { SEARCH_TABLE } from './indexTable.ts';
import type { SqlParams } from './params.ts';
import type { SearchMode } from './types.ts';

/** Where search reads from, as SQL expressions, so one query builder serves the index and the direct fallback. */
export interface SearchSource {
  mode: SearchMode;
  from: string;
  /** Condition every row must meet whatever the filter. */
  base: string;
  id: string;
  categoryId: string;
  communeId: string;
  wilayaId: string;
  /** The row's point as an `earth`, for distances. */
  earth: string;
  priceMin: string;
  capacity: string;
  rating: string;
  createdAt: string;
  /** The vendor's median time to a first reply, and its reply rate: copies of what messaging computes. */
  medianReplySeconds: string;
  replyRate: string;
  /** The text filter's condition, its parameters added to `p`; null without text. */
  textMatch: (p: SqlParams) => string | null;
  /** How well a row matches the text, higher better, its parameters added to `p`. */
  textRank: (p: SqlParams) => string;
}

/** The search table: text matched against a prepared tsvector through its GIN index. `tsquery` comes from `textQuery`. */
export function indexSource(tsquery: string | null): SearchSource {
  return {
    mode: 'INDEX',
    from: `${SEARCH_TABLE} s`,
    base: 'true',
    id: 's.vendor_id',
    categoryId: 's.category_id',
    communeId: 's.place_id',
    wilayaId: 's.wilaya_id',
    earth: 's.earth',
    priceMin: 's.price_min',
    capacity: 's.capacity',
    rating: 's.rating',
    createdAt: 's.created_at',
    medianReplySeconds: 's.median_reply_s',
    replyRate: 's.reply_rate',
    // An empty tsquery: words were given, but none that can be searched for.
    textMatch: (p) => (tsquery === null ? null : tsquery === '' ? 'false' : `s.document @@ to_tsquery('simple', ${p.add(tsquery)})`),
    textRank: (p) => (tsquery ? `(ts_rank(s.document, to_tsquery('simple', ${p.add(tsquery)}))::float8)` : '(0::float8)'),
  };
}

/**
 * The catalogue's own tables, read directly: every word must appear in the vendor's normalized text, or
 * nearly (trigram word similarity). Slower, since nothing is prepared, and it forgives fewer typos.
 */
export function fallbackSource(terms: string[]): SearchSource {
  return {
    mode: 'FALLBACK',
    from: `vendors v
      JOIN places p ON p.id = v.place_id
      LEFT JOIN places w ON w.id = p.parent_id
      JOIN categories c ON c.id = v.category_id
      CROSS JOIN LATERAL (
        SELECT search_normalize(concat_ws(' ', v.name, c.name_fr, c.name_ar, p.name_fr, p.name_ar, w.name_fr, w.name_ar, v.address, v.description)) AS hay
      ) h`,
    base: `v.status = 'PUBLISHED'`,
    id: 'v.id',
    categoryId: 'v.category_id',
    communeId: 'v.place_id',
    wilayaId: 'p.parent_id',
    earth: 'll_to_earth(coalesce(v.latitude, p.latitude), coalesce(v.longitude, p.longitude))',
    priceMin: 'v.price_min',
    capacity: 'v.capacity',
    rating: 'v.rating',
    createdAt: 'v.created_at',
    medianReplySeconds: 'v.median_reply_s',
    replyRate: 'v.reply_rate',
    textMatch: (p) =>
      terms.length === 0
        ? null
        : `NOT EXISTS (
            SELECT 1 FROM unnest(${p.add(terms)}::text[]) AS t(term), search_normalize(t.term) AS n(word)
            WHERE NOT (h.hay LIKE '%' || n.word || '%' OR n.word <% h.hay))`,
    textRank: (p) => (terms.length === 0 ? '(0::float8)' : `(word_similarity(search_normalize(${p.add(terms.join(' '))}), h.hay)::float8)`),
  };
}
