import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CategoryEntity, type CategoryRow } from './entities/Category.ts';
import { PlaceEntity, type PlaceRow } from './entities/Place.ts';

interface ReferenceData {
  categories: Map<string, CategoryRow>;
  places: Map<string, PlaceRow>;
}

const loaded = new WeakMap<DataSource, Promise<ReferenceData>>();

/**
 * Categories and places, which only migrations write: read once per process (a dozen categories, some 1,600
 * places), then served from memory, so a page of results costs no query for its categories, communes and wilayas.
 */
export function referenceData(db: DataSource): Promise<ReferenceData> {
  let data = loaded.get(db);
  if (!data) {
    data = (async () => {
      const [categories, places] = await Promise.all([db.getRepository(CategoryEntity).find(), db.getRepository(PlaceEntity).find()]);
      return { categories: new Map(categories.map((c) => [c.id, c])), places: new Map(places.map((p) => [p.id, p])) };
    })();
    data.catch(() => loaded.delete(db));
    loaded.set(db, data);
  }
  return data;
}

/** A per-request loader over the reference data, with the same face as a loader by id. */
export function referenceLoader<K extends keyof ReferenceData>(db: DataSource, kind: K) {
  type Row = ReferenceData[K] extends Map<string, infer R> ? R : never;
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = (await referenceData(db))[kind] as Map<string, Row>;
    return ids.map((id) => rows.get(id) ?? null);
  });
}
