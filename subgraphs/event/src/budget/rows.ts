export type BudgetCategory =
  | 'VENUE'
  | 'CATERING'
  | 'PHOTO_VIDEO'
  | 'MUSIC'
  | 'ATTIRE'
  | 'BEAUTY'
  | 'DECORATION'
  | 'CAKE'
  | 'TRANSPORT'
  | 'INVITATIONS'
  | 'JEWELRY'
  | 'OTHER';

/** A line of an event's budget with what was paid against it; amounts in whole DZD. */
export interface BudgetLineRow {
  id: string;
  eventId: string;
  category: BudgetCategory;
  label: string;
  planned: number;
  bookingId: string | null;
  /** The booking's state when its last move reached the budget. */
  bookingState: string | null;
  quoted: number | null;
  deposit: number | null;
  paid: number;
  createdAt: Date;
}

export const lineColumns = `l.id, l.event_id AS "eventId", l.category, l.label, l.planned, l.booking_id AS "bookingId",
  l.booking_state AS "bookingState", l.quoted, l.deposit, l.created_at AS "createdAt",
  (SELECT coalesce(sum(p.amount), 0)::int FROM budget_payments p WHERE p.line_id = l.id) AS paid`;

export interface BudgetPaymentRow {
  id: string;
  lineId: string;
  amount: number;
  paidOn: string;
  note: string | null;
}

export const paymentColumns = `p.id, p.line_id AS "lineId", p.amount, to_char(p.paid_on, 'YYYY-MM-DD') AS "paidOn", p.note`;

const committedStates = new Set(['CONFIRMED', 'COMPLETED']);

/** Committed: a confirmed booking's price, or what was paid if that is more (money paid is spent either way). */
export const committedOf = (line: BudgetLineRow) =>
  line.bookingState && committedStates.has(line.bookingState) ? Math.max(line.quoted ?? 0, line.paid) : line.paid;

/** The surest figure known for a line: committed, else the quote, else the plan (never less than committed). */
export const projectedOf = (line: BudgetLineRow) => Math.max(committedOf(line), line.quoted ?? line.planned);
