// `npm run seed`: a realistic, deterministic catalogue across the subgraphs, each writing only its own database:
// vendors with offers (vendor), their owners and a few couples (accounts), imported reviews, the vendors' booking
// terms and the couples' weddings with a booking in every state (event), the vendors' copy of the ratings (vendor),
// then a search index rebuild.
//   npm run seed                      500 vendors over 100 communes
//   npm run seed -- --large           100,000 vendors
//   npm run seed -- --vendors 2000 --communes 150
import { parseArgs } from 'node:util';
import { accounts, seedUsers } from '@zaffa/accounts';
import { event, seedBookings, seedCoupleId, seedReviews } from '@zaffa/event';
import { applySeededRatings, markTermsSent, readVendorTerms, rebuildIndex, seedCatalogue, seedOwnerIds, seedVendorId } from '@zaffa/vendor';
import { openSubgraphDatabase } from './subgraphDatabase.ts';
import { retireCachedSearches } from './retireCachedSearches.ts';
import { openVendorDatabase } from './vendorDatabase.ts';

const { values } = parseArgs({
  options: { vendors: { type: 'string' }, communes: { type: 'string', default: '100' }, large: { type: 'boolean', default: false } },
});
const vendors = Number(values.vendors ?? (values.large ? 100_000 : 500));
const communes = Number(values.communes);
if (!Number.isInteger(vendors) || vendors < 1 || !Number.isInteger(communes) || communes < 1) {
  console.error('--vendors and --communes take whole numbers above 0');
  process.exit(2);
}

const started = performance.now();
const vendorDb = await openVendorDatabase();
const accountsDb = await openSubgraphDatabase(accounts);
const eventDb = await openSubgraphDatabase(event);
try {
  const { inserted } = await seedCatalogue(vendorDb.db, { vendors, communes }, (done) =>
    process.stdout.write(`\r${done} / ${vendors} vendors`),
  );
  console.log(`\n${inserted} new vendors in ${vendorDb.name} (${vendors - inserted} were there already)`);

  const owners = seedOwnerIds(vendors).map((id, i) => ({
    id,
    email: `owner${i}@seed.zaffa.dz`,
    displayName: `Prestataire ${i + 1}`,
    role: 'VENDOR' as const,
  }));
  console.log(`${await seedUsers(accountsDb.db, owners)} new vendor owners in ${accountsDb.name}`);

  const ratings = await seedReviews(
    eventDb.db,
    Array.from({ length: vendors }, (_, n) => seedVendorId(n)),
  );
  await applySeededRatings(vendorDb.db, ratings);
  console.log(
    `reviews in ${eventDb.name} for ${ratings.filter((r) => r.reviewCount > 0).length} vendors; their ratings copied to ${vendorDb.name}`,
  );

  const couples = Array.from({ length: 4 }, (_, n) => ({
    id: seedCoupleId(n),
    email: `couple${n}@seed.zaffa.dz`,
    displayName: `Couple ${n + 1}`,
    role: 'COUPLE' as const,
  }));
  console.log(`${await seedUsers(accountsDb.db, couples)} new couples in ${accountsDb.name}`);
  const seeded = await seedBookings(eventDb.db, await readVendorTerms(vendorDb.db, null), couples.length);
  await markTermsSent(vendorDb.db);
  console.log(`booking terms of every vendor and ${seeded.bookings} new bookings (every state) in ${eventDb.name}`);

  console.log('rebuilding the search index…');
  const result = await rebuildIndex(vendorDb.db, vendorDb.log);
  await retireCachedSearches();
  console.log(`search index: ${JSON.stringify(result)}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
} finally {
  await Promise.all([vendorDb.db.destroy(), accountsDb.db.destroy(), eventDb.db.destroy()]);
}
