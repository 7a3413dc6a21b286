export { isStorageKey, type BlobStorage, type ByteRange } from './blobStorage.ts';
export { LocalDiskStorage, storageRoot } from './localDisk.ts';
export { S3Storage, type S3StorageOptions } from './s3.ts';
export { openBlobStorage, type StorageConfig } from './fromConfig.ts';
export { incomingKey, blobKey, isBlobKey, blobMimeTypes } from './keys.ts';
