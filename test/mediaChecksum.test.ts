import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { fixture, uploadAs } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';

const couple = '00000000-0000-4000-8000-00000000e001';
const stranger = '00000000-0000-4000-8000-00000000e002';
const file = 'jpg_orientation_landscape_6.jpg';
/** What a client computes for the file on its disk. */
const sha1sum = (name: string) =>
  execFileSync('sha1sum', [fileURLToPath(new URL(`fixtures/images/${name}`, import.meta.url))], { encoding: 'utf8' }).split(' ')[0]!;
const lookup = `query($sha1s: [String!]!) { mediaByChecksum(sha1s: $sha1s) { id sha1 status } }`;

describe('mediaByChecksum', () => {
  let stack: Stack;
  let mine: string;

  before(async () => {
    stack = await startStack();
    const { body } = await uploadAs(stack, couple, fixture(file), 'hall.jpg');
    mine = body.data!.uploadMedia.media.id;
    assert.equal(body.data!.uploadMedia.media.sha1, sha1sum(file), 'Media.sha1 is the SHA-1 of the bytes sent');
  });

  after(() => stack.stop());

  const ask = async (userId: string | null, sha1s: string[]) =>
    stack.query<{ mediaByChecksum: { id: string; sha1: string }[] }>(
      lookup,
      { sha1s },
      userId ? { authorization: `Bearer ${await stack.issuer.sign(userId, 'COUPLE')}` } : {},
    );

  it("finds the viewer's upload by the SHA-1 the client computes, and nothing for other files", async () => {
    const { body } = await ask(couple, [sha1sum(file).toUpperCase(), sha1sum('jpg_Canon_40D.jpg')]);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data?.mediaByChecksum, [{ id: mine, sha1: sha1sum(file), status: 'PENDING' }]);
  });

  it("never tells another user, or nobody, about someone else's uploads", async () => {
    assert.deepEqual((await ask(stranger, [sha1sum(file)])).body.data?.mediaByChecksum, []);
    const { body } = await ask(null, [sha1sum(file)]);
    assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('refuses what is not a SHA-1', async () => {
    const { body } = await ask(couple, ['not-a-sha1']);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
