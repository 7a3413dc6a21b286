import { EntitySchema } from 'typeorm';

export type MediaTargetType = 'VENDOR_GALLERY' | 'EVENT' | 'AVATAR' | 'MESSAGE';

/** Links a media to what it illustrates; a media without one expires. */
export interface AttachmentRow {
  mediaId: string;
  targetType: MediaTargetType;
  targetId: string;
  position: number;
  createdAt: Date;
}

export const AttachmentEntity = new EntitySchema<AttachmentRow>({
  name: 'Attachment',
  tableName: 'attachments',
  columns: {
    mediaId: { type: 'uuid', name: 'media_id', primary: true },
    targetType: { type: 'text', name: 'target_type', primary: true },
    targetId: { type: 'uuid', name: 'target_id', primary: true },
    position: { type: 'int' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});
