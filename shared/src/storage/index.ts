export { isStorageKey, type BlobStorage, type ByteRange } from './blobStorage.ts';
export { LocalDiskStorage, storageRoot } from './localDisk.ts';
export { receivedKey, incomingKey, blobKey, isBlobKey, blobMimeTypes } from './keys.ts';
export { signFileReference, verifyFileReference, type FileReference } from './fileReference.ts';
