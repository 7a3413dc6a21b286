import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { startS3Server, type S3Server } from '@zaffa/shared/testing';
import { fixture, madePublic, sha1, uploadAndProcess } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';

const couple = '00000000-0000-4000-8000-00000000c101';

describe('media on an S3-compatible object store', () => {
  let s3: S3Server;
  let stack: Stack;

  before(async () => {
    s3 = await startS3Server();
    stack = await startStack(s3.env, { workers: true });
  });

  after(async () => {
    await stack.stop();
    await s3.close();
  });

  it('uploads through the gateway, processes in the workers and serves the bytes from the bucket, with ETag and Range', async () => {
    const uploaded = await uploadAndProcess(stack, couple, fixture('jpg_gps_DSCN0010.jpg'), 'hall.jpg');
    assert.equal(uploaded.status, 'READY', uploaded.failureReason ?? '');
    // Everyone's to see, so served at its content-addressed names.
    const media = await madePublic(stack, couple, uploaded.id);
    // The row is READY a moment before the job removes the upload from incoming/.
    await stack.drainJobs();

    const objects = readdirSync(join(s3.directory, s3.bucket), { recursive: true, encoding: 'utf8' }).filter((n) =>
      n.endsWith('._S3rver_object'),
    );
    // The stored original is named by its own fingerprint (the cleaned file's, not the upload's `sha1`).
    const original = media.variants[0]!.url.replace(/^\/files\//, '');
    assert.ok(objects.includes(`${original}._S3rver_object`), objects.join());
    assert.ok(!objects.some((n) => n.startsWith('incoming/')), 'the upload left incoming/ once processed');

    const whole = await fetch(stack.origin + media.url);
    assert.equal(whole.status, 200);
    assert.equal(`${sha1(new Uint8Array(await whole.arrayBuffer()))}.jpg`, original.split('/')[1]);
    const etag = whole.headers.get('etag')!;
    assert.equal((await fetch(stack.origin + media.url, { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } })).status, 304);
    const part = await fetch(stack.origin + media.variants[0]!.url, { headers: { range: 'bytes=10-19' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 10-19/${media.bytes}`);
    assert.equal((await part.arrayBuffer()).byteLength, 10);

    const copy = await fetch(`${stack.origin}${media.url}/w320-webp`);
    assert.equal((await sharp(new Uint8Array(await copy.arrayBuffer())).metadata()).width, 320);
  });
});
