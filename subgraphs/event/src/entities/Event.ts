import { EntitySchema } from 'typeorm';

export type EventKind = 'WEDDING' | 'ENGAGEMENT' | 'HENNA' | 'OTHER';

export interface EventRow {
  id: string;
  ownerId: string;
  /** The partner who accepted the owner's invitation: a co-owner with the same rights. */
  partnerId: string | null;
  kind: EventKind;
  title: string;
  /** Calendar date as YYYY-MM-DD: a wedding day has no time zone. */
  date: string;
  /** The commune where it takes place. */
  placeId: string | null;
  guestCount: number | null;
  /** Whole DZD; only the event's owners ever see it. */
  budget: number | null;
  createdAt: Date;
}

export const EventEntity = new EntitySchema<EventRow>({
  name: 'Event',
  tableName: 'events',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    ownerId: { type: 'uuid', name: 'owner_id' },
    partnerId: { type: 'uuid', name: 'partner_id', nullable: true },
    kind: { type: 'text' },
    title: { type: 'text' },
    date: { type: 'date' },
    placeId: { type: 'uuid', name: 'place_id', nullable: true },
    guestCount: { type: 'int', name: 'guest_count', nullable: true },
    budget: { type: 'int', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});

/** Both owners see and change everything of their event; staff see any. */
export const ownsEvent = (event: Pick<EventRow, 'ownerId' | 'partnerId'>, userId: string) =>
  event.ownerId === userId || event.partnerId === userId;
