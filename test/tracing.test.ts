import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixture } from './support/media.ts';
import { startOtlpReceiver, type ReceivedSpan } from './support/otlpReceiver.ts';
import { startStack, type Stack } from './support/stack.ts';

const couple = '00000000-0000-4000-8000-00000000c301';
const SERVER = 2;
const CLIENT = 3;
const CONSUMER = 5;

describe('traces exported by OTLP', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let stack: Stack;

  before(async () => {
    receiver = await startOtlpReceiver();
    stack = await startStack({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }, { workers: true });
  });

  after(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('follow one upload from the gateway to the media subgraph and on into the worker that processes it', async () => {
    const requestId = 'trace-test-upload-1';
    const { body } = await stack.upload<{ uploadMedia: { media: { id: string } } }>(
      'mutation Upload($input: UploadMediaInput!) { uploadMedia(input: $input) { media { id } } }',
      { input: { file: null } },
      { 'input.file': { bytes: fixture('jpg_gps_DSCN0010.jpg'), name: 'hall.jpg', type: 'image/jpeg' } },
      { authorization: `Bearer ${await stack.issuer.sign(couple, 'COUPLE')}`, 'x-request-id': requestId },
    );
    assert.equal(body.errors, undefined);
    await stack.drainJobs();

    let trace: ReceivedSpan[];
    const deadline = Date.now() + 20_000;
    for (;;) {
      const root = receiver.spans.find(
        (s) => s.service === 'gateway' && s.kind === SERVER && s.attributes['zaffa.request_id'] === requestId,
      );
      trace = root ? receiver.spans.filter((s) => s.traceId === root.traceId) : [];
      if (trace.some((s) => s.service === 'workers' && s.name === 'job media.process')) break;
      if (Date.now() > deadline) assert.fail(`no complete trace: ${JSON.stringify(trace.map((s) => `${s.service} ${s.name}`))}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const parentOf = (span: ReceivedSpan) => (span.parentSpanId ? byId.get(span.parentSpanId) : undefined);

    const gateway = trace.find((s) => s.service === 'gateway' && s.kind === SERVER)!;
    assert.equal(gateway.parentSpanId || undefined, undefined, 'the gateway starts the trace');
    assert.equal(gateway.attributes['graphql.operation.name'], 'Upload');
    const fetch = trace.find((s) => s.service === 'gateway' && s.kind === CLIENT && s.name === 'subgraph media')!;
    assert.equal(parentOf(fetch), gateway);
    const media = trace.find((s) => s.service === 'media' && s.kind === SERVER)!;
    assert.equal(parentOf(media), fetch, 'the media subgraph continues the gateway fetch');
    assert.equal(media.attributes['zaffa.request_id'], requestId);
    const job = trace.find((s) => s.service === 'workers' && s.kind === CONSUMER && s.name === 'job media.process')!;
    assert.equal(parentOf(job), media, 'the job continues the request that queued it');
    assert.equal(job.attributes['zaffa.request_id'], requestId);
  });

  it("puts the subgraph a query reaches under the gateway request's trace", async () => {
    const requestId = 'trace-test-query-1';
    await stack.query('query Categories { categories { slug } }', {}, { 'x-request-id': requestId });
    const deadline = Date.now() + 20_000;
    for (;;) {
      const root = receiver.spans.find(
        (s) => s.service === 'gateway' && s.kind === SERVER && s.attributes['zaffa.request_id'] === requestId,
      );
      const vendor = root && receiver.spans.find((s) => s.traceId === root.traceId && s.service === 'vendor' && s.kind === SERVER);
      if (vendor) break;
      if (Date.now() > deadline) assert.fail('no vendor span under the gateway request');
      await new Promise((r) => setTimeout(r, 200));
    }
  });
});
