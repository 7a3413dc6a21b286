import { EntitySchema } from 'typeorm';

export interface ReviewRow {
  id: string;
  vendorId: string;
  authorId: string;
  /** The completed booking it reviews; null for reviews imported from the old platform. */
  bookingId: string | null;
  rating: number;
  body: string;
  quality: number | null;
  responsiveness: number | null;
  value: number | null;
  professionalism: number | null;
  reply: string | null;
  repliedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  hiddenBy: string | null;
  imported: boolean;
  createdAt: Date;
}

export const ReviewEntity = new EntitySchema<ReviewRow>({
  name: 'Review',
  tableName: 'reviews',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    vendorId: { type: 'uuid', name: 'vendor_id' },
    authorId: { type: 'uuid', name: 'author_id' },
    bookingId: { type: 'uuid', name: 'booking_id', nullable: true },
    rating: { type: 'smallint' },
    body: { type: 'text', default: '' },
    quality: { type: 'smallint', nullable: true },
    responsiveness: { type: 'smallint', nullable: true },
    value: { type: 'smallint', nullable: true },
    professionalism: { type: 'smallint', nullable: true },
    reply: { type: 'text', nullable: true },
    repliedAt: { type: 'timestamptz', name: 'replied_at', nullable: true },
    hiddenAt: { type: 'timestamptz', name: 'hidden_at', nullable: true },
    hiddenReason: { type: 'text', name: 'hidden_reason', nullable: true },
    hiddenBy: { type: 'uuid', name: 'hidden_by', nullable: true },
    imported: { type: 'boolean', default: false },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});
