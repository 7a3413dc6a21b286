import { badInput, isUuid, notFound, parseInput } from '@zaffa/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.ts';
import { OfferEntity, type OfferRow } from '../entities/Offer.ts';
import type { VendorRow } from '../entities/Vendor.ts';
import { editableVendor } from './access.ts';
import { addOfferInput, idInput, updateOfferInput } from './inputs.ts';
import { afterChange } from './vendors.ts';

type Ctx = Pick<Context, 'viewer' | 'loaders' | 'deps'>;
const MAX_OFFERS = 20;

/** The vendor's price range follows its offers, in the same transaction, and its revision tells search to catch up. */
async function touchVendor(m: EntityManager, vendorId: string): Promise<void> {
  await m.query(
    `UPDATE vendors SET revision = revision + 1, updated_at = now(),
       price_min = (SELECT min(base_price) FROM offers WHERE vendor_id = $1),
       price_max = (SELECT max(base_price) FROM offers WHERE vendor_id = $1)
     WHERE id = $1`,
    [vendorId],
  );
}

async function editableOffer(ctx: Ctx, id: string): Promise<{ offer: OfferRow; vendor: VendorRow }> {
  const offer = isUuid(id) ? await ctx.deps.db.getRepository(OfferEntity).findOneBy({ id }) : null;
  if (!offer) throw notFound('Offer');
  return { offer, vendor: await editableVendor(offer.vendorId, ctx) };
}

export async function addOffer(ctx: Ctx, raw: unknown): Promise<{ offer: OfferRow; vendor: VendorRow }> {
  const input = parseInput(addOfferInput, raw);
  const vendor = await editableVendor(input.vendorId, ctx);
  const offer = await ctx.deps.db.transaction(async (m) => {
    // Lock the vendor so concurrent additions count and number offers one after the other.
    await m.query(`SELECT 1 FROM vendors WHERE id = $1 FOR UPDATE`, [vendor.id]);
    const [{ count, next }] = await m.query(
      `SELECT count(*)::int AS count, coalesce(max(position) + 1, 0) AS next FROM offers WHERE vendor_id = $1`,
      [vendor.id],
    );
    if (count >= MAX_OFFERS) throw badInput('vendorId', `a vendor has at most ${MAX_OFFERS} offers`);
    const repo = m.getRepository(OfferEntity);
    const saved = await repo.save(
      repo.create({
        vendorId: vendor.id,
        name: input.name,
        basePrice: input.basePrice,
        includedGuests: input.includedGuests ?? null,
        pricePerExtraGuest: input.pricePerExtraGuest ?? 0,
        includes: input.includes ?? [],
        depositPercent: input.depositPercent ?? 0,
        depositTerms: input.depositTerms ?? '',
        position: next,
      }),
    );
    await touchVendor(m, vendor.id);
    return repo.findOneByOrFail({ id: saved.id });
  });
  return { offer, vendor: await afterChange(ctx, vendor.id) };
}

export async function updateOffer(ctx: Ctx, raw: unknown): Promise<{ offer: OfferRow; vendor: VendorRow }> {
  const input = parseInput(updateOfferInput, raw);
  const { offer, vendor } = await editableOffer(ctx, input.id);
  const changes: Partial<OfferRow> = {};
  if (input.name) changes.name = input.name;
  if (input.basePrice != null) changes.basePrice = input.basePrice;
  if (input.includedGuests !== undefined) changes.includedGuests = input.includedGuests ?? null;
  if (input.pricePerExtraGuest != null) changes.pricePerExtraGuest = input.pricePerExtraGuest;
  if (input.includes != null) changes.includes = input.includes;
  if (input.depositPercent != null) changes.depositPercent = input.depositPercent;
  if (input.depositTerms != null) changes.depositTerms = input.depositTerms;
  const updated = await ctx.deps.db.transaction(async (m) => {
    if (Object.keys(changes).length > 0) await m.getRepository(OfferEntity).update(offer.id, changes);
    await touchVendor(m, vendor.id);
    return m.getRepository(OfferEntity).findOneByOrFail({ id: offer.id });
  });
  return { offer: updated, vendor: await afterChange(ctx, vendor.id) };
}

export async function removeOffer(ctx: Ctx, raw: unknown): Promise<VendorRow> {
  const { id } = parseInput(idInput, raw);
  const { offer, vendor } = await editableOffer(ctx, id);
  await ctx.deps.db.transaction(async (m) => {
    await m.getRepository(OfferEntity).delete(offer.id);
    await touchVendor(m, vendor.id);
  });
  return afterChange(ctx, vendor.id);
}
