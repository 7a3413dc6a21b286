import { EntitySchema } from 'typeorm';

export type Slot = 'FULL_DAY' | 'AFTERNOON' | 'EVENING';
export type BookingState =
  | 'INQUIRY'
  | 'QUOTED'
  | 'COUNTER_OFFER'
  | 'HELD'
  | 'CONFIRMED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'CANCELLED_BY_COUPLE'
  | 'CANCELLED_BY_VENDOR';
export type BookingActor = 'COUPLE' | 'VENDOR' | 'TIMER' | 'SYSTEM';

export interface BookingRow {
  id: string;
  eventId: string;
  /** Who asked; the event's other owner acts for the couple too. */
  coupleId: string;
  vendorId: string;
  /** YYYY-MM-DD, the day in Algeria. */
  date: string;
  slot: Slot;
  guestCount: number;
  offerId: string | null;
  /** The couple's first message, kept with the request. */
  message: string;
  state: BookingState;
  /** From the offer: base + extra guests × price per extra guest. */
  offerPrice: number | null;
  /** The price standing now: the offer's, then the vendor's quote, then the couple's counter. */
  price: number | null;
  depositPercent: number | null;
  holdDays: number | null;
  /** Bumped by every move; timer jobs carry it, so a stale one does nothing. */
  version: number;
  /** When the current state runs out by itself (expiry, completion); null in final states. */
  timerAt: Date | null;
  idempotencyKey: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const BookingEntity = new EntitySchema<BookingRow>({
  name: 'Booking',
  tableName: 'bookings',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    eventId: { type: 'uuid', name: 'event_id' },
    coupleId: { type: 'uuid', name: 'couple_id' },
    vendorId: { type: 'uuid', name: 'vendor_id' },
    date: { type: 'date' },
    slot: { type: 'text' },
    guestCount: { type: 'int', name: 'guest_count' },
    offerId: { type: 'uuid', name: 'offer_id', nullable: true },
    message: { type: 'text', default: '' },
    state: { type: 'text' },
    offerPrice: { type: 'int', name: 'offer_price', nullable: true },
    price: { type: 'int', nullable: true },
    depositPercent: { type: 'int', name: 'deposit_percent', nullable: true },
    holdDays: { type: 'int', name: 'hold_days', nullable: true },
    version: { type: 'int', default: 1 },
    timerAt: { type: 'timestamptz', name: 'timer_at', nullable: true },
    idempotencyKey: { type: 'text', name: 'idempotency_key', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});

export interface BookingMoveRow {
  id: string;
  bookingId: string;
  state: BookingState;
  actor: BookingActor;
  actorId: string | null;
  note: string | null;
  price: number | null;
  at: Date;
}

export const BookingMoveEntity = new EntitySchema<BookingMoveRow>({
  name: 'BookingMove',
  tableName: 'booking_history',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    bookingId: { type: 'uuid', name: 'booking_id' },
    state: { type: 'text' },
    actor: { type: 'text' },
    actorId: { type: 'uuid', name: 'actor_id', nullable: true },
    note: { type: 'text', nullable: true },
    price: { type: 'int', nullable: true },
    at: { type: 'timestamptz' },
  },
});

export interface VendorTermsRow {
  vendorId: string;
  ownerId: string;
  status: string;
  isHall: boolean;
  dailyCapacity: number;
  offers: { id: string; basePrice: number; includedGuests: number | null; pricePerExtraGuest: number; depositPercent: number }[];
  revision: number;
  updatedAt: Date;
}

export const VendorTermsEntity = new EntitySchema<VendorTermsRow>({
  name: 'VendorTerms',
  tableName: 'vendor_terms',
  columns: {
    vendorId: { type: 'uuid', name: 'vendor_id', primary: true },
    ownerId: { type: 'uuid', name: 'owner_id' },
    status: { type: 'text' },
    isHall: { type: 'boolean', name: 'is_hall' },
    dailyCapacity: { type: 'int', name: 'daily_capacity' },
    offers: { type: 'jsonb', default: () => `'[]'` },
    revision: { type: 'int' },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});
