// `npm run seed`: a realistic, deterministic demo catalogue across the subgraphs (see demoCatalogue.ts).
//   npm run seed                      500 vendors over 100 communes
//   npm run seed -- --large           100,000 vendors
//   npm run seed -- --vendors 2000 --communes 150
import { parseArgs } from 'node:util';
import { seedDemoCatalogue } from './demoCatalogue.ts';

const { values } = parseArgs({
  options: { vendors: { type: 'string' }, communes: { type: 'string', default: '100' }, large: { type: 'boolean', default: false } },
});
const vendors = Number(values.vendors ?? (values.large ? 100_000 : 500));
const communes = Number(values.communes);
if (!Number.isInteger(vendors) || vendors < 1 || !Number.isInteger(communes) || communes < 1) {
  console.error('--vendors and --communes take whole numbers above 0');
  process.exit(2);
}

const demoAccounts = await seedDemoCatalogue({ vendors, communes, print: (line) => process.stdout.write(line) });
for (const a of demoAccounts) console.log(`demo ${a.role.toLowerCase()}: ${a.email} / ${a.password}`);
