import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { fixture, uploadAs, type MediaView } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';

const couple = '00000000-0000-4000-8000-00000000c201';

describe("the gateway's upload intake", () => {
  let stack: Stack;
  let auth: Record<string, string>;

  before(async () => {
    stack = await startStack({ GATEWAY_UPLOAD_CONCURRENCY: '1' });
    auth = { authorization: `Bearer ${await stack.issuer.sign(couple, 'COUPLE')}`, 'apollo-require-preflight': 'true' };
  });

  after(() => stack.stop());

  it('queues uploads past its concurrency instead of refusing them', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () => uploadAs(stack, couple, fixture('jpg_gps_DSCN0010.jpg'), 'hall.jpg')),
    );
    for (const { body } of results) assert.equal(body.data?.uploadMedia.media.status, 'PENDING', JSON.stringify(body.errors));
  });

  it('takes files in the order the client sends them, whatever their order in the list', async () => {
    const png = await sharp(fixture('jpg_Canon_40D.jpg')).png().toBuffer();
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: 'mutation($input: UploadMediasInput!) { uploadMedias(input: $input) { media { mimeType } } }',
        variables: { input: { files: [null, null] } },
      }),
    );
    // The second file of the list comes first in the body.
    form.append('map', JSON.stringify({ a: ['variables.input.files.1'], b: ['variables.input.files.0'] }));
    form.append('a', new Blob([png]), 'second.png');
    form.append('b', new Blob([fixture('jpg_Canon_40D.jpg')]), 'first.jpg');
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: auth, body: form });
    const body = (await res.json()) as { data?: { uploadMedias: { media: MediaView[] } }; errors?: unknown };
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(
      body.data!.uploadMedias.media.map((m) => m.mimeType),
      ['image/jpeg', 'image/png'],
    );
  });

  it('answers a malformed multipart request with a GraphQL error', async () => {
    const form = new FormData();
    form.append('operations', '{ not json');
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: auth, body: form });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_REQUEST');
  });
});
