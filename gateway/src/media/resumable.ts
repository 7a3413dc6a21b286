import type { ApolloServer } from '@apollo/server';
import { FileStore } from '@tus/file-store';
import { Server, type ServerOptions } from '@tus/server';
import type express from 'express';
import type { Request, RequestHandler } from 'express';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { join } from 'node:path';
import {
  ErrorCode,
  REQUEST_ID_HEADER,
  ZaffaError,
  receivedKey,
  sendError,
  signFileReference,
  storageRoot,
  type BlobStorage,
  type Logger,
  type Viewer,
} from '@zaffa/shared';
import type { GatewayContext } from '../context.ts';
import { UploadInspector } from './inspector.ts';

export interface ResumableOptions {
  storage: BlobStorage;
  storageDir: string;
  referenceSecret: string;
  maxBytes: number;
  /** Guards every tus request like any other: request id, bearer token, rate limits. */
  before: RequestHandler[];
  log: Logger;
}

/** Where unfinished resumable uploads grow, under MEDIA_STORAGE_DIR on the gateway's own disk (never served). */
const TUS_FOLDER = 'tus';
const uploadMutation = `mutation ResumableUpload($input: UploadMediaInput!) { uploadMedia(input: $input) { media { id status mimeType bytes sha1 } } }`;

const tusError = (status: number, code: ErrorCode, message: string) => ({
  status_code: status,
  body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
});

/** The Express request behind a tus request, and so its viewer (`shields/authenticate.ts`). */
const viewerOf = (req: unknown): Viewer | null =>
  ((req as { runtime?: { node?: { req?: Request } } }).runtime?.node?.req?.res?.locals.viewer as Viewer | undefined) ?? null;

/**
 * Resumable uploads (the tus protocol, https://tus.io) at `/uploads/`, for phones on flaky networks: a client
 * creates an upload, sends its bytes in as many PATCH requests as its connection allows, and asks where it
 * stopped after a drop. Each upload belongs to the signed-in user who created it (anyone else gets a 404).
 * Once complete, it finishes like a multipart upload: the same checks (size from `Upload-Length` at creation,
 * type from the first bytes), its SHA-1, then `uploadMedia` through the graph with a reference to it, so a
 * PENDING media and its job. The answer carries the media's id in `Upload-Media-Id`.
 */
export function mountResumableUploads(app: express.Express, apollo: ApolloServer<GatewayContext>, options: ResumableOptions): void {
  const { storage, referenceSecret, maxBytes, log } = options;
  const tusDir = join(storageRoot(options.storageDir), TUS_FOLDER);
  const datastore = new FileStore({ directory: tusDir });
  const removeUpload = (id: string) =>
    Promise.all([rm(join(tusDir, id), { force: true }), rm(join(tusDir, `${id}.json`), { force: true })]);

  const finish: ServerOptions['onUploadFinish'] = async (req, upload) => {
    const viewer = viewerOf(req);
    if (!viewer) throw tusError(401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload media');
    const inspector = new UploadInspector(maxBytes);
    const received = receivedKey(`tus-${upload.id}`);
    try {
      // Read once from tus's own folder on this disk, checked and fingerprinted on the way into the store media reads.
      await storage.put(
        received,
        pipeline(createReadStream(join(tusDir, upload.id)), inspector, () => {}),
      );
      const reference = signFileReference(referenceSecret, {
        id: `tus-${upload.id}`,
        ownerId: viewer.id,
        filename: upload.metadata?.filename ?? upload.id,
        mimeType: inspector.mimeType!,
        bytes: inspector.bytes,
        sha1: inspector.sha1!,
        expiresAt: Date.now() + 5 * 60_000,
      });
      const alt = upload.metadata?.alt ?? undefined;
      const response = await apollo.executeOperation(
        { query: uploadMutation, variables: { input: { file: reference, alt } } },
        {
          contextValue: {
            reqId: String(req.headers.get(REQUEST_ID_HEADER) ?? `tus-${upload.id}`),
            viewer,
            authorization: req.headers.get('authorization') ?? undefined,
          },
        },
      );
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      const media = (result?.data as { uploadMedia?: { media: { id: string } } } | null | undefined)?.uploadMedia?.media;
      if (!media) {
        const error = result?.errors?.[0];
        throw tusError(
          400,
          (error?.extensions?.code as ErrorCode | undefined) ?? ErrorCode.BAD_REQUEST,
          error?.message ?? 'Upload refused',
        );
      }
      return { status_code: 200, headers: { 'Upload-Media-Id': media.id }, body: JSON.stringify({ data: { media } }) };
    } catch (err) {
      if (err instanceof ZaffaError) {
        const { code } = err.extensions as { code: ErrorCode };
        throw tusError(
          code === ErrorCode.UNSUPPORTED_MEDIA_TYPE ? 415 : code === ErrorCode.PAYLOAD_TOO_LARGE ? 413 : 400,
          code,
          err.message,
        );
      }
      if ((err as { status_code?: number }).status_code) throw err;
      log.error({ err, upload: upload.id }, 'resumable upload could not finish');
      throw tusError(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
    } finally {
      // Refused or claimed: either way nothing of it stays behind (a claimed file has moved on to incoming/).
      await Promise.all([removeUpload(upload.id), storage.delete(received)]);
    }
  };

  const tus = new Server({
    path: '/uploads',
    datastore,
    maxSize: maxBytes,
    relativeLocation: true,
    exposedHeaders: ['Upload-Media-Id'],
    onUploadCreate: async (req, upload) => {
      const viewer = viewerOf(req);
      if (!viewer) throw tusError(401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload media');
      // Whatever the client claimed, the upload is the creator's.
      return { metadata: { ...upload.metadata, owner: viewer.id } };
    },
    onUploadFinish: finish,
  });

  /** Signed in, and (but for creation) the owner of the upload named in the path; anyone else learns nothing of it. */
  const owner: RequestHandler = async (req, res, next) => {
    // A browser's CORS preflight carries no token.
    if (req.method === 'OPTIONS') return next();
    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload media');
    if (req.method === 'GET') return sendError(res, 404, ErrorCode.NOT_FOUND, 'Not found');
    if (req.method === 'POST') return next();
    const id = req.path.split('/').filter(Boolean).at(-1) ?? '';
    const upload = /^[0-9a-f]{32}$/.test(id) ? await datastore.getUpload(id).catch(() => null) : null;
    if (upload?.metadata?.owner !== viewer.id) return sendError(res, 404, ErrorCode.NOT_FOUND, 'Upload not found');
    next();
  };

  app.all('/uploads{/*rest}', ...options.before, owner, (req, res) => {
    tus.handle(req, res).catch((err: unknown) => {
      log.error({ err }, 'resumable upload failed');
      if (!res.headersSent) sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
    });
  });
}
