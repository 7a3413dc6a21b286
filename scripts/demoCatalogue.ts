// The demo catalogue across the subgraphs, each writing only its own database: vendors with offers (vendor, whose
// outbox announces their owners to messaging once the stack runs, so couples can write to them), their
// owners and a few couples (accounts), imported reviews, the vendors' booking terms and the couples' weddings with a
// booking in every state (event), the vendors' copy of the ratings (vendor), who may fill and see the vendors' galleries
// and the weddings' photos (media), accounts to sign in with, then a search index rebuild. `npm run seed` and the first `npm start` both make it.
import { accounts, seedDemoAccounts, seedUsers, type DemoAccount } from '@zaffa/accounts';
import { event, seedBookings, seedCoupleId, seedReviews } from '@zaffa/event';
import { media, seedTargets } from '@zaffa/media';
import { applySeededRatings, markTermsSent, readVendorTerms, rebuildIndex, seedCatalogue, seedOwnerIds, seedVendorId } from '@zaffa/vendor';
import { openSubgraphDatabase } from './subgraphDatabase.ts';
import { retireCachedSearches } from './retireCachedSearches.ts';
import { openVendorDatabase } from './vendorDatabase.ts';

export interface DemoCatalogueOptions {
  vendors: number;
  communes: number;
  env?: NodeJS.ProcessEnv;
  /** Each line of progress; `\r`-ended ones overwrite the last. */
  print?: (line: string) => void;
}

export async function seedDemoCatalogue({
  vendors,
  communes,
  env = process.env,
  print = () => {},
}: DemoCatalogueOptions): Promise<DemoAccount[]> {
  const started = performance.now();
  const vendorDb = await openVendorDatabase(env);
  const accountsDb = await openSubgraphDatabase(accounts, env);
  const eventDb = await openSubgraphDatabase(event, env);
  const mediaDb = await openSubgraphDatabase(media, env);
  try {
    const { inserted } = await seedCatalogue(vendorDb.db, { vendors, communes }, (done) => print(`\r${done} / ${vendors} vendors`));
    print(`\n${inserted} new vendors in ${vendorDb.name} (${vendors - inserted} were there already)\n`);

    const ownerIds = seedOwnerIds(vendors);
    const owners = ownerIds.map((id, i) => ({
      id,
      email: `owner${i}@seed.zaffa.dz`,
      displayName: `Prestataire ${i + 1}`,
      role: 'VENDOR' as const,
    }));
    print(`${await seedUsers(accountsDb.db, owners)} new vendor owners in ${accountsDb.name}\n`);
    const demoAccounts = await seedDemoAccounts(accountsDb.db, owners[0]!);

    const ratings = await seedReviews(
      eventDb.db,
      Array.from({ length: vendors }, (_, n) => seedVendorId(n)),
    );
    await applySeededRatings(vendorDb.db, ratings);
    print(
      `reviews in ${eventDb.name} for ${ratings.filter((r) => r.reviewCount > 0).length} vendors; their ratings copied to ${vendorDb.name}\n`,
    );

    const couples = Array.from({ length: 4 }, (_, n) => ({
      id: seedCoupleId(n),
      email: `couple${n}@seed.zaffa.dz`,
      displayName: `Couple ${n + 1}`,
      role: 'COUPLE' as const,
    }));
    print(`${await seedUsers(accountsDb.db, couples)} new couples in ${accountsDb.name}\n`);
    const terms = await readVendorTerms(vendorDb.db, null);
    const seeded = await seedBookings(eventDb.db, terms, couples.length);
    await markTermsSent(vendorDb.db);
    print(`booking terms of every vendor and ${seeded.bookings} new bookings (every state) in ${eventDb.name}\n`);
    await seedTargets(mediaDb.db, [
      ...terms.map((v) => ({
        type: 'VENDOR_GALLERY' as const,
        id: v.vendorId,
        ownerIds: [v.ownerId],
        viewerIds: [v.ownerId],
        public: v.status === 'PUBLISHED',
        version: v.revision,
      })),
      // The seed's weddings never change owners: the first word on them is version 1.
      ...seeded.events.map((e) => ({
        type: 'EVENT' as const,
        id: e.eventId,
        ownerIds: [e.ownerId],
        viewerIds: [e.ownerId],
        public: false,
        version: 1,
      })),
    ]);
    print(
      `who fills and sees the galleries of ${terms.length} vendors and the photos of ${seeded.events.length} weddings in ${mediaDb.name}\n`,
    );

    print('rebuilding the search index…\n');
    const result = await rebuildIndex(vendorDb.db, vendorDb.log);
    await retireCachedSearches(env);
    print(`search index: ${JSON.stringify(result)}; ${((performance.now() - started) / 1000).toFixed(1)} s in all\n`);
    return demoAccounts;
  } finally {
    await Promise.all([vendorDb.db.destroy(), accountsDb.db.destroy(), eventDb.db.destroy(), mediaDb.db.destroy()]);
  }
}

/** What to print once the demo catalogue is there: who to sign in as, and a query to paste into the playground. */
export function demoWelcome(accountsToUse: DemoAccount[], playgroundUrl: string): string {
  const rows = accountsToUse.map((a) => `    ${a.role.toLowerCase().padEnd(7)} ${a.email.padEnd(28)} password: ${a.password}`);
  return `Demo catalogue loaded. Sign in (the bar at the top of the playground, or the signIn mutation) as:
${rows.join('\n')}
  A first query to paste into ${playgroundUrl}:
    { vendors(first: 5, filter: { text: "salle des fêtes" }) { totalCount edges { node { name place { nameFr } priceMin rating } } } }
`;
}
