import { pipeline } from 'node:stream';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { ZaffaError, incomingKey, type BlobStorage } from '@zaffa/shared';
import { UploadInspector } from './inspector.ts';
import { cutOff } from './sizeLimit.ts';

export interface ReceivedFile {
  id: string;
  mimeType: string;
  bytes: number;
}

/**
 * Streams one uploaded file into `incoming/<id>`, checked on the way (type from the first bytes, size as it
 * arrives). A refused or broken upload leaves nothing behind: the storage drops what it had half written.
 */
export async function receiveFile(storage: BlobStorage, upload: FileUpload, id: string, maxBytes: number): Promise<ReceivedFile> {
  const inspector = new UploadInspector(maxBytes);
  try {
    // The storage reads the inspector; pipeline only ties the two so an error on either side ends both.
    // Not flushed to disk before answering: a process crash loses nothing (the file is renamed into place
    // whole), and an upload lost to a power cut ends FAILED with a reason, never READY.
    await storage.put(
      incomingKey(id),
      pipeline(upload.createReadStream(), inspector, () => {}),
    );
  } catch (err) {
    if (err instanceof ZaffaError) throw err;
    throw cutOff(err, maxBytes) ?? err;
  }
  return { id, mimeType: inspector.mimeType!, bytes: inspector.bytes };
}
