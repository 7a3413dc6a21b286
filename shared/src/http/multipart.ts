import busboy from 'busboy';
import type { RequestHandler } from 'express';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import Upload from 'graphql-upload/Upload.mjs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { ErrorCode } from '../errors.ts';
import { sendError } from './sendError.ts';

const specUrl = 'https://github.com/jaydenseric/graphql-multipart-request-spec';

/** A refusal of the whole request, with the HTTP status it deserves. */
export class MultipartError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export interface MultipartLimits {
  /** Bytes in one file; past it the file's stream fails with a 413 `MultipartError`. */
  maxFileSize: number;
  maxFiles: number;
  /** Bytes in the `operations` and `map` fields. */
  maxFieldSize?: number;
}

/** Puts `value` at a dotted `path` of the operations, refusing paths that do not lead into them. */
function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: unknown = target;
  for (const [i, key] of keys.entries()) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype' || !node || typeof node !== 'object') break;
    if (i === keys.length - 1) {
      (node as Record<string, unknown>)[key] = value;
      return;
    }
    node = (node as Record<string, unknown>)[key];
  }
  throw new MultipartError(400, `Invalid object path ‘${path}’ in the ‘map’ multipart field (${specUrl}).`);
}

/**
 * Parses a GraphQL multipart request like graphql-upload's `processRequest`, but hands each file's own
 * stream to its consumer instead of copying it to a temporary file first: bytes flow from the socket to
 * wherever the resolver (or the gateway's forwarder) sends them, with backpressure all the way, and a
 * file is read once. Files must therefore be read in the order they arrive; whatever is left unread when
 * the response ends is drained so the connection stays usable.
 */
export function processStreamingRequest(
  request: IncomingMessage,
  response: ServerResponse,
  limits: MultipartLimits,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8',
      limits: { fieldSize: limits.maxFieldSize ?? 1_000_000, fields: 2, fileSize: limits.maxFileSize, files: limits.maxFiles },
    });
    let operations: Record<string, unknown> | undefined;
    let uploads: Map<string, Upload> | undefined;
    const streams = new Set<Readable>();
    let failed: Error | undefined;
    let draining = false;

    const drain = (stream: Readable) => {
      stream.on('error', () => {});
      stream.resume();
    };

    const exit = (error: Error) => {
      if (failed) return;
      failed = error;
      for (const upload of uploads?.values() ?? []) if (!upload.file) upload.reject(error);
      for (const stream of streams) stream.destroy(error);
      request.unpipe(parser);
      parser.destroy();
      setImmediate(() => request.resume());
      reject(error);
    };

    parser.on('field', (name, value, { valueTruncated }) => {
      if (valueTruncated) return exit(new MultipartError(413, `The ‘${name}’ multipart field is too large.`));
      if (name === 'operations') {
        try {
          operations = JSON.parse(value) as Record<string, unknown>;
        } catch {
          return exit(new MultipartError(400, `Invalid JSON in the ‘operations’ multipart field (${specUrl}).`));
        }
        if (!operations || typeof operations !== 'object' || Array.isArray(operations))
          return exit(new MultipartError(400, `Invalid ‘operations’ multipart field (${specUrl}).`));
      } else if (name === 'map') {
        if (!operations)
          return exit(new MultipartError(400, `Misordered multipart fields; ‘map’ should follow ‘operations’ (${specUrl}).`));
        let map: unknown;
        try {
          map = JSON.parse(value);
        } catch {
          return exit(new MultipartError(400, `Invalid JSON in the ‘map’ multipart field (${specUrl}).`));
        }
        if (!map || typeof map !== 'object' || Array.isArray(map))
          return exit(new MultipartError(400, `Invalid ‘map’ multipart field (${specUrl}).`));
        const entries = Object.entries(map);
        if (entries.length > limits.maxFiles) return exit(new MultipartError(413, `At most ${limits.maxFiles} files per request.`));
        uploads = new Map();
        try {
          for (const [field, paths] of entries) {
            if (!Array.isArray(paths)) throw new MultipartError(400, `Invalid ‘map’ entry ‘${field}’ (${specUrl}).`);
            const upload = new Upload();
            uploads.set(field, upload);
            for (const path of paths) setAtPath(operations, String(path), upload);
          }
        } catch (err) {
          return exit(err as Error);
        }
        resolve(operations);
      }
    });

    parser.on('file', (field, stream, { filename, encoding, mimeType }) => {
      const upload = uploads?.get(field);
      if (!upload || draining || failed) {
        drain(stream);
        if (!uploads) exit(new MultipartError(400, `Misordered multipart fields; files should follow ‘map’ (${specUrl}).`));
        return;
      }
      streams.add(stream);
      stream.once('close', () => streams.delete(stream));
      stream.once('limit', () => stream.destroy(new MultipartError(413, `The file is larger than ${limits.maxFileSize} bytes.`)));
      let taken = false;
      const file: FileUpload = {
        filename: filename ?? field,
        mimetype: mimeType,
        encoding,
        createReadStream: () => {
          if (taken) throw new Error(`The file ‘${filename}’ can be read only once`);
          taken = true;
          return stream;
        },
      };
      upload.resolve(file);
    });

    parser.once('filesLimit', () => exit(new MultipartError(413, `At most ${limits.maxFiles} files per request.`)));
    parser.once('error', (err: Error) => exit(err));
    parser.once('finish', () => {
      request.unpipe(parser);
      request.resume();
      if (!operations || !uploads)
        return exit(new MultipartError(400, `Missing multipart field ‘${operations ? 'map' : 'operations'}’ (${specUrl}).`));
      for (const upload of uploads.values()) if (!upload.file) upload.reject(new MultipartError(400, 'File missing in the request.'));
    });

    // Once answered, nobody will read what is left: let it flow to nowhere.
    response.once('close', () => {
      draining = true;
      for (const stream of streams) drain(stream);
      for (const upload of uploads?.values() ?? [])
        if (!upload.file) upload.reject(new MultipartError(400, 'The response was sent before this file arrived.'));
    });
    request.once('close', () => {
      if (!request.readableEnded) exit(new MultipartError(499, 'The request ended before its files did.'));
    });
    request.pipe(parser);
  });
}

/**
 * Express middleware for GraphQL multipart requests: `req.body` becomes the operations with each file as an
 * `Upload`, whose stream is the request's own. Malformed requests are answered as GraphQL errors.
 */
export function multipartUploads(limits: MultipartLimits): RequestHandler {
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    processStreamingRequest(req, res, limits).then(
      (operations) => {
        req.body = operations;
        next();
      },
      (err: Error) => {
        const status = err instanceof MultipartError ? err.status : 400;
        if (res.headersSent || status === 499) return;
        const message = err instanceof MultipartError ? err.message : 'Malformed multipart request';
        sendError(res, status, status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST, message);
      },
    );
  };
}

/** Yields each promise's value with its index as soon as it settles, whatever the order: files arrive in the client's order, not the schema's. */
export async function* inArrivalOrder<T>(promises: readonly Promise<T>[]): AsyncGenerator<[number, T]> {
  const pending = new Map(promises.map((p, i) => [i, p.then((value) => [i, value] as [number, T])]));
  while (pending.size > 0) {
    const [i, value] = await Promise.race(pending.values());
    pending.delete(i);
    yield [i, value];
  }
}
