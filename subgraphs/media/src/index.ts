export { media } from './subgraph.ts';
export { MediaEntity, type MediaRow } from './entities/Media.ts';
export { AttachmentEntity, type AttachmentRow } from './entities/Attachment.ts';
