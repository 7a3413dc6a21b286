export { isStorageKey, type BlobStorage, type ByteRange } from './blobStorage.ts';
export { LocalDiskStorage, storageRoot } from './localDisk.ts';
export { incomingKey, blobKey, isBlobKey, blobMimeTypes } from './keys.ts';
