import { WORDS_TABLE } from './indexTable.ts';

/**
 * The index rows of the published vendors that `where` selects (a condition on `v`, the vendors table),
 * in the column order of the search table. Name weighs most, then category, then place, then the rest.
 */
export function indexRowsQuery(where: string): string {
  return `
    SELECT v.id, v.revision, v.category_id, v.place_id, p.parent_id,
      coalesce(v.latitude, p.latitude), coalesce(v.longitude, p.longitude),
      v.price_min, v.capacity, v.rating, v.created_at,
      search_normalize(v.name),
      setweight(to_tsvector('simple', search_normalize(v.name)), 'A')
        || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', c.name_fr, c.name_ar))), 'B')
        || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', p.name_fr, p.name_ar, w.name_fr, w.name_ar, v.address))), 'C')
        || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', v.description, o.text))), 'D'),
      ll_to_earth(coalesce(v.latitude, p.latitude), coalesce(v.longitude, p.longitude)),
      v.median_reply_s, v.reply_rate
    FROM vendors v
    JOIN categories c ON c.id = v.category_id
    JOIN places p ON p.id = v.place_id
    LEFT JOIN places w ON w.id = p.parent_id
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', name, array_to_string(includes, ' ')), ' ') AS text FROM offers WHERE vendor_id = v.id
    ) o ON true
    WHERE v.status = 'PUBLISHED' AND (${where})`;
}

/** Adds the words of the index documents that `where` selects (a condition on `s`) to the dictionary typo tolerance reads. */
export function addWordsQuery(table: string, where: string, wordsTable: string = WORDS_TABLE): string {
  return `
    INSERT INTO ${wordsTable} (word)
    SELECT DISTINCT word FROM ${table} s, unnest(tsvector_to_array(s.document)) AS word
    WHERE (${where}) AND length(word) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING`;
}
