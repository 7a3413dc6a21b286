export { media } from './subgraph.ts';
export { MediaEntity, type MediaRow, type StoredVariant } from './entities/Media.ts';
export { AttachmentEntity, type AttachmentRow } from './entities/Attachment.ts';
export { migrations as mediaMigrations } from './migrations/index.ts';
export { processJobId } from './uploads/processJobId.ts';
export { mediaStatusTopic, publishMediaStatus } from './statusEvents.ts';
export { mediaConfig, mediaJobsConfig } from './config.ts';
export { seedTargets } from './seedTargets.ts';
export type { TargetFacts } from './jobs/learnTarget.ts';
