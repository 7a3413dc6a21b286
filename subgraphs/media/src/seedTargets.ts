import type { DataSource } from 'typeorm';
import type { TargetFacts } from './jobs/learnTarget.ts';

/**
 * What a seed that wrote vendors and events straight into their databases would otherwise have told media through
 * events: who may fill each vendor's gallery and each event's photos, and who sees them. Newer facts stay.
 */
export async function seedTargets(db: DataSource, targets: TargetFacts[]): Promise<void> {
  for (let i = 0; i < targets.length; i += 2000) {
    const batch = targets.slice(i, i + 2000);
    await db.query(
      `INSERT INTO media_targets (target_type, target_id, owner_ids, viewer_ids, public, version)
       SELECT t.type, t.id, array(SELECT jsonb_array_elements_text(t.owners)::uuid), array(SELECT jsonb_array_elements_text(t.viewers)::uuid), t.public, t.version
         FROM unnest($1::text[], $2::uuid[], $3::jsonb[], $4::jsonb[], $5::bool[], $6::bigint[]) AS t(type, id, owners, viewers, public, version)
       ON CONFLICT (target_type, target_id) DO UPDATE
         SET owner_ids = EXCLUDED.owner_ids, viewer_ids = EXCLUDED.viewer_ids, public = EXCLUDED.public, version = EXCLUDED.version, updated_at = now()
         WHERE media_targets.version < EXCLUDED.version`,
      [
        batch.map((t) => t.type),
        batch.map((t) => t.id),
        batch.map((t) => JSON.stringify(t.ownerIds)),
        batch.map((t) => JSON.stringify(t.viewerIds)),
        batch.map((t) => t.public),
        batch.map((t) => t.version),
      ],
    );
  }
}
