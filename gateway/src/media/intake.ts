import type { RequestHandler, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import Upload from 'graphql-upload/Upload.mjs';
import type { Registry } from 'prom-client';
import {
  ErrorCode,
  MultipartError,
  ZaffaError,
  inArrivalOrder,
  processStreamingRequest,
  receivedKey,
  sendError,
  signFileReference,
  type BlobStorage,
  type Logger,
  type Viewer,
} from '@zaffa/shared';
import { uploadAdmission, type AdmissionOptions } from './admission.ts';
import { receiveFile, type ReceivedFile } from './receive.ts';
import { multipartLimits } from './sizeLimit.ts';
import { pointsToUpload } from './uploadPaths.ts';

export interface UploadIntakeOptions {
  storage: BlobStorage;
  /** Signs the references media accepts in place of files. */
  referenceSecret: string;
  maxBytes: number;
  maxFiles: number;
  /** Largest `operations` or `map` field: the JSON body limit. */
  maxFieldBytes: number;
  /** How long a file part may send nothing before it is dropped. */
  idleMs: number;
  admission: AdmissionOptions;
  /** The graph's API schema, to tell which variables take files. */
  schema: () => GraphQLSchema | undefined;
  registry: Registry;
  log: Logger;
}

/** How long media has to claim a received file once the gateway hands it over. */
const REFERENCE_TTL_MS = 5 * 60_000;

const statusOf = (code: unknown) => (code === ErrorCode.PAYLOAD_TOO_LARGE ? 413 : code === ErrorCode.UNSUPPORTED_MEDIA_TYPE ? 415 : 400);

/** Every file of the operations with the paths it was mapped to. */
function uploadsIn(value: unknown, path: string, found: Map<Upload, string[]>): void {
  if (value instanceof Upload) found.set(value, [...(found.get(value) ?? []), path]);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) uploadsIn(child, `${path}.${key}`, found);
}

/** The operations with each file replaced by its signed reference. */
function withReferences(value: unknown, references: Map<Upload, string>): unknown {
  if (value instanceof Upload) return references.get(value);
  if (Array.isArray(value)) return value.map((v) => withReferences(v, references));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withReferences(v, references)]));
  return value;
}

/**
 * Takes GraphQL multipart requests on `/graphql`. Before a byte of a file is read: requests without Apollo's
 * CSRF preflight header or a signed-in user are refused, then each waits its turn (`admission.ts`), then a
 * `map` entry that points to no `Upload` of the operation is refused. Then each file streams, checked and
 * fingerprinted, into `received/` of the store the gateway shares with media (`receive.ts`), and the
 * operation goes on through the graph like any other, each file replaced by a signed reference that media
 * claims. Whatever media did not claim is removed once the request is answered, refused or abandoned.
 */
export function uploadIntake(options: UploadIntakeOptions): RequestHandler[] {
  const { storage, maxBytes, maxFiles, maxFieldBytes, idleMs } = options;
  const guard: RequestHandler = (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) {
      return sendError(res, 400, ErrorCode.BAD_REQUEST, 'Multipart requests need an `Apollo-Require-Preflight` header (CSRF prevention)');
    }
    // The bearer token was verified before (shields/authenticate.ts); uploads need someone behind it.
    if (!res.locals.viewer) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload media');
    next();
  };

  const refuse = (res: Response, err: unknown) => {
    if (res.headersSent || res.closed) return;
    if (err instanceof ZaffaError) {
      const { code, ...extra } = err.extensions as { code: ErrorCode };
      return sendError(res, statusOf(code), code, err.message, extra);
    }
    if (err instanceof MultipartError) {
      if (err.status === 499) return;
      return sendError(res, err.status, err.status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST, err.message);
    }
    options.log.error({ err }, 'upload intake failed');
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };

  const receive: RequestHandler = async (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    const received: ReceivedFile[] = [];
    const removeReceived = () => Promise.all(received.map((r) => storage.delete(receivedKey(r.id))));
    let gone = false;
    res.once('close', () => {
      gone = true;
      removeReceived().catch((err: unknown) => options.log.warn({ err }, 'could not remove a received upload'));
    });

    let operations: Record<string, unknown>;
    try {
      operations = await processStreamingRequest(req, res, multipartLimits(maxBytes, maxFiles, maxFieldBytes));
    } catch (err) {
      return refuse(res, err);
    }
    const found = new Map<Upload, string[]>();
    uploadsIn(operations.variables, 'variables', found);
    const schema = options.schema();
    for (const path of [...found.values()].flat()) {
      if (!schema || !pointsToUpload(schema, operations, path))
        return refuse(res, new MultipartError(400, `The ‘map’ entry for ‘${path}’ points to no Upload variable of the operation.`));
    }

    const uploads = [...found.keys()];
    const references = new Map<Upload, string>();
    const viewer = res.locals.viewer as Viewer;
    try {
      // In the order the client sends them: each file is read once, straight from the client's request.
      for await (const [i, file] of inArrivalOrder(uploads.map((u) => u.promise))) {
        const got = await receiveFile(storage, file.createReadStream(), maxBytes, idleMs);
        received.push(got);
        if (gone) await storage.delete(receivedKey(got.id));
        const reference = { ...got, ownerId: viewer.id, filename: file.filename, expiresAt: Date.now() + REFERENCE_TTL_MS };
        references.set(uploads[i]!, signFileReference(options.referenceSecret, reference));
      }
    } catch (err) {
      await removeReceived();
      return refuse(res, err);
    }
    // Its client left while it was arriving: nobody waits for this upload, so it is not processed.
    if (gone) return;
    req.body = withReferences(operations, references);
    next();
  };

  // Admission after the guard (it needs the viewer) and before anything reads the body.
  return [guard, uploadAdmission(options.admission, options.registry), receive];
}
