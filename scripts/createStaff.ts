// `npm run create-staff -- --email ops@example.dz --name "Ops"`: makes a staff account.
// The password comes from STAFF_PASSWORD, or is asked for on the terminal.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { accounts, createStaffAccount } from '@zaffa/accounts';
import { openSubgraphDatabase } from './subgraphDatabase.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error('usage: npm run create-staff -- --email <email> --name <display name>   (password: STAFF_PASSWORD or prompt)');
  process.exit(2);
}
let password = process.env.STAFF_PASSWORD;
if (!password) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  password = await prompt.question('Password (10+ characters): ');
  prompt.close();
}

const { db } = await openSubgraphDatabase(accounts, { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL || 'warn' });
try {
  const id = await createStaffAccount(db, { email: values.email, displayName: values.name, password });
  console.log(`staff account ${id} created for ${values.email}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
