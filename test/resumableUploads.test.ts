import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import * as tus from 'tus-js-client';
import { fixture, leftovers, mediaRows, processed, sha1, uploadAndProcess } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';

const couple = '00000000-0000-4000-8000-00000000d001';
const stranger = '00000000-0000-4000-8000-00000000d002';
const limit = 2_500_000;

/** A PATCH that sends `bytes` from `offset` but loses its connection after `sent` of them, as a phone going under a bridge does. */
function droppedPatch(url: string, token: string, bytes: Uint8Array, offset: number, sent: number): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(url, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${token}`,
        'tus-resumable': '1.0.0',
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
        'content-length': String(bytes.length - offset),
      },
    });
    req.on('error', () => resolve());
    req.write(bytes.subarray(offset, offset + sent), () => setTimeout(() => req.destroy(), 300));
    req.on('close', () => resolve());
  });
}

const tusHeaders = (token: string) => ({ authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' });

describe('resumable uploads (tus) at /uploads/', () => {
  let stack: Stack;
  let token: string;
  let endpoint: string;

  before(async () => {
    stack = await startStack({ MEDIA_MAX_BYTES: String(limit) }, { workers: true });
    token = await stack.issuer.sign(couple, 'COUPLE');
    endpoint = `${stack.origin}/uploads/`;
  });

  after(() => stack.stop());

  /** Creates an upload of `length` bytes; its absolute URL. */
  async function create(length: number, as = token): Promise<string> {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { ...tusHeaders(as), 'upload-length': String(length), 'upload-metadata': `filename ${btoa('hall.jpg')}` },
    });
    assert.equal(res.status, 201, await res.text());
    return new URL(res.headers.get('location')!, stack.origin).href;
  }

  it('resumes an upload cut off half way, and makes it one READY media identical to a plain upload', async () => {
    const bytes = fixture('jpg_gps_DSCN0010.jpg');
    const rows = await mediaRows(stack);
    const url = await create(bytes.length);
    await droppedPatch(url, token, bytes, 0, Math.floor(bytes.length / 2));
    const head = await fetch(url, { method: 'HEAD', headers: tusHeaders(token) });
    const offset = Number(head.headers.get('upload-offset'));
    assert.ok(offset > 0 && offset < bytes.length, `kept the part that arrived: ${offset} of ${bytes.length}`);

    // The client library picks up where the server says it stopped.
    const mediaId = await new Promise<string>((resolve, reject) => {
      const upload = new tus.Upload(Buffer.from(bytes), {
        uploadUrl: url,
        headers: { authorization: `Bearer ${token}` },
        retryDelays: [],
        onSuccess: ({ lastResponse }) => resolve(lastResponse.getHeader('Upload-Media-Id') ?? ''),
        onError: reject,
      });
      upload.start();
    });
    const resumed = await processed(stack, mediaId);
    assert.equal(resumed.status, 'READY', resumed.failureReason ?? '');
    assert.equal(resumed.sha1, sha1(bytes));
    assert.equal(await mediaRows(stack), rows + 1);

    const plain = await uploadAndProcess(stack, couple, bytes, 'hall.jpg');
    // Everything but the id and the URLs, which are signed for each media.
    const unsignedView = ({ id: _id, url: _url, variants, ...rest }: typeof plain) => ({
      ...rest,
      variants: variants.map(({ url: _u, ...v }) => v),
    });
    assert.deepEqual(unsignedView(resumed), unsignedView(plain));
    assert.deepEqual(leftovers(stack.env.MEDIA_STORAGE_DIR!), []);
  });

  it('is for signed-in users, each seeing only their own uploads', async () => {
    const anonymous = await fetch(endpoint, { method: 'POST', headers: { 'tus-resumable': '1.0.0', 'upload-length': '100' } });
    assert.equal(anonymous.status, 401);
    const url = await create(1000);
    const theirs = await fetch(url, { method: 'HEAD', headers: tusHeaders(await stack.issuer.sign(stranger, 'COUPLE')) });
    assert.equal(theirs.status, 404);
    assert.equal((await fetch(url, { method: 'HEAD', headers: tusHeaders(token) })).status, 200);
    await fetch(url, { method: 'DELETE', headers: tusHeaders(token) });
  });

  it('refuses what a multipart upload refuses, leaving no file and no row', async () => {
    const rows = await mediaRows(stack);
    const tooLong = await fetch(endpoint, { method: 'POST', headers: { ...tusHeaders(token), 'upload-length': String(limit + 1) } });
    assert.equal(tooLong.status, 413);

    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const url = await create(pdf.length);
    const res = await fetch(url, {
      method: 'PATCH',
      headers: { ...tusHeaders(token), 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      body: pdf,
    });
    assert.equal(res.status, 415);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'UNSUPPORTED_MEDIA_TYPE');
    assert.equal(await mediaRows(stack), rows);
    assert.deepEqual(leftovers(stack.env.MEDIA_STORAGE_DIR!), []);
  });
});
