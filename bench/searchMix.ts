import { categoryId, placeId } from '@zaffa/vendor';

/** What a result card shows: only vendor-subgraph fields, so the gateway and the subgraph answer the same query. */
export const searchQuery = `query Search($filter: VendorFilter, $sort: VendorSort, $first: Int, $after: String) {
  vendors(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount searchMode
    facets { category { id nameFr } count }
    edges { cursor node { id name slug priceMin capacity category { nameFr } place { nameFr parent { nameFr } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const halls = categoryId('salle-des-fetes');
const wilayas = ['Alger', 'Oran', 'Constantine', 'Blida', 'Sétif', 'Tizi Ouzou', 'Béjaïa', 'Annaba', 'Tlemcen', 'Batna'];
const categories = ['salle-des-fetes', 'traiteur', 'photographe-videaste', 'patissier', 'negafa-habilleuse', 'dj-orchestre-troupe'];
const texts = [
  'salle des fetes',
  'photographe',
  'traiteur oran',
  'قاعة الحفلات',
  'photografe',
  'patisserie alger',
  'négafa',
  'dj mariage',
  'palais nour',
  'حلويات',
];
const cities = [
  { lat: 36.7538, lng: 3.0588 },
  { lat: 35.6971, lng: -0.6308 },
  { lat: 36.365, lng: 6.6147 },
];

/**
 * A mix of the searches couples make, in proportions a listing site sees: browse a category in a wilaya,
 * type a few words (typos and Arabic included), filter by budget, capacity or rating, look around a point.
 */
export function searchMix(): Record<string, unknown>[] {
  const mix: Record<string, unknown>[] = [];
  for (let i = 0; i < 10; i++) {
    const wilaya = placeId.wilaya(wilayas[i]!);
    const category = categoryId(categories[i % categories.length]!);
    mix.push(
      { filter: { categoryIds: [category], placeId: wilaya } },
      { filter: { categoryIds: [category], placeId: wilaya }, sort: 'RATING' },
      { filter: { categoryIds: [category] } },
      { filter: { text: texts[i] } },
      { filter: { text: texts[(i + 3) % texts.length], placeId: wilaya } },
      { filter: { categoryIds: [category], maxPrice: 100_000 }, sort: 'PRICE_ASC' },
      { filter: { categoryIds: [halls], placeId: wilaya, minCapacity: 500 } },
      { filter: { minRating: 4.5, categoryIds: [category] }, sort: 'RATING' },
      { filter: { near: { ...cities[i % cities.length]!, radiusKm: 15 }, categoryIds: [category] }, sort: 'DISTANCE' },
      i % 2 === 0 ? {} : { sort: 'PRICE_DESC', filter: { placeId: wilaya } },
    );
  }
  return mix.map((variables) => ({ first: 20, ...variables }));
}
