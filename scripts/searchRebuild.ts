// `npm run search:rebuild`: rebuilds the vendor search index (table `vendor_search`, words `search_words`).
//   npm run search:rebuild            queues the job for the workers and waits for it to finish
//   npm run search:rebuild -- --here  rebuilds in this process, when no workers run
import { parseArgs } from 'node:util';
import { QueueEvents } from 'bullmq';
import { baseVariables, createRedis, JobProducer, loadConfig } from '@zaffa/shared';
import { rebuildIndex } from '@zaffa/vendor';
import { retireCachedSearches } from './retireCachedSearches.ts';
import { openVendorDatabase } from './vendorDatabase.ts';

const { values } = parseArgs({ options: { here: { type: 'boolean', default: false }, timeout: { type: 'string', default: '900' } } });

if (values.here) {
  const { db, log } = await openVendorDatabase();
  try {
    console.log(JSON.stringify(await rebuildIndex(db, log)));
    await retireCachedSearches();
  } finally {
    await db.destroy();
  }
} else {
  const config = loadConfig(baseVariables);
  const connection = createRedis(config.REDIS_URL, 'zaffa-search-rebuild');
  const jobs = new JobProducer(connection, config.QUEUE_PREFIX);
  const events = new QueueEvents('search', { connection: connection.duplicate(), prefix: config.QUEUE_PREFIX });
  try {
    // One id per request: asking twice in the same second is the same request.
    const job = await jobs.enqueue('search', 'rebuildIndex', {}, { jobId: `rebuild-${Math.floor(Date.now() / 1000)}`, attempts: 1 });
    console.log(`queued ${job.id}; waiting for the workers (npm start runs them)…`);
    console.log(JSON.stringify(await job.waitUntilFinished(events, Number(values.timeout) * 1000)));
  } catch (err) {
    console.error(`rebuild failed: ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  } finally {
    await events.close();
    await jobs.close();
    connection.disconnect();
  }
}
