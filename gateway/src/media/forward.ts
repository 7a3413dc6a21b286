import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { json } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import Upload from 'graphql-upload/Upload.mjs';
import { inArrivalOrder } from '@zaffa/shared';
import type { GatewayContext } from '../context.ts';
import { cutOff } from './sizeLimit.ts';

interface FoundUpload {
  path: string;
  upload: Upload;
}

/** True when a subgraph request's variables carry files, so it must go out as a multipart request. */
export function hasUploads(value: unknown): boolean {
  if (value instanceof Upload) return true;
  if (value && typeof value === 'object') return Object.values(value).some(hasUploads);
  return false;
}

/** The variables with each file replaced by null, as the multipart spec's `operations` field wants, and where each was. */
function extractUploads(value: unknown, path: string, found: FoundUpload[]): unknown {
  if (value instanceof Upload) {
    found.push({ path, upload: value });
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => extractUploads(v, `${path}.${i}`, found));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, extractUploads(v, `${path}.${k}`, found)]));
  return value;
}

const quoted = (name: string) => name.replace(/["\\\r\n]/g, '_');

/**
 * Sends one subgraph request with files as a GraphQL multipart request, streaming each file from the
 * client's request into the subgraph's: neither side ever holds a whole file. Headers are the data
 * source's own (`willSendRequest`), plus the preflight header the subgraph's CSRF prevention asks for.
 */
export async function forwardUploads(
  source: RemoteGraphQLDataSource<GatewayContext>,
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
): Promise<GatewayGraphQLResponse> {
  const { request } = options;
  const found: FoundUpload[] = [];
  const variables = extractUploads(request.variables, 'variables', found);
  const headers = new Headers();
  request.http = { method: 'POST', url: source.url, headers };
  await source.willSendRequest?.(options);
  const boundary = `zaffa-${randomUUID()}`;
  headers.set('content-type', `multipart/form-data; boundary=${boundary}`);
  headers.set('apollo-require-preflight', 'true');

  let fileError: unknown;
  async function* body(): AsyncGenerator<Uint8Array> {
    const field = (name: string, value: string) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
    yield field(
      'operations',
      JSON.stringify({ query: request.query, operationName: request.operationName, variables, extensions: request.extensions }),
    );
    yield field('map', JSON.stringify(Object.fromEntries(found.map((f, i) => [String(i), [f.path]]))));
    // In the order the client sends them: each file is read once, straight from the client's request.
    for await (const [i, file] of inArrivalOrder(found.map((f) => f.upload.promise))) {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${i}"; filename="${quoted(file.filename)}"\r\nContent-Type: ${quoted(file.mimetype)}\r\n\r\n`,
      );
      try {
        for await (const chunk of file.createReadStream()) yield chunk as Buffer;
      } catch (err) {
        fileError = err;
        throw err;
      }
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }

  try {
    return (await post(source.url, Object.fromEntries(headers), Readable.from(body()))) as GatewayGraphQLResponse;
  } catch (err) {
    throw cutOff(fileError) ?? err;
  }
}

/** Pooled connections to the subgraphs for uploads, which go out through node:http for its plain stream backpressure. */
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/**
 * POSTs a streamed body and reads the JSON answer; the subgraph answers GraphQL errors (413 and 401
 * included) as JSON, passed on as they are. A subgraph that cannot be reached fails like fetch does
 * (a TypeError), so the data source names it unavailable as for any other request.
 */
function post(url: string, headers: Record<string, string>, body: Readable): Promise<unknown> {
  const secure = url.startsWith('https:');
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(url, { method: 'POST', headers, agent: secure ? agents.https : agents.http }, (res) => {
      json(res).then(resolve, reject);
    });
    req.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ECONNREFUSED' || err.code === 'ECONNRESET' ? new TypeError('fetch failed', { cause: err }) : err),
    );
    pipeline(body, req).catch(reject);
  });
}
