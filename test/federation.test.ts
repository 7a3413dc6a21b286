import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { placeId, categoryId } from '@zaffa/vendor';
import { startStack, type Stack } from './support/stack.ts';

const owner = { id: '00000000-0000-4000-8000-000000000001', email: 'amina@example.dz', displayName: 'Amina Traiteur' };
const vendorId = '00000000-0000-4000-8000-0000000000a1';
const mediaIds = ['00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000b2'];
const sha1 = 'a9993e364706816aba3e25717850c26c9cd0d89d';

const vendorQuery = `query VendorPage($id: ID!) {
  vendor(id: $id) {
    name
    category { slug }
    place { nameFr kind parent { nameFr kind } }
    owner { displayName }
    rating
    reviewCount
    gallery { id status url sha1 }
  }
}`;

describe('one query across the four subgraphs', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack();
    const { accounts, vendor, event, media } = stack.subgraphs;
    // Each subgraph's own database gets its own part of the story, as the services would write it.
    await accounts.deps.db.query(`INSERT INTO users (id, email, display_name, role) VALUES ($1, $2, $3, 'VENDOR')`, [
      owner.id,
      owner.email,
      owner.displayName,
    ]);
    await vendor.deps.db.query(
      `INSERT INTO vendors (id, name, slug, category_id, place_id, owner_id, status) VALUES ($1, 'Dar El Bahdja', 'dar-el-bahdja', $2, $3, $4, 'PUBLISHED')`,
      [vendorId, categoryId('traiteur'), placeId.commune('1601'), owner.id],
    );
    for (const rating of [5, 4, 4]) {
      await event.deps.db.query(`INSERT INTO reviews (vendor_id, author_id, rating) VALUES ($1, gen_random_uuid(), $2)`, [
        vendorId,
        rating,
      ]);
    }
    // What media learnt from the vendor's events: its owner, and that it is published.
    await media.deps.db.query(
      `INSERT INTO media_targets (target_type, target_id, owner_ids, viewer_ids, public, version) VALUES ('VENDOR_GALLERY', $1, $2, $2, true, 1)`,
      [vendorId, [owner.id]],
    );
    for (const [position, id] of mediaIds.entries()) {
      await media.deps.db.query(
        `INSERT INTO media (id, owner_id, status, mime_type, bytes, source_sha1) VALUES ($1, $2, 'READY', 'image/jpeg', 1000, $3)`,
        [id, owner.id, sha1],
      );
      await media.deps.db.query(
        `INSERT INTO attachments (media_id, target_type, target_id, position) VALUES ($1, 'VENDOR_GALLERY', $2, $3)`,
        [id, vendorId, position],
      );
    }
  });

  after(() => stack.stop());

  it('answers with the vendor, its place, its owner, its rating and its gallery', async () => {
    const { status, body } = await stack.query(vendorQuery, { id: vendorId });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data, {
      vendor: {
        name: 'Dar El Bahdja',
        category: { slug: 'traiteur' },
        place: { nameFr: 'Alger Centre', kind: 'COMMUNE', parent: { nameFr: 'Alger', kind: 'WILAYA' } },
        owner: { displayName: owner.displayName },
        rating: 4.33,
        reviewCount: 3,
        gallery: mediaIds.map((id) => ({ id, status: 'READY', url: `/media/${id}`, sha1 })),
      },
    });
  });

  it('echoes the request id a client sends', async () => {
    const { headers } = await stack.query('{ categories { slug } }', {}, { 'x-request-id': 'client-req-42' });
    assert.equal(headers.get('x-request-id'), 'client-req-42');
  });

  it('counts each operation in the request-duration histogram', async () => {
    await stack.query('query CategoryList { categories { slug } }');
    const metrics = await fetch(stack.gateway.url.replace('/graphql', '/metrics')).then((r) => r.text());
    assert.match(metrics, /graphql_request_duration_seconds_count\{[^}]*operation="CategoryList"[^}]*\} 1/);
  });

  it('answers with what it has and an error naming the missing service when a subgraph is down', async () => {
    await stack.kill('event');
    const { status, body } = await stack.query(vendorQuery, { id: vendorId });
    assert.equal(status, 200);
    const vendor = body.data?.vendor as Record<string, unknown>;
    assert.equal(vendor.name, 'Dar El Bahdja');
    assert.deepEqual(vendor.owner, { displayName: owner.displayName });
    assert.equal(vendor.gallery instanceof Array && vendor.gallery.length, 2);
    assert.equal(vendor.rating, null);
    const error = body.errors?.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
    assert.ok(error, JSON.stringify(body.errors));
    assert.equal(error.extensions?.service, 'event');
  });

  it('still shows the vendor without its owner when accounts is down too', async () => {
    await stack.kill('accounts');
    const { body } = await stack.query(vendorQuery, { id: vendorId });
    const vendor = body.data?.vendor as Record<string, unknown>;
    assert.equal(vendor.name, 'Dar El Bahdja');
    assert.equal(vendor.owner, null);
    assert.deepEqual(body.errors?.map((e) => e.extensions?.service).sort(), ['accounts', 'event']);
  });
});
