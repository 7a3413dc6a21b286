import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixture, gatewayMetric, heldUpload, leftovers, mediaRows, uploadAs, type HeldUpload } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';

const [ana, badr, chems] = [
  '00000000-0000-4000-8000-00000000a501',
  '00000000-0000-4000-8000-00000000a502',
  '00000000-0000-4000-8000-00000000a503',
];
const jpeg = fixture('jpg_Canon_40D.jpg');

/** With no workers running, every accepted upload waits in incoming/: as many files as rows, no more. */
async function nothingLeft(stack: Stack, store: string): Promise<boolean> {
  return leftovers(store).length === 0 && leftovers(store, ['incoming']).length === (await mediaRows(stack));
}

/** Polls until `check` holds (a server-side effect the client cannot await), failing after a few seconds. */
async function eventually(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`never happened: ${what}`);
}

describe('upload admission: one slot, a short line', () => {
  let stack: Stack;
  let store: string;
  const tokens: Record<string, string> = {};

  before(async () => {
    stack = await startStack({
      GATEWAY_UPLOAD_CONCURRENCY: '1',
      GATEWAY_UPLOAD_QUEUE: '4',
      GATEWAY_UPLOAD_WAIT_MS: '60000',
      GATEWAY_UPLOAD_IDLE_MS: '1500',
      GATEWAY_MAX_BODY_BYTES: '20000',
    });
    store = stack.env.MEDIA_STORAGE_DIR!;
    for (const user of [ana, badr, chems]) tokens[user] = await stack.issuer.sign(user, 'COUPLE');
  });

  after(() => stack.stop());

  /** An upload that takes the slot and keeps it until told to finish. */
  async function holdSlot(): Promise<HeldUpload> {
    const holder = heldUpload(stack, tokens[ana]!, jpeg, { sentBytes: 6000 });
    await eventually('the holder is being read', () => leftovers(store).some((f) => f.startsWith('.tmp/')));
    return holder;
  }
  const waitingIs = (n: number) =>
    eventually(`${n} uploads waiting`, async () => (await gatewayMetric(stack, 'upload_admission_waiting')) === n);

  it('refuses at once a file mapped to no Upload variable, and keeps its slot free', async () => {
    const junk = heldUpload(stack, tokens[ana]!, jpeg, {
      sentBytes: 1000,
      variables: { input: { file: null }, junk: null },
      map: { 0: ['variables.junk'] },
    });
    const { status, body } = await junk.response;
    assert.equal(status, 400);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_REQUEST');
    assert.match(body.errors![0]!.message, /points to no Upload/);
    junk.abandon();
    const { body: next } = await uploadAs(stack, badr, jpeg, 'next.jpg');
    assert.equal(next.data?.uploadMedia.media.status, 'PENDING', JSON.stringify(next.errors));
  });

  it('holds the multipart operations field to the JSON body limit', async () => {
    const query = `mutation($input: UploadMediaInput!) { uploadMedia(input: $input) { media { id } } } # ${'x'.repeat(30_000)}`;
    const big = heldUpload(stack, tokens[ana]!, jpeg, { query, sentBytes: 1000 });
    const { status, body } = await big.response;
    assert.equal(status, 413);
    assert.equal(body.errors?.[0]?.extensions?.code, 'PAYLOAD_TOO_LARGE');
    big.abandon();
  });

  it('drops a file part that stops sending, gives its slot to the next upload and keeps nothing of it', async () => {
    const rows = await mediaRows(stack);
    const stalled = heldUpload(stack, tokens[ana]!, jpeg, { sentBytes: 6000 });
    const next = uploadAs(stack, badr, jpeg, 'after-the-stall.jpg');
    const { status, body } = await stalled.response;
    assert.equal(status, 400);
    assert.match(body.errors![0]!.message, /No bytes of the file arrived/);
    stalled.abandon();
    assert.equal((await next).body.data?.uploadMedia.media.status, 'PENDING');
    assert.equal(await mediaRows(stack), rows + 1);
    await eventually('nothing left of the stalled upload', () => nothingLeft(stack, store));
  });

  it('gives a freed slot to the waiting user who holds fewest, not to whoever queued most', async () => {
    const holder = await holdSlot();
    const order: string[] = [];
    const queued = (name: string, user: string) => {
      const upload = heldUpload(stack, tokens[user]!, jpeg);
      return upload.response.then(({ body }) => {
        assert.equal(body.data?.uploadMedia?.media.status, 'PENDING', JSON.stringify(body.errors));
        order.push(name);
      });
    };
    const answers = [queued('ana 2', ana), queued('ana 3', ana), queued('ana 4', ana)];
    await waitingIs(3);
    answers.push(queued('badr', badr));
    await waitingIs(4);
    holder.finish();
    await holder.response;
    await Promise.all(answers);
    // Round robin between the waiting users: Ana's second, then Badr, before Ana's third and fourth.
    assert.deepEqual(order, ['ana 2', 'badr', 'ana 3', 'ana 4']);
  });

  it('answers 503 with Retry-After at once when the line is full, and counts it', async () => {
    const refusedBefore = await gatewayMetric(stack, 'upload_admission_refusals_total', 'reason="queue_full"');
    const holder = await holdSlot();
    const waiting = [ana, badr, chems, badr].map((user) => heldUpload(stack, tokens[user]!, jpeg));
    await waitingIs(4);
    const { status, headers, body } = await heldUpload(stack, tokens[chems]!, jpeg).response;
    assert.equal(status, 503);
    assert.equal(body.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
    assert.ok(Number(headers['retry-after']) >= 1, `Retry-After: ${headers['retry-after']}`);
    assert.equal(await gatewayMetric(stack, 'upload_admission_refusals_total', 'reason="queue_full"'), refusedBefore + 1);
    holder.finish();
    for (const upload of [holder, ...waiting]) assert.equal((await upload.response).status, 200);
  });

  it('leaves no file and no row when the client leaves half way through its file', async () => {
    const rows = await mediaRows(stack);
    const leaving = heldUpload(stack, tokens[badr]!, jpeg, { sentBytes: Math.floor(jpeg.length / 2) });
    await eventually('half the file is being written', () => leftovers(store).some((f) => f.startsWith('.tmp/')));
    leaving.abandon();
    await leaving.response.catch(() => undefined);
    await eventually('nothing left of the abandoned upload', () => nothingLeft(stack, store));
    assert.equal(await mediaRows(stack), rows);
  });

  it('does not process an upload whose client left while it waited', async () => {
    const rows = await mediaRows(stack);
    const holder = await holdSlot();
    const leaver = heldUpload(stack, tokens[badr]!, jpeg);
    await waitingIs(1);
    leaver.abandon();
    await leaver.response.catch(() => undefined);
    holder.finish();
    assert.equal((await holder.response).status, 200);
    // After the leaver's turn: by then its upload was either processed or dropped.
    assert.equal((await uploadAs(stack, chems, jpeg, 'later.jpg')).body.data?.uploadMedia.media.status, 'PENDING');
    assert.equal(await mediaRows(stack), rows + 2);
    await eventually('nothing left of the leaver', () => nothingLeft(stack, store));
  });
});

describe('upload admission: a bounded wait', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack({ GATEWAY_UPLOAD_CONCURRENCY: '1', GATEWAY_UPLOAD_WAIT_MS: '500', GATEWAY_UPLOAD_IDLE_MS: '20000' });
  });

  after(() => stack.stop());

  it('tells an upload that cannot start within the wait to come back, long before its client would give up', async () => {
    const token = await stack.issuer.sign(ana, 'COUPLE');
    const holder = heldUpload(stack, token, jpeg, { sentBytes: 6000 });
    await eventually('the holder is being read', () => leftovers(stack.env.MEDIA_STORAGE_DIR!).some((f) => f.startsWith('.tmp/')));
    const { status, headers, body } = await heldUpload(stack, await stack.issuer.sign(badr, 'COUPLE'), jpeg).response;
    assert.equal(status, 503);
    assert.equal(body.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
    assert.ok(Number(headers['retry-after']) >= 1);
    assert.equal(await gatewayMetric(stack, 'upload_admission_refusals_total', 'reason="waited_too_long"'), 1);
    holder.finish();
    assert.equal((await holder.response).status, 200);
  });
});
