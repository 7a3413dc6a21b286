export { isStorageKey, type BlobStorage, type ByteRange } from './blobStorage.ts';
export { LocalDiskStorage, storageRoot } from './localDisk.ts';
export { S3Storage, type S3StorageOptions } from './s3.ts';
export { openBlobStorage, type StorageConfig } from './fromConfig.ts';
export { receivedKey, incomingKey, blobKey, isBlobKey, blobMimeTypes } from './keys.ts';
export { signFileReference, verifyFileReference, type FileReference } from './fileReference.ts';
export { sealDownloadGrant, openDownloadGrant, type DownloadGrant, type GrantedFile } from './downloadGrant.ts';
