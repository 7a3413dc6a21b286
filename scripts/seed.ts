// `npm run seed`: a realistic, deterministic vendor catalogue in the vendor database, then a search index rebuild.
//   npm run seed                      500 vendors over 100 communes
//   npm run seed -- --large           100,000 vendors
//   npm run seed -- --vendors 2000 --communes 150
import { parseArgs } from 'node:util';
import { rebuildIndex, seedCatalogue } from '@zaffa/vendor';
import { retireCachedSearches } from './retireCachedSearches.ts';
import { openVendorDatabase } from './vendorDatabase.ts';

const { values } = parseArgs({ options: { vendors: { type: 'string' }, communes: { type: 'string', default: '100' }, large: { type: 'boolean', default: false } } });
const vendors = Number(values.vendors ?? (values.large ? 100_000 : 500));
const communes = Number(values.communes);
if (!Number.isInteger(vendors) || vendors < 1 || !Number.isInteger(communes) || communes < 1) {
  console.error('--vendors and --communes take whole numbers above 0');
  process.exit(2);
}

const started = performance.now();
const { db, log, name } = await openVendorDatabase();
try {
  const { inserted } = await seedCatalogue(db, { vendors, communes }, (done) => process.stdout.write(`\r${done} / ${vendors} vendors`));
  console.log(`\n${inserted} new vendors in ${name} (${vendors - inserted} were there already); rebuilding the search index…`);
  const result = await rebuildIndex(db, log);
  await retireCachedSearches();
  console.log(`search index: ${JSON.stringify(result)}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
} finally {
  await db.destroy();
}
