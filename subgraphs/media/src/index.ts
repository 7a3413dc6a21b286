export { media } from './subgraph.ts';
export { MediaEntity, type MediaRow, type StoredVariant } from './entities/Media.ts';
export { AttachmentEntity, type AttachmentRow } from './entities/Attachment.ts';
export { migrations as mediaMigrations } from './migrations/index.ts';
export { mediaConfig, mediaJobsConfig } from './config.ts';
