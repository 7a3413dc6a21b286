import DataLoader from 'dataloader';
import { In, type DataSource, type EntitySchema, type ObjectLiteral } from 'typeorm';

/** A per-request loader of rows by primary key `id`: one query for all the ids asked for in a tick. */
export function loaderById<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: EntitySchema<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
