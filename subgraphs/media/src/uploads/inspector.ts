import { Transform, type TransformCallback } from 'node:stream';
import { ErrorCode, ZaffaError } from '@zaffa/shared';
import { tooLarge } from './sizeLimit.ts';
import { SNIFF_BYTES, acceptedFormats, sniffImageType } from './sniff.ts';

/**
 * Passes an upload through while checking it: holds back the first bytes until their type is known
 * (refusing anything but an accepted image), and counts every byte, failing as soon as the limit is passed.
 */
export class UploadInspector extends Transform {
  readonly #limit: number;
  #head: Buffer[] = [];
  #headBytes = 0;
  bytes = 0;
  mimeType: string | null = null;

  constructor(limit: number) {
    super();
    this.#limit = limit;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.#limit) return done(tooLarge(this.#limit));
    if (this.mimeType) return done(null, chunk);
    this.#head.push(chunk);
    this.#headBytes += chunk.length;
    if (this.#headBytes < SNIFF_BYTES) return done();
    this.#release(done);
  }

  override _flush(done: TransformCallback): void {
    if (this.mimeType) return done();
    this.#release(done);
  }

  #release(done: TransformCallback): void {
    const head = Buffer.concat(this.#head);
    this.#head = [];
    sniffImageType(head).then(
      (mimeType) => {
        if (!mimeType)
          return done(
            new ZaffaError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `Only ${acceptedFormats} images are accepted; this file is not one of them`),
          );
        this.mimeType = mimeType;
        done(null, head);
      },
      (err: unknown) => done(err as Error),
    );
  }
}
