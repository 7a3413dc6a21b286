import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { after, before, describe, it } from 'node:test';
import { startS3Server, type S3Server } from '../testing/s3Server.ts';
import { loadConfig } from '../config/index.ts';
import type { BlobStorage } from './blobStorage.ts';
import { storageVariables } from '../config/uploads.ts';
import { openBlobStorage } from './fromConfig.ts';
import { isBlobKey } from './keys.ts';
import { LocalDiskStorage } from './localDisk.ts';
import { S3Storage } from './s3.ts';

const failingBody = () =>
  Readable.from(
    (async function* () {
      // Past one part, so an object store has begun a multipart upload that must be aborted.
      yield Buffer.alloc(6 * 1024 * 1024);
      throw new Error('client went away');
    })(),
  );

/** The same behaviour from every driver: what the media subgraph, the workers and the downloads rely on. */
function storageContract(name: string, open: () => BlobStorage, leftovers: (storage: BlobStorage) => Promise<string[]>) {
  describe(`${name}: the storage contract`, () => {
    it('stores, reads whole or by range, stats and deletes', async () => {
      const storage = open();
      assert.deepEqual(await storage.put('ab/abc.jpg', Buffer.from('0123456789')), { bytes: 10 });
      assert.deepEqual(await storage.stat('ab/abc.jpg'), { size: 10 });
      assert.equal(await storage.exists('ab/abc.jpg'), true);
      assert.equal((await buffer((await storage.get('ab/abc.jpg'))!)).toString(), '0123456789');
      assert.equal((await buffer((await storage.get('ab/abc.jpg', { start: 2, end: 4 }))!)).toString(), '234');
      assert.equal((await buffer((await storage.get('ab/abc.jpg', { start: 9, end: 9 }))!)).toString(), '9');
      await storage.delete('ab/abc.jpg');
      await storage.delete('ab/abc.jpg');
      assert.equal(await storage.get('ab/abc.jpg'), null);
      assert.equal(await storage.stat('ab/abc.jpg'), null);
      assert.equal(await storage.exists('ab/abc.jpg'), false);
    });

    it('streams a large body in, counting its bytes, and reads the same bytes back', async () => {
      const storage = open();
      const chunks = Array.from({ length: 13 }, () => randomBytes(1024 * 1024));
      const whole = Buffer.concat(chunks);
      assert.deepEqual(await storage.put('incoming/large', Readable.from(chunks)), { bytes: whole.length });
      assert.deepEqual(await storage.stat('incoming/large'), { size: whole.length });
      assert.ok((await buffer((await storage.get('incoming/large'))!)).equals(whole));
      const tail = await buffer((await storage.get('incoming/large', { start: whole.length - 100, end: whole.length - 1 }))!);
      assert.ok(tail.equals(whole.subarray(whole.length - 100)));
      await storage.delete('incoming/large');
    });

    it('replaces a blob whole when the same key is stored again', async () => {
      const storage = open();
      await storage.put('ab/abe.jpg', Buffer.from('first'));
      await storage.put('ab/abe.jpg', Readable.from([Buffer.from('second')]));
      assert.equal((await buffer((await storage.get('ab/abe.jpg'))!)).toString(), 'second');
      await storage.delete('ab/abe.jpg');
    });

    it('leaves nothing behind when the body fails half way', async () => {
      const storage = open();
      await assert.rejects(storage.put('ab/abd.jpg', failingBody()), /client went away/);
      assert.equal(await storage.exists('ab/abd.jpg'), false);
      assert.deepEqual(await leftovers(storage), []);
    });

    it('refuses any key that could name something outside the store', async () => {
      const storage = open();
      for (const key of ['../x', 'ab/../../x', '/etc/passwd', '.tmp/x', 'ab/.hidden', '', 'ab//x', 'ab\\..\\x']) {
        await assert.rejects(async () => storage.put(key, Buffer.from('x')), /not a storage key/, key);
        await assert.rejects(async () => storage.get(key), /not a storage key/, key);
      }
    });
  });
}

const diskRoots: string[] = [];
after(() => diskRoots.forEach((root) => rmSync(root, { recursive: true, force: true })));

storageContract(
  'LocalDiskStorage',
  () => {
    const root = mkdtempSync(join(tmpdir(), 'zaffa-store-'));
    diskRoots.push(root);
    return new LocalDiskStorage(root);
  },
  async (storage) => readdirSync(join((storage as LocalDiskStorage).root, '.tmp')),
);

let s3: S3Server;
before(async () => {
  s3 = await startS3Server();
});
after(async () => {
  await s3.close();
});

storageContract(
  'S3Storage',
  // Parts of 5 MiB, S3's smallest: the 13 MiB body goes up as a multipart upload of three parts.
  () => new S3Storage({ ...s3Options(), partSize: 5 * 1024 * 1024 }),
  // The objects in the bucket, from s3rver's own folder (it answers no listing to a signed SDK request).
  async () =>
    readdirSync(join(s3.directory, s3.bucket), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('._S3rver_object')),
);

const s3Options = () => ({
  bucket: s3.bucket,
  region: 'us-east-1',
  endpoint: s3.endpoint,
  forcePathStyle: true,
  credentials: { accessKeyId: s3.env.MEDIA_S3_ACCESS_KEY_ID, secretAccessKey: s3.env.MEDIA_S3_SECRET_ACCESS_KEY },
});

describe('openBlobStorage', () => {
  it('opens the disk by default and S3 when asked, and refuses an S3 store without a bucket', () => {
    assert.ok(openBlobStorage(loadConfig(storageVariables, {})) instanceof LocalDiskStorage);
    assert.ok(openBlobStorage(loadConfig(storageVariables, s3.env)) instanceof S3Storage);
    assert.throws(() => openBlobStorage(loadConfig(storageVariables, { MEDIA_STORAGE: 's3' })), /MEDIA_S3_BUCKET/);
    assert.throws(
      () => openBlobStorage(loadConfig(storageVariables, { ...s3.env, MEDIA_S3_SECRET_ACCESS_KEY: '' })),
      /MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY/,
    );
  });
});

describe('isBlobKey', () => {
  const sha = 'ab' + '0'.repeat(38);
  it('accepts exactly the content-addressed names', () => {
    assert.ok(isBlobKey(`ab/${sha}.jpg`));
    assert.ok(isBlobKey(`ab/${sha}-w640.webp`));
    for (const key of [`cd/${sha}.jpg`, `ab/${sha}.svg`, `incoming/${sha}`, `ab/${sha}.jpg/x`, `ab/${sha.toUpperCase()}.jpg`])
      assert.ok(!isBlobKey(key), key);
  });
});
