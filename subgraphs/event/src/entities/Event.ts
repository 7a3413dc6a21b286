import { EntitySchema } from 'typeorm';

export type EventKind = 'WEDDING' | 'ENGAGEMENT' | 'HENNA' | 'OTHER';

export interface EventRow {
  id: string;
  ownerId: string;
  kind: EventKind;
  title: string;
  /** Calendar date as YYYY-MM-DD: a wedding day has no time zone. */
  date: string;
  createdAt: Date;
}

export const EventEntity = new EntitySchema<EventRow>({
  name: 'Event',
  tableName: 'events',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    ownerId: { type: 'uuid', name: 'owner_id' },
    kind: { type: 'text' },
    title: { type: 'text' },
    date: { type: 'date' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});
