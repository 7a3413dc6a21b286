import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { categoryId, placeId } from '@zaffa/vendor';
import { fixtures, insertCatalogue } from './support/catalogue.ts';
import { allPages, names, search, searchError } from './support/search.ts';
import { startStack, type Stack } from './support/stack.ts';

const published = fixtures.filter((f) => f.status !== 'DRAFT');
const sorted = (list: string[]) => [...list].sort();
const oran = { lat: 35.6987, lng: -0.6349 };

describe('vendor search', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack();
    await insertCatalogue(stack.subgraphs.vendor.deps.db);
  });
  after(() => stack.stop());

  describe('text', () => {
    it('ignores case and accents', async () => {
      assert.deepEqual(await names(stack, { filter: { text: 'PATISSERIE douceurs' } }), ["Pâtisserie Douceurs d'Oran"]);
      assert.deepEqual(await names(stack, { filter: { text: 'lumiere' } }), ['Studio Photographe Lumière']);
    });

    it('forgives a typo: "photografe" finds the photographer', async () => {
      assert.deepEqual(await names(stack, { filter: { text: 'photografe' } }), ['Studio Photographe Lumière']);
    });

    it('finds Arabic text, spelled with or without hamza', async () => {
      assert.deepEqual(await names(stack, { filter: { text: 'النخيل' } }), ['قاعة الأفراح النخيل']);
      assert.deepEqual(await names(stack, { filter: { text: 'الافراح' } }), ['قاعة الأفراح النخيل']);
    });

    it('finds vendors by the Arabic name of their category', async () => {
      assert.deepEqual(
        sorted(await names(stack, { filter: { text: 'قاعة الحفلات' } })),
        sorted(['Salle des Fêtes El Djazaïr', 'Palais Nour', 'قاعة الأفراح النخيل']),
      );
    });

    it('ranks a match in the name above one in the description', async () => {
      const found = await names(stack, { filter: { text: 'salle' } });
      assert.equal(found[0], 'Salle des Fêtes El Djazaïr');
      assert.ok(found.includes('Palais Nour'), 'Palais Nour says "salle" in its description');
    });

    it('leaves drafts out', async () => {
      assert.deepEqual(await names(stack, { filter: { text: 'brouillon' } }), []);
    });
  });

  describe('filters', () => {
    it('categoryIds: any of them', async () => {
      const found = await names(stack, { filter: { categoryIds: [categoryId('patissier'), categoryId('traiteur')] } });
      assert.deepEqual(sorted(found), sorted(["Pâtisserie Douceurs d'Oran", 'Traiteur Dar Sultan']));
    });

    it('placeId: a commune, or a wilaya with all its communes', async () => {
      assert.deepEqual(
        sorted(await names(stack, { filter: { placeId: placeId.commune('1601') } })),
        sorted(['Salle des Fêtes El Djazaïr', 'Traiteur Dar Sultan']),
      );
      assert.deepEqual(
        sorted(await names(stack, { filter: { placeId: placeId.wilaya('Alger') } })),
        sorted(['Salle des Fêtes El Djazaïr', 'Traiteur Dar Sultan', 'Studio Photographe Lumière']),
      );
      assert.equal((await names(stack, { filter: { placeId: placeId.country() } })).length, published.length);
    });

    it('near: within the radius of a point', async () => {
      assert.deepEqual(
        sorted(await names(stack, { filter: { near: { ...oran, radiusKm: 20 } } })),
        sorted(['Palais Nour', "Pâtisserie Douceurs d'Oran"]),
      );
      assert.deepEqual(await names(stack, { filter: { near: { lat: 36.0, lng: 10.0, radiusKm: 5 } } }), []);
    });

    it('maxPrice: an offer at or under the budget', async () => {
      assert.deepEqual(
        sorted(await names(stack, { filter: { maxPrice: 40_000 } })),
        sorted(['Studio Photographe Lumière', "Pâtisserie Douceurs d'Oran"]),
      );
    });

    it('minCapacity: halls seating at least that many', async () => {
      assert.deepEqual(sorted(await names(stack, { filter: { minCapacity: 400 } })), sorted(['Salle des Fêtes El Djazaïr', 'Palais Nour']));
    });

    it('minRating: reviewed at least that well', async () => {
      assert.deepEqual(sorted(await names(stack, { filter: { minRating: 4.4 } })), sorted(['Salle des Fêtes El Djazaïr', 'Palais Nour']));
    });

    it('combines filters', async () => {
      assert.deepEqual(await names(stack, { filter: { text: 'salle', placeId: placeId.wilaya('Oran'), maxPrice: 300_000 } }), [
        'Palais Nour',
      ]);
    });
  });

  describe('sorts', () => {
    it('RATING: best first, unrated last', async () => {
      assert.deepEqual(await names(stack, { sort: 'RATING' }), [
        'Palais Nour',
        'Salle des Fêtes El Djazaïr',
        "Pâtisserie Douceurs d'Oran",
        'Traiteur Dar Sultan',
        'Studio Photographe Lumière',
        'قاعة الأفراح النخيل',
      ]);
    });

    it('PRICE_ASC and PRICE_DESC: by lowest offer, vendors without offers last', async () => {
      assert.deepEqual(await names(stack, { sort: 'PRICE_ASC' }), [
        "Pâtisserie Douceurs d'Oran",
        'Studio Photographe Lumière',
        'قاعة الأفراح النخيل',
        'Salle des Fêtes El Djazaïr',
        'Palais Nour',
        'Traiteur Dar Sultan',
      ]);
      assert.deepEqual(await names(stack, { sort: 'PRICE_DESC' }), [
        'Palais Nour',
        'Salle des Fêtes El Djazaïr',
        'قاعة الأفراح النخيل',
        'Studio Photographe Lumière',
        "Pâtisserie Douceurs d'Oran",
        'Traiteur Dar Sultan',
      ]);
    });

    it('DISTANCE: nearest first', async () => {
      const found = await names(stack, { filter: { near: { ...oran, radiusKm: 1000 } }, sort: 'DISTANCE' });
      assert.deepEqual(found.slice(0, 2), ['Palais Nour', "Pâtisserie Douceurs d'Oran"]);
      assert.deepEqual(found.slice(-3).sort(), sorted(['Salle des Fêtes El Djazaïr', 'Traiteur Dar Sultan', 'Studio Photographe Lumière']));
      assert.equal(found.length, published.length);
    });

    it('NEWEST: the default without text', async () => {
      const newest = [...published].sort((a, b) => a.daysAgo - b.daysAgo).map((f) => f.name);
      assert.deepEqual(await names(stack, {}), newest);
      assert.deepEqual(await names(stack, { sort: 'NEWEST' }), newest);
    });
  });

  it('pages through every sort with cursors, each vendor once, in the order of a single page', async () => {
    const cases = [
      { sort: 'RATING' },
      { sort: 'PRICE_ASC' },
      { sort: 'PRICE_DESC' },
      { sort: 'NEWEST' },
      { sort: 'DISTANCE', filter: { near: { ...oran, radiusKm: 1000 } } },
      { sort: 'RELEVANCE', filter: { text: 'salle' } },
    ];
    for (const variables of cases) {
      const whole = await names(stack, variables);
      const paged = await allPages(stack, variables, 2);
      assert.deepEqual(paged.names, whole, `sort ${variables.sort}`);
      assert.equal(paged.pages, Math.ceil(whole.length / 2), `sort ${variables.sort}`);
    }
  });

  it('counts matches per category for the facet sidebar, the selected categories aside', async () => {
    const answer = await search(stack, { filter: { categoryIds: [categoryId('salle-des-fetes')] }, first: 1 });
    assert.equal(answer.totalCount, 3);
    assert.equal(answer.edges.length, 1);
    assert.equal(answer.searchMode, 'INDEX');
    const counts = Object.fromEntries(answer.facets.map((f) => [f.category.slug, f.count]));
    assert.deepEqual(counts, { 'salle-des-fetes': 3, 'photographe-videaste': 1, patissier: 1, traiteur: 1 });
    const inOran = await search(stack, { filter: { placeId: placeId.wilaya('Oran') } });
    assert.deepEqual(Object.fromEntries(inOran.facets.map((f) => [f.category.slug, f.count])), { 'salle-des-fetes': 1, patissier: 1 });
    assert.equal(inOran.totalCount, 2);
  });

  it('refuses searches it cannot make sense of, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sort: 'RELEVANCE' }, 'sort'],
      [{ sort: 'DISTANCE' }, 'sort'],
      [{ filter: { placeId: 'nowhere' } }, 'filter.placeId'],
      [{ filter: { categoryIds: ['x'] } }, 'filter.categoryIds'],
      [{ filter: { near: { lat: 95, lng: 0, radiusKm: 5 } } }, 'filter.near.lat'],
      [{ filter: { near: { lat: 36, lng: 3, radiusKm: 0 } } }, 'filter.near.radiusKm'],
      [{ filter: { minRating: 6 } }, 'filter.minRating'],
      [{ filter: { maxPrice: -1 } }, 'filter.maxPrice'],
    ];
    for (const [variables, field] of cases) {
      const error = await searchError(stack, variables);
      assert.equal(error?.extensions?.code, 'BAD_USER_INPUT', field);
      assert.equal(error?.extensions?.field, field);
    }
    const rated = await search(stack, { sort: 'RATING', first: 1 });
    const mixed = await searchError(stack, { sort: 'NEWEST', after: rated.pageInfo.endCursor });
    assert.equal(mixed?.extensions?.field, 'after');
  });
});
