import { EntitySchema } from 'typeorm';

export interface ReviewRow {
  id: string;
  vendorId: string;
  authorId: string;
  rating: number;
  body: string;
  createdAt: Date;
}

export const ReviewEntity = new EntitySchema<ReviewRow>({
  name: 'Review',
  tableName: 'reviews',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    vendorId: { type: 'uuid', name: 'vendor_id' },
    authorId: { type: 'uuid', name: 'author_id' },
    rating: { type: 'smallint' },
    body: { type: 'text', default: '' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});
