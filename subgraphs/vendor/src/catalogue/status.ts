import { ErrorCode, parseInput, ZaffaError } from '@zaffa/shared';
import type { Context } from '../context.ts';
import type { VendorRow, VendorStatus } from '../entities/Vendor.ts';
import { editableVendor, requireStaff } from './access.ts';
import { idInput } from './inputs.ts';
import { tellMedia } from './tellMedia.ts';
import { afterChange } from './vendors.ts';

/** The status machine: which states each move leaves from, where it goes, and whether only staff may make it. */
const moves = {
  publish: { from: ['DRAFT'], to: 'PUBLISHED', staffOnly: false },
  unpublish: { from: ['PUBLISHED'], to: 'DRAFT', staffOnly: false },
  suspend: { from: ['DRAFT', 'PUBLISHED'], to: 'SUSPENDED', staffOnly: true },
  reinstate: { from: ['SUSPENDED'], to: 'DRAFT', staffOnly: true },
} as const satisfies Record<string, { from: VendorStatus[]; to: VendorStatus; staffOnly: boolean }>;

export type StatusMove = keyof typeof moves;

export async function moveVendor(ctx: Pick<Context, 'viewer' | 'loaders' | 'deps'>, raw: unknown, move: StatusMove): Promise<VendorRow> {
  const { id } = parseInput(idInput, raw);
  const rule = moves[move];
  if (rule.staffOnly) requireStaff(ctx.viewer);
  const vendor = await editableVendor(id, ctx);
  // Conditional on the state it leaves, so two racing moves cannot both apply. Media learns whether everyone
  // may see the gallery from an event written with the move.
  const moved = await ctx.deps.db.transaction(async (tx) => {
    const [rows] = (await tx.query(
      `UPDATE vendors SET status = $2, revision = revision + 1, updated_at = now() WHERE id = $1 AND status = ANY($3::text[])
       RETURNING id, owner_id AS "ownerId", status, revision`,
      [vendor.id, rule.to, rule.from],
    )) as [Pick<VendorRow, 'id' | 'ownerId' | 'status' | 'revision'>[], number];
    if (rows[0]) await tellMedia(tx, rows[0]);
    return rows.length > 0;
  });
  if (!moved) {
    const current = (await ctx.deps.db.query(`SELECT status FROM vendors WHERE id = $1`, [vendor.id]))[0]?.status;
    throw new ZaffaError(ErrorCode.CONFLICT, `A ${current} vendor cannot be moved to ${rule.to} by ${move}`);
  }
  return afterChange(ctx, vendor.id);
}
