import { badInput, forbidden, parseInput, writeEvent } from '@zaffa/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.ts';
import { CategoryEntity } from '../entities/Category.ts';
import { PlaceEntity } from '../entities/Place.ts';
import { VendorEntity, type VendorRow } from '../entities/Vendor.ts';
import { editableVendor, signedIn } from './access.ts';
import { createVendorInput, updateVendorInput } from './inputs.ts';
import { requestReindex } from './reindex.ts';
import { slugify } from './slug.ts';
import { tellMedia } from './tellMedia.ts';

type Ctx = Pick<Context, 'viewer' | 'loaders' | 'deps'>;

async function checkCategory(ctx: Ctx, id: string): Promise<void> {
  if (!(await ctx.deps.db.getRepository(CategoryEntity).existsBy({ id }))) throw badInput('categoryId', 'categoryId names no category');
}

async function checkCommune(ctx: Ctx, id: string): Promise<void> {
  const place = await ctx.deps.db.getRepository(PlaceEntity).findOneBy({ id });
  if (place?.kind !== 'COMMUNE') throw badInput('placeId', 'placeId must name a commune');
}

/**
 * A slug no other vendor has: the name's, then with -2, -3... Call it in the transaction that saves the slug:
 * it holds a lock on the slug's stem (trailing -N dropped) until commit, so concurrent vendors of one name
 * (or of "name 2") choose one after the other instead of colliding on the unique index.
 */
async function freeSlug(tx: EntityManager, name: string, except?: string): Promise<string> {
  const base = slugify(name);
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`vendor-slug:${base.replace(/(-\d+)+$/, '')}`]);
  const taken: { slug: string; id: string }[] = await tx.query(`SELECT slug, id FROM vendors WHERE slug = $1 OR slug LIKE $1 || '-%'`, [
    base,
  ]);
  const used = new Set(taken.filter((t) => t.id !== except).map((t) => t.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

const contactColumns = (contact: { phone?: string | null; email?: string | null; website?: string | null } | null | undefined) =>
  contact === undefined ? {} : { phone: contact?.phone ?? null, email: contact?.email ?? null, website: contact?.website ?? null };

/** A new vendor, in DRAFT, owned by the viewer (or, made by staff, by the owner they name). */
export async function createVendor(ctx: Ctx, raw: unknown): Promise<VendorRow> {
  const viewer = signedIn(ctx.viewer);
  if (viewer.role !== 'VENDOR' && viewer.role !== 'STAFF') throw forbidden('Only vendor accounts and staff create vendors');
  const input = parseInput(createVendorInput, raw);
  if (input.ownerId && viewer.role !== 'STAFF') throw badInput('ownerId', 'only staff choose the owner');
  await checkCategory(ctx, input.categoryId);
  await checkCommune(ctx, input.placeId);
  // Messaging learns who answers for the vendor, and media who fills its gallery, from events written with it.
  const vendor = await ctx.deps.db.transaction(async (tx) => {
    const repo = tx.getRepository(VendorEntity);
    const saved = await repo.save(
      repo.create({
        name: input.name,
        slug: await freeSlug(tx, input.name),
        description: input.description ?? '',
        categoryId: input.categoryId,
        placeId: input.placeId,
        address: input.address ?? '',
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        ...contactColumns(input.contact),
        capacity: input.capacity ?? null,
        dailyCapacity: input.dailyCapacity ?? 1,
        ownerId: input.ownerId ?? viewer.id,
        status: 'DRAFT',
      }),
    );
    await writeEvent(tx, 'messaging', 'vendorChanged', { vendorId: saved.id, ownerId: saved.ownerId });
    await tellMedia(tx, saved);
    return saved;
  });
  return ctx.deps.db.getRepository(VendorEntity).findOneByOrFail({ id: vendor.id });
}

/** Changes the fields given. Search sees the change once the reindex job it queues has run. */
export async function updateVendor(ctx: Ctx, raw: unknown): Promise<VendorRow> {
  const input = parseInput(updateVendorInput, raw);
  const vendor = await editableVendor(input.id, ctx);
  if (input.categoryId) await checkCategory(ctx, input.categoryId);
  if (input.placeId) await checkCommune(ctx, input.placeId);
  const changes: Partial<VendorRow> = {
    ...(input.name ? { name: input.name } : {}),
    ...(input.description != null ? { description: input.description } : {}),
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
    ...(input.placeId ? { placeId: input.placeId } : {}),
    ...(input.address != null ? { address: input.address } : {}),
    ...(input.latitude !== undefined ? { latitude: input.latitude ?? null, longitude: input.longitude ?? null } : {}),
    ...contactColumns(input.contact),
    ...(input.capacity !== undefined ? { capacity: input.capacity ?? null } : {}),
    ...(input.dailyCapacity != null ? { dailyCapacity: input.dailyCapacity } : {}),
  };
  await ctx.deps.db.transaction(async (tx) => {
    const slug = input.name ? { slug: await freeSlug(tx, input.name, vendor.id) } : {};
    await tx.getRepository(VendorEntity).update(vendor.id, { ...changes, ...slug, revision: () => 'revision + 1' });
  });
  return afterChange(ctx, vendor.id);
}

/** Reloads a changed vendor, drops the request's stale copy, and queues its reindex. */
export async function afterChange(ctx: Ctx, id: string): Promise<VendorRow> {
  ctx.loaders.vendor.clear(id);
  ctx.loaders.offersByVendor.clear(id);
  const fresh = await ctx.deps.db.getRepository(VendorEntity).findOneByOrFail({ id });
  await requestReindex(ctx.deps, fresh);
  return fresh;
}
