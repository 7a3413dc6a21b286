import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import http from 'node:http';
import type { Stack } from './stack.ts';

export const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/images/${name}`, import.meta.url));

const staffId = '00000000-0000-4000-8000-00000000057a';

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

/** Asks for the media (as staff, who see every upload) until the workers are done with it. */
export async function processed(stack: Stack, id: string): Promise<MediaView> {
  const staff = { authorization: `Bearer ${await stack.issuer.sign(staffId, 'STAFF')}` };
  for (;;) {
    const { body } = await stack.query<{ media: MediaView }>(`query($id: ID!) { media(id: $id) { ${mediaFields} } }`, { id }, staff);
    const media = body.data?.media;
    if (!media) throw new Error(`media ${id} not found: ${JSON.stringify(body.errors)}`);
    if (media.status !== 'PENDING') return media;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Makes the media everyone's to see, as the user's avatar: its files are then served without a signature, at
 * their content-addressed names. Returns it as an anonymous client sees it.
 */
export async function madePublic(stack: Stack, userId: string, id: string): Promise<MediaView> {
  const { body } = await stack.query(
    `mutation($input: AttachMediaInput!) { attachMedia(input: $input) { media { id } } }`,
    { input: { mediaIds: [id], target: { type: 'AVATAR', id: userId } } },
    { authorization: `Bearer ${await stack.issuer.sign(userId, 'COUPLE')}` },
  );
  if (body.errors) throw new Error(`attachMedia refused: ${JSON.stringify(body.errors)}`);
  const seen = await stack.query<{ media: MediaView }>(`query($id: ID!) { media(id: $id) { ${mediaFields} } }`, { id });
  return seen.body.data!.media;
}

/** Uploads as `userId`, failing loudly on an error, and waits for the result of processing. */
export async function uploadAndProcess(stack: Stack, userId: string, bytes: Uint8Array, name: string): Promise<MediaView> {
  const { body } = await uploadAs(stack, userId, bytes, name);
  const media = body.data?.uploadMedia.media;
  if (!media) throw new Error(`upload of ${name} refused: ${JSON.stringify(body.errors)}`);
  return processed(stack, media.id);
}

export interface HeldBody {
  data?: { uploadMedia?: { media: { id: string; status: string; sha1: string } } } | null;
  errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
}

export interface HeldUpload {
  /** Sends the rest of the file and ends the request. */
  finish(): void;
  /** Drops the connection, as a client that gives up does. */
  abandon(): void;
  response: Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: HeldBody }>;
}

/**
 * One multipart upload over a raw connection. With `sentBytes`, it sends the operation, the map and that much
 * of the file at once, the rest only when told: a test can hold a slot, stall, or leave half way.
 */
export function heldUpload(
  stack: Stack,
  token: string,
  bytes: Uint8Array,
  options: { sentBytes?: number; query?: string; variables?: Record<string, unknown>; map?: Record<string, string[]> } = {},
): HeldUpload {
  const boundary = `----held${Math.random().toString(16).slice(2)}`;
  const operations = JSON.stringify({
    query: options.query ?? 'mutation($input: UploadMediaInput!) { uploadMedia(input: $input) { media { id status sha1 } } }',
    variables: options.variables ?? { input: { file: null } },
  });
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify(options.map ?? { 0: ['variables.input.file'] })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="held.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const req = http.request(stack.gateway.url, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': head.length + bytes.length + tail.length,
      authorization: `Bearer ${token}`,
      'apollo-require-preflight': 'true',
    },
  });
  const sent = options.sentBytes ?? bytes.length;
  req.write(head);
  req.write(bytes.subarray(0, sent));
  if (options.sentBytes === undefined) req.end(tail);
  const response = new Promise<Awaited<HeldUpload['response']>>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let body: HeldBody;
        try {
          body = JSON.parse(text) as HeldBody;
        } catch {
          body = { errors: [{ message: text }] };
        }
        resolve({ status: res.statusCode!, headers: res.headers, body });
      });
    });
  });
  return {
    finish: () => {
      req.write(bytes.subarray(sent));
      req.end(tail);
    },
    abandon: () => req.destroy(),
    response,
  };
}

/**
 * Files an upload may leave on its way before it has a row (received, half-written, unfinished resumable ones),
 * relative to the store; `incoming/` holds accepted uploads until the workers process them.
 */
export function leftovers(storeDir: string, dirs = ['received', '.tmp', 'tus']): string[] {
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(join(storeDir, dir)).map((f) => `${dir}/${f}`);
    } catch {
      return [];
    }
  });
}

/** Rows in the media table. */
export async function mediaRows(stack: Stack): Promise<number> {
  const [row] = (await stack.subgraphs.media.deps.db.query('SELECT count(*)::int AS n FROM media')) as { n: number }[];
  return row!.n;
}

/** A figure from the gateway's /metrics (the first series of that name with these labels), 0 when absent. */
export async function gatewayMetric(stack: Stack, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${stack.origin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(name) && (l[name.length] === ' ' || l[name.length] === '{') && l.includes(labels));
  return line ? Number(line.split(' ').at(-1)) : 0;
}
