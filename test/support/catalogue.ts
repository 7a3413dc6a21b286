import { categoryId, placeId, reconcileIndex } from '@zaffa/vendor';
import type { DataSource } from 'typeorm';

export interface VendorFixture {
  name: string;
  category: string;
  commune: string;
  description?: string;
  capacity?: number;
  prices?: number[];
  rating?: number;
  daysAgo: number;
  status?: 'DRAFT' | 'PUBLISHED' | 'SUSPENDED';
}

/** A small catalogue whose answers a reader can check by eye: halls, a photographer, a baker, a caterer, in three wilayas. */
export const fixtures: VendorFixture[] = [
  {
    name: 'Salle des Fêtes El Djazaïr',
    category: 'salle-des-fetes',
    commune: '1601',
    capacity: 500,
    prices: [150_000, 220_000],
    rating: 4.5,
    daysAgo: 10,
    description: "Salle climatisée au cœur d'Alger",
  },
  {
    name: 'Palais Nour',
    category: 'salle-des-fetes',
    commune: '3101',
    capacity: 800,
    prices: [300_000],
    rating: 4.8,
    daysAgo: 5,
    description: 'Grande salle avec parking et jardin',
  },
  {
    name: 'Studio Photographe Lumière',
    category: 'photographe-videaste',
    commune: '1628',
    prices: [40_000],
    rating: 3.9,
    daysAgo: 3,
    description: 'Reportage photo et vidéo de mariage',
  },
  {
    name: 'قاعة الأفراح النخيل',
    category: 'salle-des-fetes',
    commune: '901',
    capacity: 300,
    prices: [90_000],
    daysAgo: 1,
    description: 'قاعة حفلات فاخرة مع موقف للسيارات',
  },
  {
    name: "Pâtisserie Douceurs d'Oran",
    category: 'patissier',
    commune: '3103',
    prices: [15_000],
    rating: 4.2,
    daysAgo: 20,
    description: 'Gâteaux de mariage et pièces montées',
  },
  {
    name: 'Traiteur Dar Sultan',
    category: 'traiteur',
    commune: '1601',
    rating: 4.0,
    daysAgo: 30,
    description: 'Cuisine traditionnelle algéroise',
  },
  { name: 'Photographe Brouillon', category: 'photographe-videaste', commune: '1601', prices: [10_000], daysAgo: 2, status: 'DRAFT' },
];

/** Writes the fixtures straight into the vendor database, then indexes them the way reconciliation would. Returns ids by name. */
export async function insertCatalogue(db: DataSource, list: VendorFixture[] = fixtures): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [i, f] of list.entries()) {
    const prices = f.prices ?? [];
    const [{ id }] = await db.query(
      `INSERT INTO vendors (name, slug, description, category_id, place_id, owner_id, capacity, price_min, price_max, rating, review_count, status, created_at)
       VALUES ($1, $2, $3, $4, $5, gen_random_uuid(), $6, $7, $8, $9, $10, $11, now() - $12 * interval '1 day') RETURNING id`,
      [
        f.name,
        `fixture-${i}`,
        f.description ?? '',
        categoryId(f.category),
        placeId.commune(f.commune),
        f.capacity ?? null,
        prices.length ? Math.min(...prices) : null,
        prices.length ? Math.max(...prices) : null,
        f.rating ?? null,
        f.rating ? 3 : 0,
        f.status ?? 'PUBLISHED',
        f.daysAgo,
      ],
    );
    for (const [position, price] of prices.entries()) {
      await db.query(`INSERT INTO offers (vendor_id, name, base_price, position) VALUES ($1, $2, $3, $4)`, [
        id,
        `Formule ${position + 1}`,
        price,
        position,
      ]);
    }
    ids.set(f.name, id);
  }
  await reconcileIndex(db);
  return ids;
}
