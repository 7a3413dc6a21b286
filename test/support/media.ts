import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Stack } from './stack.ts';

export const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/images/${name}`, import.meta.url));

export const sha1 = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

export const mediaFields =
  'id status mimeType bytes width height sha1 url variants { name width height mimeType url } blurhash tags failureReason';

export interface MediaView {
  id: string;
  status: 'PENDING' | 'READY' | 'FAILED';
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  sha1: string | null;
  url: string;
  variants: { name: string; width: number; height: number; mimeType: string; url: string }[];
  blurhash: string | null;
  tags: string[];
  failureReason: string | null;
}

const uploadMutation = `mutation Upload($input: UploadMediaInput!) { uploadMedia(input: $input) { media { ${mediaFields} } } }`;

/** Uploads one file through the gateway as `userId`; returns the whole GraphQL result. */
export function uploadAs(stack: Stack, userId: string | null, bytes: Uint8Array, name: string, extra: Record<string, unknown> = {}) {
  return (async () => {
    const headers: Record<string, string> = userId ? { authorization: `Bearer ${await stack.issuer.sign(userId, 'COUPLE')}` } : {};
    return stack.upload<{ uploadMedia: { media: MediaView } }>(
      uploadMutation,
      { input: { file: null, ...extra } },
      { 'input.file': { bytes, name, type: 'image/jpeg' } },
      headers,
    );
  })();
}

/** Asks for the media until the workers are done with it. */
export async function processed(stack: Stack, id: string): Promise<MediaView> {
  for (;;) {
    const { body } = await stack.query<{ media: MediaView }>(`query($id: ID!) { media(id: $id) { ${mediaFields} } }`, { id });
    const media = body.data?.media;
    if (!media) throw new Error(`media ${id} not found: ${JSON.stringify(body.errors)}`);
    if (media.status !== 'PENDING') return media;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Uploads as `userId`, failing loudly on an error, and waits for the result of processing. */
export async function uploadAndProcess(stack: Stack, userId: string, bytes: Uint8Array, name: string): Promise<MediaView> {
  const { body } = await uploadAs(stack, userId, bytes, name);
  const media = body.data?.uploadMedia.media;
  if (!media) throw new Error(`upload of ${name} refused: ${JSON.stringify(body.errors)}`);
  return processed(stack, media.id);
}
