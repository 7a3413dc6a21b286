import { EntitySchema } from 'typeorm';

export type MediaStatus = 'PENDING' | 'READY' | 'FAILED';

/** One stored file of a media: the cleaned full-size original, or a smaller copy. `key` is its storage key. */
export interface StoredVariant {
  name: string;
  width: number;
  height: number;
  mimeType: string;
  bytes: number;
  key: string;
}

export interface MediaRow {
  id: string;
  ownerId: string;
  status: MediaStatus;
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  /** Hex SHA-1 of the stored original; also its blob's name, so equal content is stored once. */
  sha1: string | null;
  /**
   * Hex SHA-1 of the bytes as the client sent them (the API's `Media.sha1`), known from the upload on: a second
   * upload of the same bytes reuses the first one's work, and `mediaByChecksum` finds it.
   */
  sourceSha1: string | null;
  /** The original first, then the smaller copies; empty until processed. */
  variants: StoredVariant[];
  blurhash: string | null;
  tags: string[];
  alt: string | null;
  failureReason: string | null;
  createdAt: Date;
  processedAt: Date | null;
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
    sourceSha1: { type: 'text', name: 'source_sha1', nullable: true },
    variants: { type: 'jsonb', default: () => `'[]'` },
    blurhash: { type: 'text', nullable: true },
    tags: { type: 'text', array: true, default: () => `'{}'` },
    alt: { type: 'text', nullable: true },
    failureReason: { type: 'text', name: 'failure_reason', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
    processedAt: { type: 'timestamptz', name: 'processed_at', nullable: true },
  },
});
