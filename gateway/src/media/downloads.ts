import type { ApolloServer } from '@apollo/server';
import type express from 'express';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { createHash } from 'node:crypto';
import { ErrorCode, blobMimeTypes, isBlobKey, isUuid, openDownloadGrant, sendError, type BlobStorage, type Logger } from '@zaffa/shared';
import type { GatewayContext } from '../context.ts';

interface StoredFile {
  key: string;
  mimeType: string;
}

/**
 * Finds the stored file of a media (`original` or a variant's name) through the graph itself, as an anonymous
 * client: only a media everyone may see is found, and only once READY.
 */
export type MediaFileLookup = (id: string, variant: string) => Promise<StoredFile | null>;

const lookupQuery = `query MediaFile($id: ID!) { media(id: $id) { status variants { name mimeType url } } }`;

export function mediaFileLookup(apollo: ApolloServer<GatewayContext>): MediaFileLookup {
  return async (id, variant) => {
    const response = await apollo.executeOperation(
      { query: lookupQuery, variables: { id } },
      { contextValue: { reqId: `download-${id}`, viewer: null } },
    );
    if (response.body.kind !== 'single') return null;
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new Error(`media lookup failed: ${errors[0]!.message}`);
    const media = (data as { media: { status: string; variants: { name: string; mimeType: string; url: string }[] } | null }).media;
    const file = media?.status === 'READY' ? media.variants.find((v) => v.name === variant) : undefined;
    return file ? { key: file.url.replace(/^\/files\//, ''), mimeType: file.mimeType } : null;
  };
}

const notFound = (res: Response) => sendError(res, 404, ErrorCode.NOT_FOUND, 'Not found');

/** How a file is served: to everyone (its content-addressed name as ETag), or to one viewer until its URL expires. */
type Audience = { cacheControl: string; private: boolean };

const everyone = (cacheControl: string): Audience => ({ cacheControl, private: false });

/**
 * Sends one stored blob with what browsers and caches need: its type (never sniffed), a strong ETag
 * from its content-addressed name (hashed for a private file, whose name would be a URL that never expires),
 * conditional GETs, and single byte ranges.
 */
async function sendBlob(req: Request, res: Response, storage: BlobStorage, file: StoredFile, audience: Audience): Promise<void> {
  const stat = await storage.stat(file.key);
  if (!stat) return void notFound(res);
  const name = file.key.split('/')[1]!;
  res.set({
    'Content-Type': file.mimeType,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': audience.cacheControl,
    ETag: `"${audience.private ? createHash('sha256').update(name).digest('base64url') : name}"`,
    'Accept-Ranges': 'bytes',
  });
  if (req.fresh) return void res.status(304).end();
  const ranges = req.range(stat.size, { combine: true });
  if (ranges === -1) {
    res.set('Content-Range', `bytes */${stat.size}`);
    return void res.status(416).end();
  }
  // A malformed Range header, or several ranges, get the whole file: a server may always answer 200.
  const range = Array.isArray(ranges) && ranges.length === 1 && ranges.type === 'bytes' ? ranges[0]! : undefined;
  if (range) {
    res.status(206).set('Content-Range', `bytes ${range.start}-${range.end}/${stat.size}`);
  }
  res.set('Content-Length', String(range ? range.end - range.start + 1 : stat.size));
  if (req.method === 'HEAD') return void res.end();
  const body = await storage.get(file.key, range);
  if (!body) return void notFound(res);
  await pipeline(body, res);
}

/** The grant of a signed download URL, when the request carries one whose seal and expiry hold. */
function grantedFile(req: Request, id: string, variant: string, secret: string): StoredFile | null {
  const { expires, token } = req.query;
  if (typeof expires !== 'string' || typeof token !== 'string' || !/^\d{1,12}$/.test(expires)) return null;
  return openDownloadGrant(secret, id, variant, { expires: Number(expires), token });
}

/**
 * Downloads on the gateway's origin: `/files/<shard>/<name>` for content-addressed blobs (cached forever),
 * `/media/<id>` and `/media/<id>/<variant>` by media id: a media everyone may see for anyone, any other only
 * through the signed URL its viewer got from the graph (`referenceSecret` opens it), privately cached until it
 * expires. A private media without a valid signature is a 404, as an unknown one; so is anything else under them.
 */
export function mountDownloads(
  app: express.Express,
  storage: BlobStorage,
  lookup: MediaFileLookup,
  referenceSecret: string,
  log: Logger,
  /** What runs before a download by id (the rate limit). */
  before: express.RequestHandler[] = [],
): void {
  const failed = (res: Response, err: unknown) => {
    log.error({ err }, 'download failed');
    if (!res.headersSent) sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
    else res.destroy();
  };

  app.get('/files/:shard/:name', async (req, res) => {
    const key = `${req.params.shard}/${req.params.name}`;
    if (!isBlobKey(key)) return void notFound(res);
    const mimeType = blobMimeTypes[key.slice(key.lastIndexOf('.') + 1)]!;
    await sendBlob(req, res, storage, { key, mimeType }, everyone('public, max-age=31536000, immutable')).catch((err) => failed(res, err));
  });

  app.get('/media/:id{/:variant}', ...before, async (req, res) => {
    const { id, variant = 'original' } = req.params as { id: string; variant?: string };
    if (!isUuid(id) || !/^[a-z0-9-]{1,32}$/.test(variant)) return void notFound(res);
    try {
      const granted = grantedFile(req, id, variant, referenceSecret);
      if (granted && isBlobKey(granted.key)) {
        const seconds = Math.max(0, Number(req.query.expires) - Math.floor(Date.now() / 1000));
        return await sendBlob(req, res, storage, granted, { cacheControl: `private, max-age=${seconds}`, private: true });
      }
      const file = await lookup(id, variant);
      if (!file || !isBlobKey(file.key)) return void notFound(res);
      await sendBlob(req, res, storage, file, everyone('public, max-age=3600'));
    } catch (err) {
      failed(res, err);
    }
  });
}
