import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ErrorCode, ZaffaError } from '@zaffa/shared';
import { SNIFF_BYTES, acceptedFormats, sniffImageType } from './sniff.ts';

/** The refusal of a file over `MEDIA_MAX_BYTES`, whichever check saw it first. */
export const tooLarge = (limit: number) =>
  new ZaffaError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than the limit of ${limit} bytes`, { limit });

export const notAnImage = () =>
  new ZaffaError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `Only ${acceptedFormats} images are accepted; this file is not one of them`);

/**
 * Passes an upload through while checking it: holds back the first bytes until their type is known
 * (refusing anything but an accepted image), counts every byte, failing as soon as the limit is passed,
 * and fingerprints what passes (SHA-1 of the bytes exactly as the client sent them).
 */
export class UploadInspector extends Transform {
  readonly #limit: number;
  readonly #hash = createHash('sha1');
  #head: Buffer[] = [];
  #headBytes = 0;
  bytes = 0;
  mimeType: string | null = null;
  sha1: string | null = null;

  constructor(limit: number) {
    super();
    this.#limit = limit;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.#limit) return done(tooLarge(this.#limit));
    this.#hash.update(chunk);
    if (this.mimeType) return done(null, chunk);
    this.#head.push(chunk);
    this.#headBytes += chunk.length;
    if (this.#headBytes < SNIFF_BYTES) return done();
    this.#release(done);
  }

  override _flush(done: TransformCallback): void {
    const finish: TransformCallback = (err, data) => {
      if (!err) this.sha1 = this.#hash.digest('hex');
      done(err, data);
    };
    if (this.mimeType) return finish();
    this.#release(finish);
  }

  #release(done: TransformCallback): void {
    const head = Buffer.concat(this.#head);
    this.#head = [];
    sniffImageType(head).then(
      (mimeType) => {
        if (!mimeType) return done(notAnImage());
        this.mimeType = mimeType;
        done(null, head);
      },
      (err: unknown) => done(err as Error),
    );
  }
}
