import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { pipeline, Transform, type Readable } from 'node:stream';
import { isStorageKey, type BlobStorage, type ByteRange } from './blobStorage.ts';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Any S3-compatible store (MinIO, Ceph...); AWS itself when absent. */
  endpoint?: string;
  /** `bucket` in the path rather than the host name, as MinIO and most self-hosted stores want. */
  forcePathStyle?: boolean;
  /** Otherwise the SDK's own chain (environment, instance role...). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Size of each part of a multipart upload; at most `queueSize` parts are in memory at once. */
  partSize?: number;
  queueSize?: number;
}

const missing = (err: unknown): boolean =>
  err instanceof S3ServiceException && (err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata.httpStatusCode === 404);

/**
 * Blobs as objects in one bucket, under the same keys as on disk. An object appears only once its
 * upload completes (a failed multipart upload is aborted), so readers never see half of one.
 */
export class S3Storage implements BlobStorage {
  readonly client: S3Client;
  readonly bucket: string;
  readonly #partSize: number;
  readonly #queueSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      // Only when an operation asks for one: third-party stores reject the SDK's default CRC32 trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.#partSize = options.partSize ?? 8 * 1024 * 1024;
    this.#queueSize = options.queueSize ?? 2;
  }

  #key(key: string): string {
    if (!isStorageKey(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
    return key;
  }

  /** Streams the body in parts: one PUT when it fits in a part, a multipart upload otherwise. `durable` is always so. */
  async put(key: string, body: Readable | Uint8Array): Promise<{ bytes: number }> {
    const Key = this.#key(key);
    let bytes = 0;
    let bodyError: unknown;
    let source: Uint8Array | Readable;
    if (body instanceof Uint8Array) {
      source = body;
      bytes = body.byteLength;
    } else {
      // Counts what passes on to the SDK; the body's own failure reaches the upload, which then aborts.
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      source = pipeline(body, counter, (err) => (bodyError ??= err));
    }
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key, Body: source },
      partSize: this.#partSize,
      queueSize: this.#queueSize,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (err) {
      // The body's failure is the story, not the abort's answer to it.
      throw bodyError ?? err;
    }
    return { bytes };
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.#key(key) }));
      return { size: head.ContentLength ?? 0 };
    } catch (err) {
      if (missing(err)) return null;
      throw err;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.#key(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      return object.Body as Readable;
    } catch (err) {
      if (missing(err)) return null;
      throw err;
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.#key(key) }));
  }

  /** A copy, then the original removed: S3 has no rename. Not atomic, but a reader sees either key whole. */
  async move(from: string, to: string): Promise<boolean> {
    try {
      await this.client.send(
        new CopyObjectCommand({ Bucket: this.bucket, CopySource: `${this.bucket}/${this.#key(from)}`, Key: this.#key(to) }),
      );
    } catch (err) {
      if (missing(err)) return false;
      throw err;
    }
    await this.delete(from);
    return true;
  }
}
