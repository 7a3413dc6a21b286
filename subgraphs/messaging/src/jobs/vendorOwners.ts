import type { DataSource } from 'typeorm';

/** Keeps who answers for each vendor; a vendor changing hands moves its conversations to the new owner. */
export function applyVendorChanged(db: DataSource) {
  return async ({ vendorId, ownerId }: { vendorId: string; ownerId: string }) => {
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO vendor_owners (vendor_id, owner_id) VALUES ($1, $2)
         ON CONFLICT (vendor_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, updated_at = now()`,
        [vendorId, ownerId],
      );
      await tx.query(`UPDATE conversations SET vendor_owner_id = $2 WHERE vendor_id = $1 AND vendor_owner_id <> $2`, [vendorId, ownerId]);
    });
    return { vendorId };
  };
}
