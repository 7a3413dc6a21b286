import { EntitySchema } from 'typeorm';

export type MediaStatus = 'PENDING' | 'READY' | 'FAILED';

export interface MediaRow {
  id: string;
  ownerId: string;
  status: MediaStatus;
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  /** Hex SHA-1 of the content; also the stored blob's name, so equal content is stored once. */
  sha1: string | null;
  tags: string[];
  alt: string | null;
  failureReason: string | null;
  createdAt: Date;
}

export const MediaEntity = new EntitySchema<MediaRow>({
  name: 'Media',
  tableName: 'media',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    ownerId: { type: 'uuid', name: 'owner_id' },
    status: { type: 'text', default: 'PENDING' },
    mimeType: { type: 'text', name: 'mime_type' },
    bytes: { type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } },
    width: { type: 'int', nullable: true },
    height: { type: 'int', nullable: true },
    sha1: { type: 'text', nullable: true },
    tags: { type: 'text', array: true, default: () => `'{}'` },
    alt: { type: 'text', nullable: true },
    failureReason: { type: 'text', name: 'failure_reason', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});
