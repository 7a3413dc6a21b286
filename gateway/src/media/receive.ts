import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { ErrorCode, ZaffaError, receivedKey, type BlobStorage } from '@zaffa/shared';
import { UploadInspector } from './inspector.ts';
import { cutOff } from './sizeLimit.ts';

export interface ReceivedFile {
  id: string;
  mimeType: string;
  bytes: number;
  sha1: string;
}

/** A file part whose client stopped sending for too long: it gives its slot back instead of holding it. */
export const idle = (ms: number) => new ZaffaError(ErrorCode.BAD_REQUEST, `No bytes of the file arrived for ${ms} ms; upload it again`);

/**
 * Streams one uploaded file into `received/<id>` of the shared store, checked on the way (type from the first
 * bytes, size as it arrives, SHA-1 of what arrives). A refused, stalled or broken upload leaves nothing: the
 * storage drops what it had half written.
 */
export async function receiveFile(storage: BlobStorage, file: Readable, maxBytes: number, idleMs: number): Promise<ReceivedFile> {
  const id = randomUUID();
  const inspector = new UploadInspector(maxBytes);
  const timer = setTimeout(() => file.destroy(idle(idleMs)), idleMs);
  file.on('data', () => timer.refresh());
  try {
    // The storage reads the inspector; pipeline only ties the two so an error on either side ends both.
    await storage.put(
      receivedKey(id),
      pipeline(file, inspector, () => {}),
    );
  } catch (err) {
    if (err instanceof ZaffaError) throw err;
    throw cutOff(err, maxBytes) ?? err;
  } finally {
    clearTimeout(timer);
  }
  return { id, mimeType: inspector.mimeType!, bytes: inspector.bytes, sha1: inspector.sha1! };
}
