import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import {
  fixture,
  leftovers,
  madePublic,
  mediaFields,
  mediaRows,
  processed,
  sha1,
  uploadAndProcess,
  uploadAs,
  type MediaView,
} from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';

const limit = 2_500_000;
const couple = '00000000-0000-4000-8000-00000000c001';
const stranger = '00000000-0000-4000-8000-00000000c002';

/** Every file under the media store, relative to it. */
function storedFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? storedFiles(root, join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('media through the gateway', () => {
  let stack: Stack;
  let storeDir: string;
  const jpeg = fixture('jpg_Canon_40D.jpg');

  before(async () => {
    stack = await startStack({ MEDIA_MAX_BYTES: String(limit) }, { workers: true });
    storeDir = stack.env.MEDIA_STORAGE_DIR!;
  });

  after(() => stack.stop());

  describe('accepts each image type and stores it in a web format', async () => {
    const base = sharp(fixture('jpg_gps_DSCN0010.jpg'));
    const samples: [string, () => Promise<Uint8Array>, string][] = [
      ['JPEG', async () => jpeg, 'image/jpeg'],
      ['PNG', () => base.clone().png().toBuffer(), 'image/png'],
      ['WebP', () => base.clone().webp().toBuffer(), 'image/webp'],
      ['AVIF', () => base.clone().resize(200).avif().toBuffer(), 'image/avif'],
      ['GIF', () => base.clone().resize(200).gif().toBuffer(), 'image/gif'],
      ['HEIF', async () => fixture('heic_samplefilehub.heif'), 'image/jpeg'],
      ['iPhone HEIC', async () => fixture('heic_IMG_5195.HEIC'), 'image/jpeg'],
    ];
    for (const [kind, make, stored] of samples) {
      it(kind, async () => {
        const media = await uploadAndProcess(stack, couple, await make(), `photo.${kind.toLowerCase()}`);
        assert.equal(media.status, 'READY', media.failureReason ?? '');
        assert.equal(media.mimeType, stored);
        assert.match(media.sha1 ?? '', /^[0-9a-f]{40}$/);
        assert.ok(media.width && media.height && media.blurhash);
        assert.equal(media.sha1, sha1(await make()), 'the SHA-1 of the bytes sent');
        assert.equal(media.variants[0]?.name, 'original');
        const extension = stored === 'image/jpeg' ? 'jpg' : stored.split('/')[1];
        const [row] = await stack.subgraphs.media.deps.db.query('SELECT variants FROM media WHERE id = $1', [media.id]);
        assert.match(row.variants[0].key, new RegExp(`^([0-9a-f]{2})/\\1[0-9a-f]{38}\\.${extension}$`));
        // Nobody else sees an unattached upload: its uploader downloads it through a signed URL.
        assert.match(media.variants[0]?.url ?? '', new RegExp(`^/media/${media.id}/original\\?expires=\\d+&token=`));
      });
    }
  });

  it('answers at once with a PENDING media owned by the uploader, with its tags', async () => {
    const { body } = await uploadAs(stack, couple, jpeg, 'cake.jpg', { tags: ['Cake', ' cake ', 'henna'] });
    assert.equal(body.errors, undefined);
    const media = body.data!.uploadMedia.media;
    assert.deepEqual(media.tags, ['cake', 'henna']);
    assert.equal(media.url, `/media/${media.id}`);
    assert.equal((await processed(stack, media.id)).status, 'READY');
  });

  it('makes smaller copies in WebP and the original family, none wider than the original', async () => {
    const media = await uploadAndProcess(stack, couple, fixture('jpg_gps_DSCN0010.jpg'), 'hall.jpg');
    assert.deepEqual(
      media.variants.map((v) => `${v.name} ${v.width}x${v.height} ${v.mimeType}`),
      ['original 640x480 image/jpeg', 'w320-webp 320x240 image/webp', 'w320-jpeg 320x240 image/jpeg'],
    );
  });

  describe('refuses what is not an accepted image, leaving no file and no row', () => {
    const refusals: [string, Uint8Array, string][] = [
      [
        'a PDF renamed .jpg',
        Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'an SVG',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'),
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      ['an empty file', new Uint8Array(0), 'UNSUPPORTED_MEDIA_TYPE'],
      ['a JPEG one byte over the limit', Buffer.concat([jpeg, Buffer.alloc(limit + 1 - jpeg.length)]), 'PAYLOAD_TOO_LARGE'],
      ['a JPEG far over the limit', Buffer.concat([jpeg, Buffer.alloc(3 * limit)]), 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [what, bytes, code] of refusals) {
      it(what, async () => {
        const before = await stack.subgraphs.media.deps.db.query('SELECT count(*)::int AS n FROM media');
        const { body } = await uploadAs(stack, couple, bytes, 'photo.jpg');
        assert.equal(body.errors?.[0]?.extensions?.code, code, JSON.stringify(body));
        const afterRows = await stack.subgraphs.media.deps.db.query('SELECT count(*)::int AS n FROM media');
        assert.equal(afterRows[0].n, before[0].n);
        // The media subgraph may still be closing the aborted request when the gateway has answered.
        while (storedFiles(storeDir).some((f) => f.startsWith('incoming') || f.startsWith('received') || f.startsWith('.tmp')))
          await new Promise((r) => setTimeout(r, 20));
      });
    }
  });

  it('refuses uploads from anonymous callers, and multipart requests without the CSRF preflight header, keeping nothing', async () => {
    const rows = await mediaRows(stack);
    const { status, body } = await uploadAs(stack, null, jpeg, 'photo.jpg');
    assert.equal(status, 401);
    assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: 'mutation($f: Upload!) { uploadMedia(input: { file: $f }) { media { id } } }', variables: { f: null } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.f'] }));
    form.append('0', new Blob([jpeg]), 'photo.jpg');
    const token = await stack.issuer.sign(couple, 'COUPLE');
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    assert.equal(res.status, 400);
    assert.equal(await mediaRows(stack), rows);
    assert.deepEqual(leftovers(storeDir), []);
  });

  it('uploads several files in one request, in order', async () => {
    const token = await stack.issuer.sign(couple, 'COUPLE');
    const { body } = await stack.upload<{ uploadMedias: { media: MediaView[] } }>(
      `mutation($input: UploadMediasInput!) { uploadMedias(input: $input) { media { id mimeType } } }`,
      { input: { files: [null, null], tags: ['venue'] } },
      { 'input.files.0': { bytes: jpeg, name: 'a.jpg' }, 'input.files.1': { bytes: await sharp(jpeg).png().toBuffer(), name: 'b.png' } },
      { authorization: `Bearer ${token}` },
    );
    assert.equal(body.errors, undefined);
    assert.deepEqual(
      body.data!.uploadMedias.media.map((m) => m.mimeType),
      ['image/jpeg', 'image/png'],
    );
  });

  it('marks a corrupt JPEG FAILED with a reason a person can read', async () => {
    const media = await uploadAndProcess(stack, couple, fixture('jpg_corrupted.jpg'), 'broken.jpg');
    assert.equal(media.status, 'FAILED');
    assert.match(media.failureReason ?? '', /damaged or truncated/);
    assert.deepEqual(media.variants, []);
  });

  it('stores a phone photo upright and without EXIF (GPS included) in every variant', async () => {
    for (const name of ['jpg_orientation_landscape_6.jpg', 'jpg_gps_DSCN0010.jpg']) {
      const source = await sharp(fixture(name)).metadata();
      assert.ok(source.exif, `${name} carries EXIF to strip`);
      const media = await uploadAndProcess(stack, couple, fixture(name), name);
      assert.equal(media.status, 'READY');
      const upright = source.orientation === 6 ? [source.height, source.width] : [source.width, source.height];
      assert.deepEqual([media.width, media.height], upright);
      for (const variant of media.variants) {
        const bytes = new Uint8Array(await (await fetch(stack.origin + variant.url)).arrayBuffer());
        const stored = await sharp(bytes).metadata();
        assert.equal(stored.exif, undefined, `${variant.name} of ${name} has no EXIF`);
        assert.equal(stored.orientation, undefined);
        assert.equal(stored.width! > stored.height!, upright[0]! > upright[1]!, `${variant.name} of ${name} is upright`);
      }
    }
  });

  it('stores the same bytes once, however often they are uploaded', async () => {
    const bytes = fixture('jpg_orientation_landscape_6.jpg');
    const [first, second] = [
      await uploadAndProcess(stack, couple, bytes, 'a.jpg'),
      await uploadAndProcess(stack, stranger, bytes, 'b.jpg'),
    ];
    assert.notEqual(first.id, second.id);
    assert.equal(second.sha1, first.sha1);
    const stored = async (id: string) =>
      (
        (await stack.subgraphs.media.deps.db.query('SELECT variants FROM media WHERE id = $1', [id])) as { variants: { key: string }[] }[]
      )[0]!.variants;
    assert.deepEqual(await stored(second.id), await stored(first.id));
    const blobName = (await stored(first.id))[0]!.key.split('/')[1]!.split('.')[0]!;
    const blobs = storedFiles(storeDir).filter((f) => f.includes(blobName));
    assert.equal(blobs.length, first.variants.length);
  });

  describe('downloads', () => {
    let media: MediaView;

    before(async () => {
      // Everyone's to see (an avatar), so served at its content-addressed names; private files: mediaPrivacy.test.ts.
      media = await madePublic(stack, couple, (await uploadAndProcess(stack, couple, fixture('jpg_gps_DSCN0010.jpg'), 'download.jpg')).id);
    });

    it('by id and by name, with the bytes whose SHA-1 names the stored file', async () => {
      const blobName = media.variants[0]!.url.split('/')[3]!;
      for (const path of [media.url, media.variants[0]!.url]) {
        const res = await fetch(stack.origin + path);
        assert.equal(res.status, 200, path);
        assert.equal(`${sha1(new Uint8Array(await res.arrayBuffer()))}.jpg`, blobName);
        assert.equal(res.headers.get('content-type'), 'image/jpeg');
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(res.headers.get('etag'), `"${blobName}"`);
      }
      assert.match((await fetch(stack.origin + media.variants[0]!.url)).headers.get('cache-control') ?? '', /immutable/);
    });

    it('a variant by id', async () => {
      const res = await fetch(`${stack.origin}${media.url}/w320-webp`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/webp');
      assert.equal((await sharp(new Uint8Array(await res.arrayBuffer())).metadata()).width, 320);
    });

    it('answers conditional and range requests', async () => {
      const url = stack.origin + media.variants[0]!.url;
      const etag = (await fetch(url, { method: 'HEAD' })).headers.get('etag')!;
      // With If-None-Match alone, fetch adds `Cache-Control: no-cache`, asking for a full answer; a browser's cache does not.
      assert.equal((await fetch(url, { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } })).status, 304);
      const part = await fetch(url, { headers: { range: 'bytes=10-19' } });
      assert.equal(part.status, 206);
      assert.equal(part.headers.get('content-range'), `bytes 10-19/${media.bytes}`);
      assert.equal((await part.arrayBuffer()).byteLength, 10);
      assert.equal((await fetch(url, { headers: { range: `bytes=${media.bytes + 10}-` } })).status, 416);
    });

    it('is a 404 for anything unknown, malformed or outside the store', async () => {
      const incoming = (await uploadAs(stack, couple, jpeg, 'x.jpg')).body.data!.uploadMedia.media.id;
      for (const path of [
        `/media/00000000-0000-4000-8000-000000000000`,
        `/media/not-an-id`,
        `${media.url}/w9999-webp`,
        `/files/${media.variants[0]!.url.split('/')[2]}/${'0'.repeat(40)}.jpg`,
        `/files/incoming/${incoming}`,
        `/files/..%2F..%2F/etc%2Fpasswd`,
        `/files/../../etc/passwd`,
        `/files/${media.variants[0]!.url.split('/')[2]}/..%2F..%2F..%2Fpackage.json`,
      ]) {
        assert.equal((await fetch(stack.origin + path)).status, 404, path);
      }
      await processed(stack, incoming);
    });
  });

  describe('attaching', () => {
    const attach = `mutation($input: AttachMediaInput!) { attachMedia(input: $input) { media { id } } }`;

    it('is for the uploader only', async () => {
      const media = await uploadAndProcess(stack, couple, jpeg, 'mine.jpg');
      const token = await stack.issuer.sign(stranger, 'COUPLE');
      const { body } = await stack.query(
        attach,
        { input: { mediaIds: [media.id], target: { type: 'EVENT', id: '00000000-0000-4000-8000-0000000000e1' } } },
        { authorization: `Bearer ${token}` },
      );
      assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    });

    it('shows on an event only the photos its owner attached', async () => {
      const created = await stack.query<{ createEvent: { event: { id: string } } }>(
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
        { input: { kind: 'WEDDING', title: 'Nour & Sami', date: '2027-06-12' } },
        { authorization: `Bearer ${await stack.issuer.sign(couple, 'COUPLE')}` },
      );
      const eventId = created.body.data!.createEvent.event.id;
      const [ours, theirs] = [
        await uploadAndProcess(stack, couple, jpeg, 'ours.jpg'),
        await uploadAndProcess(stack, stranger, fixture('jpg_gps_DSCN0010.jpg'), 'theirs.jpg'),
      ];
      for (const [who, media] of [
        [couple, ours],
        [stranger, theirs],
      ] as const) {
        const token = await stack.issuer.sign(who, 'COUPLE');
        const { body } = await stack.query(
          attach,
          { input: { mediaIds: [media.id], target: { type: 'EVENT', id: eventId } } },
          { authorization: `Bearer ${token}` },
        );
        // Someone else's event is not found, as an unknown one would be.
        assert.equal(body.errors?.[0]?.extensions?.code, who === couple ? undefined : 'NOT_FOUND');
      }
      const token = await stack.issuer.sign(couple, 'COUPLE');
      const { body } = await stack.query<{ event: { photos: { id: string }[] } }>(
        `query($id: ID!) { event(id: $id) { photos { id } } }`,
        { id: eventId },
        { authorization: `Bearer ${token}` },
      );
      assert.deepEqual(body.data?.event.photos, [{ id: ours.id }]);
    });

    it("makes an avatar the user's own, through the graph", async () => {
      await stack.subgraphs.accounts.deps.db.query(
        `INSERT INTO users (id, email, display_name, role) VALUES ($1, 'nour@example.dz', 'Nour', 'COUPLE')`,
        [couple],
      );
      const media = await uploadAndProcess(stack, couple, jpeg, 'me.jpg');
      const token = await stack.issuer.sign(couple, 'COUPLE');
      const auth = { authorization: `Bearer ${token}` };
      const refused = await stack.query(attach, { input: { mediaIds: [media.id], target: { type: 'AVATAR', id: stranger } } }, auth);
      assert.equal(refused.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      const { body } = await stack.query(attach, { input: { mediaIds: [media.id], target: { type: 'AVATAR', id: couple } } }, auth);
      assert.equal(body.errors, undefined);
      const me = await stack.query<{ user: { displayName: string; avatar: { id: string; sha1: string } } }>(
        `query($id: ID!) { user(id: $id) { displayName avatar { ${mediaFields} } } }`,
        { id: couple },
      );
      assert.equal(me.body.data?.user.avatar.id, media.id);
    });
  });
});
