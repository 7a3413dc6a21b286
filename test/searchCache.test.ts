import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { categoryId, placeId } from '@zaffa/vendor';
import { insertCatalogue } from './support/catalogue.ts';
import { names, search } from './support/search.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('search answers kept in the cache', () => {
  let stack: Stack;
  let ids: Map<string, string>;
  const owner = randomUUID();
  const as: Record<'owner' | 'rival' | 'staff' | 'anonymous', Record<string, string>> = { owner: {}, rival: {}, staff: {}, anonymous: {} };

  async function mutate(field: string, input: Record<string, unknown>, who: Record<string, string>) {
    const { body } = await stack.query<Record<string, { vendor: { id: string; status: string } }>>(
      `mutation($input: ${field === 'createVendor' ? 'CreateVendorInput' : field === 'updateVendor' ? 'UpdateVendorInput' : 'VendorIdInput'}!) { ${field}(input: $input) { vendor { id status } } }`,
      { input },
      who,
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data![field]!.vendor;
  }
  async function searchAs(who: Record<string, string>, variables: Record<string, unknown>) {
    const { body } = await stack.query<{ vendors: { edges: { node: { name: string } }[] } }>(
      `query($filter: VendorFilter) { vendors(filter: $filter) { edges { node { name } } } }`,
      variables,
      who,
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!.vendors.edges.map((e) => e.node.name);
  }
  async function vendorAs(who: Record<string, string>, id: string) {
    const { body } = await stack.query<{ vendor: { name: string; status: string } | null }>(
      `query($id: ID!) { vendor(id: $id) { name status } }`,
      { id },
      who,
    );
    return body.data!.vendor;
  }
  async function cacheLookups(outcome: string): Promise<number> {
    const text = await (await fetch(stack.subgraphs.vendor.url.replace(/\/graphql$/, '/metrics'))).text();
    const line = text
      .split('\n')
      .find((l) => l.startsWith('cache_lookups_total{') && l.includes('cache="vendor_search"') && l.includes(`outcome="${outcome}"`));
    return line ? Number(line.split(' ').at(-1)) : 0;
  }

  before(async () => {
    stack = await startStack({}, { workers: true });
    ids = await insertCatalogue(stack.subgraphs.vendor.deps.db);
    as.owner = { authorization: `Bearer ${await stack.issuer.sign(owner, 'VENDOR')}` };
    as.rival = { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'VENDOR')}` };
    as.staff = { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'STAFF')}` };
  });
  after(() => stack.stop());

  it('answers a repeated search from the cache, with the same answer', async () => {
    const variables = { filter: { categoryIds: [categoryId('salle-des-fetes')] }, sort: 'RATING' };
    const first = await search(stack, variables);
    const hits = await cacheLookups('hit');
    const again = await search(stack, variables);
    assert.deepEqual(again, first);
    assert.equal(await cacheLookups('hit'), hits + 1);
  });

  it('finds a change right after its reindex, though the same search was cached before it', async () => {
    const halls = { filter: { categoryIds: [categoryId('salle-des-fetes')] } };
    assert.deepEqual(await names(stack, { filter: { text: 'royal' } }), []);
    const before_ = await search(stack, halls);

    await mutate('updateVendor', { id: ids.get('Palais Nour'), name: 'Palais Royal' }, as.staff);
    const created = await mutate(
      'createVendor',
      { name: 'Salle Safir', categoryId: categoryId('salle-des-fetes'), placeId: placeId.commune('1601'), ownerId: owner },
      as.staff,
    );
    await mutate('publishVendor', { id: created.id }, as.staff);
    await stack.drainJobs();

    assert.deepEqual(await names(stack, { filter: { text: 'royal' } }), ['Palais Royal']);
    const after_ = await search(stack, halls);
    assert.equal(after_.totalCount, before_.totalCount + 1);
    assert.ok(after_.edges.some((e) => e.node.name === 'Salle Safir'));
  });

  it('never shows a draft its owner can see to anyone else, whoever searched first', async () => {
    const draft = await mutate(
      'createVendor',
      { name: 'Salle Secrète', categoryId: categoryId('salle-des-fetes'), placeId: placeId.commune('1601') },
      as.owner,
    );
    await mutate('publishVendor', { id: draft.id }, as.owner);
    await stack.drainJobs();
    const secret = { filter: { text: 'secrete' } };
    assert.deepEqual(await searchAs(as.anonymous, secret), ['Salle Secrète'], 'published: found, and now cached');

    await mutate('unpublishVendor', { id: draft.id }, as.owner);
    // Before and after its reindex, the owner asking first: the others still never see the draft.
    for (const settled of [false, true]) {
      if (settled) await stack.drainJobs();
      assert.deepEqual(await vendorAs(as.owner, draft.id), { name: 'Salle Secrète', status: 'DRAFT' });
      assert.deepEqual(await searchAs(as.owner, secret), [], 'search lists published vendors only, for its owner too');
      assert.deepEqual(await searchAs(as.anonymous, secret), []);
      assert.deepEqual(await searchAs(as.rival, secret), []);
      assert.equal(await vendorAs(as.anonymous, draft.id), null);
      assert.equal(await vendorAs(as.rival, draft.id), null);
    }
  });
});
