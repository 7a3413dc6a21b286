import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { categoryId, placeId } from '@zaffa/vendor';
import { names, search } from './support/search.ts';
import { startStack, type GraphQLResult, type Stack } from './support/stack.ts';

const vendorFields =
  'id name slug status priceMin priceMax capacity address latitude longitude contact { phone email website } offers { id name basePrice includedGuests pricePerExtraGuest includes depositPercent depositTerms } owner { id }';
const mutations = {
  create: `mutation($input: CreateVendorInput!) { createVendor(input: $input) { vendor { ${vendorFields} } } }`,
  update: `mutation($input: UpdateVendorInput!) { updateVendor(input: $input) { vendor { ${vendorFields} } } }`,
  publish: `mutation($input: VendorIdInput!) { publishVendor(input: $input) { vendor { id status } } }`,
  unpublish: `mutation($input: VendorIdInput!) { unpublishVendor(input: $input) { vendor { id status } } }`,
  suspend: `mutation($input: VendorIdInput!) { suspendVendor(input: $input) { vendor { id status } } }`,
  reinstate: `mutation($input: VendorIdInput!) { reinstateVendor(input: $input) { vendor { id status } } }`,
  addOffer: `mutation($input: AddOfferInput!) { addOffer(input: $input) { offer { id name basePrice includes } vendor { priceMin priceMax } } }`,
  updateOffer: `mutation($input: UpdateOfferInput!) { updateOffer(input: $input) { offer { id basePrice } vendor { priceMin priceMax } } }`,
  removeOffer: `mutation($input: RemoveOfferInput!) { removeOffer(input: $input) { vendor { priceMin offers { id } } } }`,
};

type Data = Record<string, { vendor: Record<string, unknown> & { id: string }; offer?: { id: string } }>;

describe('vendors edited by their owners and staff, and search following', () => {
  let stack: Stack;
  const owner = randomUUID();
  const as: Record<'owner' | 'rival' | 'couple' | 'staff', Record<string, string>> = { owner: {}, rival: {}, couple: {}, staff: {} };

  async function run(
    mutation: keyof typeof mutations,
    input: Record<string, unknown>,
    who: Record<string, string> = as.owner,
  ): Promise<GraphQLResult<Data>> {
    return stack.query<Data>(mutations[mutation], { input }, who);
  }
  async function ok(mutation: keyof typeof mutations, input: Record<string, unknown>, who?: Record<string, string>) {
    const { body } = await run(mutation, input, who);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return Object.values(body.data!)[0]!;
  }
  async function code(mutation: keyof typeof mutations, input: Record<string, unknown>, who?: Record<string, string>) {
    const { body } = await run(mutation, input, who);
    return { code: body.errors?.[0]?.extensions?.code, field: body.errors?.[0]?.extensions?.field };
  }
  const hall = {
    name: 'Salle Yasmine',
    categoryId: categoryId('salle-des-fetes'),
    placeId: placeId.commune('2501'),
    capacity: 400,
    address: '12 rue Abane Ramdane',
    contact: { phone: '0550 12 34 56', email: 'contact@yasmine.dz' },
  };

  before(async () => {
    stack = await startStack({}, { workers: true });
    as.owner = { authorization: `Bearer ${await stack.issuer.sign(owner, 'VENDOR')}` };
    as.rival = { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'VENDOR')}` };
    as.couple = { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'COUPLE')}` };
    as.staff = { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'STAFF')}` };
  });
  after(() => stack.stop());

  it('creates a draft with offers, publishes it, and search finds it without anyone reindexing by hand', async () => {
    const { vendor } = await ok('create', hall);
    assert.equal(vendor.status, 'DRAFT');
    assert.equal(vendor.slug, 'salle-yasmine');
    assert.deepEqual(vendor.owner, { id: owner });
    assert.equal(vendor.latitude, 36.365, 'a vendor without coordinates is placed at its commune');
    const added = await ok('addOffer', {
      vendorId: vendor.id,
      name: 'Formule Prestige',
      basePrice: 250_000,
      includedGuests: 300,
      pricePerExtraGuest: 800,
      includes: ['Salle', 'Dîner', 'Service'],
      depositPercent: 30,
      depositTerms: 'À la réservation, non remboursable',
    });
    await ok('addOffer', { vendorId: vendor.id, name: 'Formule Simple', basePrice: 120_000 });
    assert.deepEqual((added as unknown as { vendor: unknown }).vendor, { priceMin: 250_000, priceMax: 250_000 });
    await stack.drainJobs();
    assert.deepEqual(await names(stack, { filter: { text: 'yasmine' } }), [], 'a draft is not found');
    await ok('publish', { id: vendor.id });
    await stack.drainJobs();
    assert.deepEqual(await names(stack, { filter: { text: 'yasmine' } }), ['Salle Yasmine']);
    assert.deepEqual(
      await names(stack, { filter: { text: 'prestige', maxPrice: 120_000 } }),
      ['Salle Yasmine'],
      'offers are searchable, and the lowest price counts',
    );
  });

  it('reindexes after an update: the new name is found, the old one no more', async () => {
    const [id] = (await search(stack, { filter: { text: 'yasmine' } })).edges.map((e) => e.node.id);
    await ok('update', { id, name: "Salle Jasmin d'Or", capacity: 600 });
    await stack.drainJobs();
    assert.deepEqual(await names(stack, { filter: { text: 'jasmin' } }), ["Salle Jasmin d'Or"]);
    assert.deepEqual(await names(stack, { filter: { text: 'yasmine' } }), []);
    assert.deepEqual(await names(stack, { filter: { minCapacity: 500 } }), ["Salle Jasmin d'Or"]);
    await ok('unpublish', { id });
    await stack.drainJobs();
    assert.deepEqual(await names(stack, { filter: { text: 'jasmin' } }), []);
    await ok('publish', { id });
    await stack.drainJobs();
  });

  it('keeps the price range with the offers', async () => {
    const [id] = (await search(stack, { filter: { text: 'jasmin' } })).edges.map((e) => e.node.id);
    const { body } = await stack.query<{ vendor: { offers: { id: string; basePrice: number }[] } }>(
      `query($id: ID!) { vendor(id: $id) { offers { id basePrice } } }`,
      { id },
    );
    const [prestige, simple] = body.data!.vendor.offers;
    assert.deepEqual(((await ok('updateOffer', { id: simple!.id, basePrice: 100_000 })) as unknown as { vendor: unknown }).vendor, {
      priceMin: 100_000,
      priceMax: 250_000,
    });
    assert.deepEqual(await ok('removeOffer', { id: prestige!.id }), { vendor: { priceMin: 100_000, offers: [{ id: simple!.id }] } });
    await stack.drainJobs();
    assert.deepEqual(await names(stack, { filter: { text: 'jasmin', maxPrice: 100_000 } }), ["Salle Jasmin d'Or"]);
  });

  it("updates the rating from the event subgraph's queued event, and search filters on it", async () => {
    const [id] = (await search(stack, { filter: { text: 'jasmin' } })).edges.map((e) => e.node.id);
    const jobs = stack.subgraphs.vendor.deps.jobs;
    await jobs.enqueue(
      'vendor',
      'ratingChanged',
      { vendorId: id!, rating: 4.7, reviewCount: 12, observedAt: '2027-01-02T10:00:00Z' },
      { jobId: `${id}-rating-2` },
    );
    await jobs.enqueue(
      'vendor',
      'ratingChanged',
      { vendorId: id!, rating: 2.0, reviewCount: 11, observedAt: '2027-01-01T10:00:00Z' },
      { jobId: `${id}-rating-1` },
    );
    await stack.drainJobs();
    assert.deepEqual(
      await names(stack, { filter: { minRating: 4.5 } }),
      ["Salle Jasmin d'Or"],
      'the older figure, arriving late, does not win',
    );
  });

  it('lets only the owner and staff edit, and only staff suspend', async () => {
    const { vendor } = await ok('create', { ...hall, name: 'Salle Rivale' });
    assert.deepEqual(
      await code('update', { id: vendor.id, name: 'Volée' }, as.rival),
      { code: 'NOT_FOUND', field: undefined },
      "someone else's draft is not even visible",
    );
    assert.equal((await code('create', hall, as.couple)).code, 'FORBIDDEN');
    assert.equal((await code('create', hall, {})).code, 'UNAUTHENTICATED');
    await ok('publish', { id: vendor.id });
    assert.equal((await code('update', { id: vendor.id, name: 'Volée' }, as.rival)).code, 'FORBIDDEN');
    assert.equal((await code('suspend', { id: vendor.id })).code, 'FORBIDDEN');
    assert.equal((await ok('suspend', { id: vendor.id }, as.staff)).vendor.status, 'SUSPENDED');
    assert.equal((await code('publish', { id: vendor.id })).code, 'CONFLICT');
    assert.equal((await ok('update', { id: vendor.id, description: 'Corrigée' }, as.staff)).vendor.id, vendor.id);
    assert.equal((await ok('reinstate', { id: vendor.id }, as.staff)).vendor.status, 'DRAFT');
    await stack.drainJobs();
    assert.deepEqual(await names(stack, { filter: { text: 'rivale' } }), []);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const { vendor } = await ok('create', { ...hall, name: 'Salle Témoin' });
    const cases: [keyof typeof mutations, Record<string, unknown>, string][] = [
      ['create', { ...hall, name: ' x ' }, 'name'],
      ['create', { ...hall, placeId: placeId.wilaya('Alger') }, 'placeId'],
      ['create', { ...hall, categoryId: randomUUID() }, 'categoryId'],
      ['create', { ...hall, contact: { email: 'pas-un-email' } }, 'contact.email'],
      ['create', { ...hall, latitude: 36.1 }, 'longitude'],
      ['create', { ...hall, ownerId: randomUUID() }, 'ownerId'],
      ['update', { id: vendor.id, capacity: 0 }, 'capacity'],
      ['addOffer', { vendorId: vendor.id, name: 'Formule', basePrice: -5 }, 'basePrice'],
      ['addOffer', { vendorId: vendor.id, name: 'Formule', basePrice: 5, depositPercent: 120 }, 'depositPercent'],
    ];
    for (const [mutation, input, field] of cases)
      assert.deepEqual(await code(mutation, input), { code: 'BAD_USER_INPUT', field }, `${mutation} ${field}`);
  });
});
