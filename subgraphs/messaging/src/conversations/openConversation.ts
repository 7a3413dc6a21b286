import type { EntityManager } from 'typeorm';
import type { ConversationRow } from '../rows.ts';

/** The couple's conversation with the vendor, made on first use: one per couple and vendor, even when two requests race. */
export async function openConversation(
  tx: EntityManager,
  coupleId: string,
  vendorId: string,
  vendorOwnerId: string,
): Promise<ConversationRow> {
  const [row] = (await tx.query(
    `INSERT INTO conversations (couple_id, vendor_id, vendor_owner_id) VALUES ($1, $2, $3)
     ON CONFLICT (couple_id, vendor_id) DO UPDATE SET vendor_owner_id = EXCLUDED.vendor_owner_id RETURNING *`,
    [coupleId, vendorId, vendorOwnerId],
  )) as ConversationRow[];
  return row!;
}

/** Who answers for the vendor, as the vendor subgraph last reported; null for a vendor messaging never heard of. */
export async function vendorOwnerOf(tx: Pick<EntityManager, 'query'>, vendorId: string): Promise<string | null> {
  const rows = (await tx.query(`SELECT owner_id FROM vendor_owners WHERE vendor_id = $1`, [vendorId])) as { owner_id: string }[];
  return rows[0]?.owner_id ?? null;
}
