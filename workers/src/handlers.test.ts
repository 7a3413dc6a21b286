import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startConsumers } from '@zaffa/shared';
import { combineHandlers } from './handlers.ts';

const noop = async () => {};
const media = { process: noop, expire: noop, sweep: noop, attachToMessage: noop, vendorChanged: noop, eventOwnersChanged: noop };
const search = { reindexVendor: noop, rebuildIndex: noop, reconcileIndex: noop };
const vendor = { reconcileTerms: noop, ratingChanged: noop, availabilityChanged: noop, responseStatsChanged: noop };

describe('combineHandlers', () => {
  it("puts the subgraphs' queues together", () => {
    assert.deepEqual(Object.keys(combineHandlers([{ search, vendor }, { media }])), ['search', 'vendor', 'media']);
  });

  it('refuses to boot when two subgraphs handle the same job, naming it', () => {
    assert.throws(() => combineHandlers([{ search, vendor }, { media }, { media }]), /two handlers for media\.process/);
  });

  it('refuses to boot when no subgraph handles a registered job, naming it', () => {
    assert.throws(
      () => startConsumers(combineHandlers([{ search }, { media }]), {} as Parameters<typeof startConsumers>[1]),
      /no handler for vendor\.ratingChanged/,
    );
  });
});
