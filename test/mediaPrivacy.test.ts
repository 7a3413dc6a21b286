import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { codeOf, ok, ops, user, type User } from './support/bookings.ts';
import { fixture, leftovers, mediaFields, mediaRows, uploadAndProcess, uploadAs, type MediaView } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';
import { categoryId, placeId } from '@zaffa/vendor';

const quota = 200_000;
const photo = fixture('jpg_Canon_40D.jpg');
const anonymous = { id: '00000000-0000-4000-8000-000000000000', headers: {} } as unknown as User;
const attach = `mutation($input: AttachMediaInput!) { attachMedia(input: $input) { media { id } } }`;
const mediaQuery = `query($id: ID!) { media(id: $id) { ${mediaFields} } }`;

describe('who sees which media, through the gateway', () => {
  let stack: Stack;
  let couple: User;
  let stranger: User;

  before(async () => {
    stack = await startStack({ MEDIA_URL_TTL_SECONDS: '3', MEDIA_QUOTA_BYTES_PER_USER: String(quota) }, { workers: true });
    couple = await user(stack, 'COUPLE');
    stranger = await user(stack, 'COUPLE');
  });

  after(() => stack.stop());

  /** `media(id)` as this user: null when they may not see it. */
  const mediaAs = async (who: User, id: string) => (await stack.query<{ media: MediaView | null }>(mediaQuery, { id }, who.headers)).body;
  const seen = async (who: User, id: string) => {
    const body = await mediaAs(who, id);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!.media;
  };
  const download = (path: string) => fetch(stack.origin + path);
  const unsigned = (url: string) => url.split('?')[0]!;

  async function uploaded(who: User, bytes = photo): Promise<MediaView> {
    const media = await uploadAndProcess(stack, who.id, bytes, 'photo.jpg');
    assert.equal(media.status, 'READY', media.failureReason ?? '');
    return media;
  }

  async function newVendor(owner: User, publish: boolean): Promise<string> {
    const { vendor } = await ok<{ vendor: { id: string } }>(
      stack,
      ops.createVendor,
      { input: { name: `Salle ${randomUUID().slice(0, 8)}`, categoryId: categoryId('salle-des-fetes'), placeId: placeId.commune('1601') } },
      owner,
    );
    if (publish) await ok(stack, ops.publish, { input: { id: vendor.id } }, owner);
    await stack.drainJobs();
    return vendor.id;
  }

  it('keeps an upload to its uploader: another couple and anonymous clients get null, and its URL without a signature is a 404', async () => {
    const media = await uploaded(couple);
    const own = (await seen(couple, media.id))!;
    assert.equal(own.id, media.id);
    for (const who of [stranger, anonymous]) assert.equal(await seen(who, media.id), null);

    assert.match(own.url, /^\/media\/[0-9a-f-]{36}\?expires=\d+&token=/, 'a private media is downloaded through a signed URL');
    assert.ok(
      own.variants.every((v) => v.url.startsWith(`/media/${media.id}/${v.name}?`)),
      'no content-addressed name is handed out',
    );
    const signed = await download(own.url);
    assert.equal(signed.status, 200);
    assert.match(signed.headers.get('cache-control') ?? '', /^private, max-age=\d+$/);
    const [row] = (await stack.subgraphs.media.deps.db.query('SELECT sha1 FROM media WHERE id = $1', [media.id])) as { sha1: string }[];
    const stored = row!.sha1;
    assert.ok(!signed.headers.get('etag')?.includes(stored), 'the ETag does not give the content-addressed name away');
    const copy = own.variants.at(-1)!;
    assert.equal((await download(copy.url)).status, 200);

    const otherVariant = copy.url.replace(`/${copy.name}?`, '/w9999-webp?');
    for (const path of [unsigned(own.url), unsigned(copy.url), `${unsigned(own.url)}?expires=9999999999&token=forged`, otherVariant]) {
      const res = await download(path);
      assert.equal(res.status, 404, path);
      assert.deepEqual(await res.json(), { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it("shows an event's photos to its owners only", async () => {
    const partner = await user(stack, 'COUPLE');
    const { event } = await ok<{ event: { id: string } }>(
      stack,
      ops.createEvent,
      { input: { kind: 'WEDDING', title: 'Nour & Sami', date: '2027-06-12' } },
      couple,
    );
    const media = await uploaded(couple);
    await ok(stack, attach, { input: { mediaIds: [media.id], target: { type: 'EVENT', id: event.id } } }, couple);
    const { token } = await ok<{ token: string }>(
      stack,
      `mutation($input: InviteCoOwnerInput!) { inviteCoOwner(input: $input) { token } }`,
      { input: { eventId: event.id, email: 'sami@example.dz' } },
      couple,
    );
    await ok(
      stack,
      `mutation($input: AcceptEventInvitationInput!) { acceptEventInvitation(input: $input) { event { id } } }`,
      { input: { token } },
      partner,
    );
    await stack.drainJobs();

    for (const owner of [couple, partner]) {
      const mine = await ok<{ photos: MediaView[] }>(
        stack,
        `query($id: ID!) { event(id: $id) { photos { ${mediaFields} } } }`,
        { id: event.id },
        owner,
      );
      assert.deepEqual(
        mine.photos.map((p) => p.id),
        [media.id],
      );
      assert.equal((await download(mine.photos[0]!.url)).status, 200);
      assert.equal((await seen(owner, media.id))?.id, media.id);
    }
    for (const who of [stranger, anonymous]) assert.equal(await seen(who, media.id), null);
    assert.equal((await download(`/media/${media.id}`)).status, 404);
  });

  it("shows a message's attachment to the conversation's two participants and no one else", async () => {
    const owner = await user(stack, 'VENDOR');
    const vendorId = await newVendor(owner, true);
    const media = await uploaded(couple);
    const { conversation } = await ok<{ conversation: { id: string } }>(
      stack,
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { vendorId, message: 'Bonjour' } },
      couple,
    );
    await ok(
      stack,
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`,
      { input: { conversationId: conversation.id, text: 'Voici notre idée', attachmentIds: [media.id] } },
      couple,
    );
    await stack.drainJobs();

    for (const participant of [couple, owner]) {
      const found = await seen(participant, media.id);
      assert.equal(found?.id, media.id);
      assert.equal((await download(found!.url)).status, 200);
    }
    for (const who of [stranger, await user(stack, 'VENDOR'), anonymous]) assert.equal(await seen(who, media.id), null);
  });

  it("keeps a published vendor's gallery public and cached forever, and a draft's to its owner", async () => {
    const owner = await user(stack, 'VENDOR');
    const vendorId = await newVendor(owner, false);
    const media = await uploaded(owner);
    await ok(stack, attach, { input: { mediaIds: [media.id], target: { type: 'VENDOR_GALLERY', id: vendorId } } }, owner);
    assert.equal(await seen(anonymous, media.id), null, 'a draft vendor’s photos are not public yet');

    await ok(stack, ops.publish, { input: { id: vendorId } }, owner);
    await stack.drainJobs();
    const vendor = await ok<{ gallery: MediaView[]; cover: { id: string } }>(
      stack,
      `query($id: ID!) { vendor(id: $id) { gallery { ${mediaFields} } cover { id } } }`,
      { id: vendorId },
      anonymous,
    );
    assert.deepEqual(
      vendor.gallery.map((m) => m.id),
      [media.id],
    );
    assert.equal(vendor.cover.id, media.id);
    const shown = vendor.gallery[0]!;
    assert.equal(shown.url, `/media/${media.id}`);
    for (const variant of shown.variants) {
      assert.match(variant.url, /^\/files\/[0-9a-f]{2}\//);
      const res = await download(variant.url);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('cache-control') ?? '', /public, max-age=31536000, immutable/);
    }
    const byId = await download(shown.url);
    assert.equal(byId.status, 200);
    assert.match(byId.headers.get('cache-control') ?? '', /^public/);
    assert.equal((await seen(stranger, media.id))?.id, media.id);
  });

  it('lets a signed URL expire', async () => {
    const media = await uploaded(couple);
    const { url } = (await seen(couple, media.id))!;
    assert.equal((await download(url)).status, 200);
    const expires = Number(new URL(url, stack.origin).searchParams.get('expires'));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expires * 1000 - Date.now()) + 1000));
    assert.equal((await download(url)).status, 404);
    assert.match((await seen(couple, media.id))!.url, /expires=/, 'the next query gives a fresh URL');
    assert.equal((await download((await seen(couple, media.id))!.url)).status, 200);
  });

  describe('attaching', () => {
    it('refuses a vendor or an event that does not exist, and someone else’s draft vendor, as not found', async () => {
      const owner = await user(stack, 'VENDOR');
      const other = await user(stack, 'VENDOR');
      const draft = await newVendor(other, false);
      const media = await uploaded(owner);
      for (const target of [
        { type: 'VENDOR_GALLERY', id: randomUUID() },
        { type: 'EVENT', id: randomUUID() },
        { type: 'VENDOR_GALLERY', id: draft },
      ]) {
        const { body } = await stack.query(attach, { input: { mediaIds: [media.id], target } }, owner.headers);
        assert.equal(codeOf(body), 'NOT_FOUND', JSON.stringify(target));
      }
      const published = await newVendor(other, true);
      const { body } = await stack.query(
        attach,
        { input: { mediaIds: [media.id], target: { type: 'VENDOR_GALLERY', id: published } } },
        owner.headers,
      );
      assert.equal(codeOf(body), 'FORBIDDEN');
      const links = (await stack.subgraphs.media.deps.db.query('SELECT 1 FROM attachments WHERE media_id = $1', [media.id])) as unknown[];
      assert.equal(links.length, 0, 'nothing was attached');
    });

    it("refuses someone else's event", async () => {
      const { event } = await ok<{ event: { id: string } }>(
        stack,
        ops.createEvent,
        { input: { kind: 'WEDDING', title: 'Not yours', date: '2027-07-01' } },
        couple,
      );
      await stack.drainJobs();
      const media = await uploaded(stranger);
      const { body } = await stack.query(
        attach,
        { input: { mediaIds: [media.id], target: { type: 'EVENT', id: event.id } } },
        stranger.headers,
      );
      assert.equal(codeOf(body), 'NOT_FOUND');
    });
  });

  it('refuses an upload past the quota with QUOTA_EXCEEDED, leaving no file and no row', async () => {
    const uploader = await user(stack, 'COUPLE');
    const first = await uploaded(uploader, fixture('jpg_gps_DSCN0010.jpg'));
    assert.ok(first.bytes < quota);
    await stack.drainJobs();
    const rows = await mediaRows(stack);

    const { body } = await uploadAs(stack, uploader.id, fixture('jpg_orientation_landscape_6.jpg'), 'more.jpg');
    assert.equal(codeOf(body), 'QUOTA_EXCEEDED', JSON.stringify(body));
    assert.equal(body.errors?.[0]?.extensions?.limit, quota);
    assert.equal(await mediaRows(stack), rows, 'no row');
    await stack.drainJobs();
    assert.deepEqual(leftovers(stack.env.MEDIA_STORAGE_DIR!, ['received', '.tmp', 'tus', 'incoming']), [], 'no file');

    const small = await uploadAs(stack, stranger.id, photo, 'small.jpg');
    assert.equal(small.body.errors, undefined, 'another user’s quota is their own');
  });
});
