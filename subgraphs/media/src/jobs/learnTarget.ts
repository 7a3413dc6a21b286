import type { DataSource } from 'typeorm';
import type { MediaTargetType } from '../entities/Attachment.ts';

export interface TargetFacts {
  type: Exclude<MediaTargetType, 'AVATAR'>;
  id: string;
  /** Who may attach to it. */
  ownerIds: string[];
  /** Who may see what is attached (besides everyone, when public, and staff). */
  viewerIds: string[];
  public: boolean;
  /** Orders the facts of one target: older ones arriving late change nothing. */
  version: number;
}

/** Records what another subgraph said of a target, unless media already knows something newer. Returns whether it did. */
export async function learnTarget(db: DataSource, facts: TargetFacts): Promise<boolean> {
  const [, changed] = (await db.query(
    `INSERT INTO media_targets (target_type, target_id, owner_ids, viewer_ids, public, version) VALUES ($1, $2, $3::uuid[], $4::uuid[], $5, $6)
     ON CONFLICT (target_type, target_id) DO UPDATE
       SET owner_ids = EXCLUDED.owner_ids, viewer_ids = EXCLUDED.viewer_ids, public = EXCLUDED.public, version = EXCLUDED.version, updated_at = now()
       WHERE media_targets.version < EXCLUDED.version`,
    [facts.type, facts.id, facts.ownerIds, facts.viewerIds, facts.public, facts.version],
  )) as [unknown, number];
  return changed > 0;
}
