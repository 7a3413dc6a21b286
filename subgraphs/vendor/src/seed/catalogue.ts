import { stableId, writeEvents } from '@zaffa/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { categoryId } from '../categories.ts';
import type { PlaceRow } from '../entities/Place.ts';
import { loadPlaces } from '../places.ts';
import { seededRandom, type Random } from './random.ts';
import { names, namesAr, vocabulary } from './vocabulary.ts';

export interface SeedOptions {
  vendors: number;
  communes: number;
}

/** Owners of seeded vendors: the accounts subgraph's seed can make users with the same ids. */
export const seedOwnerId = (n: number) => stableId('seed-owner', String(n));
export const seedVendorId = (n: number) => stableId('seed-vendor', String(n));

/** One owner in ten has two vendors: vendor n belongs to owner n, or to owner n-1 when n ends in 9. */
const ownerOf = (n: number) => (n % 10 === 9 ? n - 1 : n);

/** The distinct owners of vendors 0..vendors-1. */
export const seedOwnerIds = (vendors: number) => [...new Set(Array.from({ length: vendors }, (_, n) => seedOwnerId(ownerOf(n))))];

/** The day the catalogue is dated from, so a seed made today and one made next year are the same. */
const EPOCH = Date.UTC(2026, 0, 1);

/** Wilaya capitals first, then more communes of the biggest cities, the way the catalogue grew. */
export function seedCommunes(count: number): PlaceRow[] {
  const communes = loadPlaces().filter((p) => p.kind === 'COMMUNE' && p.latitude !== null);
  const capitals = communes.filter((c) => c.code!.endsWith('01'));
  const cities = ['16', '31', '25', '9', '19', '15', '6', '23'];
  const more = cities.flatMap((w) => communes.filter((c) => c.code!.slice(0, -2) === w && !c.code!.endsWith('01')));
  return [...capitals, ...more].slice(0, count);
}

interface SeedOffer {
  id: string;
  name: string;
  basePrice: number;
  includedGuests: number | null;
  pricePerExtraGuest: number;
  includes: string[];
  depositPercent: number;
  depositTerms: string;
  position: number;
}

const categoryPool = Object.entries(vocabulary).flatMap(([slug, v]) => Array<string>(v.weight).fill(slug));
const depositTerms = [
  'À la réservation, non remboursable',
  'La moitié à la réservation, le reste le jour J',
  "Remboursable jusqu'à 30 jours avant la date",
  '',
];

function offersOf(n: number, slug: string, rnd: Random): SeedOffer[] {
  const v = vocabulary[slug]!;
  return Array.from({ length: rnd.int(1, 3) }, (_, position) => ({
    id: stableId('seed-offer', `${n}-${position}`),
    name: v.offers[(n + position) % v.offers.length]!,
    basePrice: rnd.price(v.price[0], v.price[1]),
    includedGuests: v.perGuest ? rnd.int(2, 8) * 50 : null,
    pricePerExtraGuest: v.perGuest ? rnd.price(v.perGuest[0], v.perGuest[1], 50) : 0,
    includes: v.includes.filter(() => rnd.next() < 0.6),
    depositPercent: rnd.pick([0, 20, 30, 50]),
    depositTerms: rnd.pick(depositTerms),
    position,
  }));
}

/** Vendor number `n`: the same vendor every time for the same `n` and commune list. */
export function seedVendor(n: number, communes: PlaceRow[]) {
  const rnd = seededRandom(n * 7919 + 17);
  const slug = rnd.pick(categoryPool);
  const v = vocabulary[slug]!;
  // Squaring skews vendors towards the first communes: the capitals and big cities hold most of them.
  const commune = communes[Math.floor(rnd.next() ** 2 * communes.length)]!;
  const arabic = rnd.next() < 0.15;
  const name = arabic ? `${rnd.pick(v.prefixesAr)} ${rnd.pick(namesAr)}` : `${rnd.pick(v.prefixes)} ${rnd.pick(names)}`;
  const offers = offersOf(n, slug, rnd);
  const prices = offers.map((o) => o.basePrice);
  const rated = rnd.next() < 0.75;
  const roll = rnd.next();
  return {
    id: seedVendorId(n),
    name: `${name} ${commune.nameFr}`,
    slug: `seed-${n}`,
    description: `${rnd.pick(v.describe)}. ${commune.nameFr}, ${commune.nameAr}.`,
    categoryId: categoryId(slug),
    placeId: commune.id,
    address: `${rnd.int(1, 120)} rue ${rnd.pick(['Didouche Mourad', "Larbi Ben M'hidi", 'Hassiba Ben Bouali', 'du 1er Novembre', 'Emir Abdelkader', 'Abane Ramdane'])}`,
    // A few hundred metres around the commune's centre.
    latitude: commune.latitude! + (rnd.next() - 0.5) * 0.02,
    longitude: commune.longitude! + (rnd.next() - 0.5) * 0.02,
    phone: `0${rnd.pick(['550', '551', '661', '662', '770', '771'])} ${rnd.int(10, 99)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
    ownerId: seedOwnerId(ownerOf(n)),
    capacity: slug === 'salle-des-fetes' ? rnd.int(2, 30) * 50 : null,
    priceMin: Math.min(...prices),
    priceMax: Math.max(...prices),
    rating: rated ? Math.round((2.5 + rnd.next() * 2.5) * 10) / 10 : null,
    reviewCount: rated ? rnd.int(1, 200) : 0,
    status: roll < 0.95 ? 'PUBLISHED' : roll < 0.99 ? 'DRAFT' : 'SUSPENDED',
    createdAt: new Date(EPOCH - rnd.int(0, 1000 * 24 * 60) * 60_000),
    offers,
  };
}

const BATCH = 2000;

/**
 * Writes vendors 0..n-1 with their offers. Already seeded ones are left as they are, so seeding twice is harmless.
 * Each batch announces its vendors' owners to messaging through the outbox, as creating a vendor does, so couples
 * can write to them; already seeded ones too, so seeding again repairs a database seeded before vendors were announced.
 */
export async function seedCatalogue(
  db: DataSource,
  options: SeedOptions,
  progress: (done: number) => void = () => {},
): Promise<{ inserted: number }> {
  const communes = seedCommunes(options.communes);
  let inserted = 0;
  for (let start = 0; start < options.vendors; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, options.vendors - start) }, (_, i) => seedVendor(start + i, communes));
    const col = <K extends keyof (typeof batch)[number]>(k: K) => batch.map((v) => v[k]);
    await db.transaction(async (m) => {
      const rows = await m.query(
        `INSERT INTO vendors (id, name, slug, description, category_id, place_id, address, latitude, longitude, phone, owner_id, capacity, price_min, price_max, rating, review_count, status, created_at, updated_at)
         SELECT *, created_at FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::float8[], $9::float8[], $10::text[], $11::uuid[], $12::int[], $13::int[], $14::int[], $15::real[], $16::int[], $17::text[], $18::timestamptz[])
           AS t(id, name, slug, description, category_id, place_id, address, latitude, longitude, phone, owner_id, capacity, price_min, price_max, rating, review_count, status, created_at)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          col('id'),
          col('name'),
          col('slug'),
          col('description'),
          col('categoryId'),
          col('placeId'),
          col('address'),
          col('latitude'),
          col('longitude'),
          col('phone'),
          col('ownerId'),
          col('capacity'),
          col('priceMin'),
          col('priceMax'),
          col('rating'),
          col('reviewCount'),
          col('status'),
          col('createdAt'),
        ],
      );
      inserted += rows.length;
      const offers = batch.flatMap((v) => v.offers.map((o) => ({ ...o, vendorId: v.id })));
      const oc = <K extends keyof (typeof offers)[number]>(k: K) => offers.map((o) => o[k]);
      await m.query(
        `INSERT INTO offers (id, vendor_id, name, base_price, included_guests, price_per_extra_guest, includes, deposit_percent, deposit_terms, position)
         SELECT t.id, t.vendor_id, t.name, t.base_price, t.included_guests, t.price_per_extra_guest, string_to_array(t.includes, '|'), t.deposit_percent, t.deposit_terms, t.position
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::int[], $6::int[], $7::text[], $8::int[], $9::text[], $10::int[])
           AS t(id, vendor_id, name, base_price, included_guests, price_per_extra_guest, includes, deposit_percent, deposit_terms, position)
         ON CONFLICT DO NOTHING`,
        [
          oc('id'),
          oc('vendorId'),
          oc('name'),
          oc('basePrice'),
          oc('includedGuests'),
          oc('pricePerExtraGuest'),
          offers.map((o) => o.includes.join('|')),
          oc('depositPercent'),
          oc('depositTerms'),
          oc('position'),
        ],
      );
      await announceOwners(m, col('id'));
    });
    progress(start + batch.length);
  }
  return { inserted };
}

/** Tells messaging who answers for each vendor, as the vendor table says now; one event per vendor and owner. */
async function announceOwners(tx: EntityManager, vendorIds: string[]): Promise<void> {
  const owners = (await tx.query(`SELECT id, owner_id FROM vendors WHERE id = ANY($1::uuid[])`, [vendorIds])) as {
    id: string;
    owner_id: string;
  }[];
  await writeEvents(
    tx,
    'messaging',
    'vendorChanged',
    owners.map((o) => ({ payload: { vendorId: o.id, ownerId: o.owner_id }, id: stableId('seed-vendor-owner', `${o.id}-${o.owner_id}`) })),
  );
}
