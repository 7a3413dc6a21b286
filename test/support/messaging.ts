import { randomUUID } from 'node:crypto';
import { categoryId, placeId } from '@zaffa/vendor';
import type { Stack } from './stack.ts';

/** Headers of a signed-in user. */
export async function as(stack: Stack, userId: string, role: 'COUPLE' | 'VENDOR' | 'STAFF' = 'COUPLE') {
  return { authorization: `Bearer ${await stack.issuer.sign(userId, role)}` };
}

/** A user signed up through the gateway (so `me` finds them); their id, and headers with a token of theirs. */
export async function signedUp(stack: Stack, role: 'COUPLE' | 'VENDOR', displayName: string) {
  const { body } = await stack.query<{ signUp: { user: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
    { input: { email: `${randomUUID()}@example.dz`, password: 'correct horse battery', displayName, role } },
  );
  const id = body.data?.signUp.user.id;
  if (!id) throw new Error(`signUp refused: ${JSON.stringify(body.errors)}`);
  return { id, headers: await as(stack, id, role) };
}

/** A vendor made through the gateway by its owner; resolves once messaging knows who answers for it. */
export async function vendorOwnedBy(stack: Stack, ownerId: string, name = 'Salle Yasmine'): Promise<string> {
  const { body } = await stack.query<{ createVendor: { vendor: { id: string } } }>(
    `mutation($input: CreateVendorInput!) { createVendor(input: $input) { vendor { id } } }`,
    { input: { name, categoryId: categoryId('salle-des-fetes'), placeId: placeId.commune('1601') } },
    await as(stack, ownerId, 'VENDOR'),
  );
  const id = body.data?.createVendor.vendor.id;
  if (!id) throw new Error(`createVendor refused: ${JSON.stringify(body.errors)}`);
  const published = await stack.query(
    `mutation($input: VendorIdInput!) { publishVendor(input: $input) { vendor { id } } }`,
    { input: { id } },
    await as(stack, ownerId, 'VENDOR'),
  );
  if (published.body.errors) throw new Error(`publishVendor refused: ${JSON.stringify(published.body.errors)}`);
  await stack.drainJobs();
  return id;
}

export const messageFields = 'id text clientMessageId readByOthers createdAt sender { id } attachments { id }';
