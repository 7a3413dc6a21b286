import { ErrorCode, ZaffaError, isUuid, notFound, parseInput, unauthenticated, type Viewer } from '@zaffa/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { ownsEvent } from '../entities/Event.ts';
import { eventOfOwner } from '../guests/owners.ts';
import { fillLineFromBooking } from './fromBooking.ts';
import { addLineInput, paymentInput, updateLineInput } from './inputs.ts';
import { lineColumns, paymentColumns, type BudgetLineRow, type BudgetPaymentRow } from './rows.ts';

/** More lines than any wedding needs; it keeps `Event.budgetLines` a plain list. */
export const MAX_LINES_PER_EVENT = 300;

export async function lineById(m: DataSource | EntityManager, id: string): Promise<BudgetLineRow | null> {
  const [line] = await m.query(`SELECT ${lineColumns} FROM budget_lines l WHERE l.id = $1`, [id]);
  return line ?? null;
}

export const linesOf = (db: DataSource, eventId: string): Promise<BudgetLineRow[]> =>
  db.query(`SELECT ${lineColumns} FROM budget_lines l WHERE l.event_id = $1 ORDER BY l.category, l.created_at, l.id`, [eventId]);

export const paymentsOf = (db: DataSource, lineId: string): Promise<BudgetPaymentRow[]> =>
  db.query(`SELECT ${paymentColumns} FROM budget_payments p WHERE p.line_id = $1 ORDER BY p.paid_on, p.created_at, p.id`, [lineId]);

/** The line, locked, when the viewer owns its event; anyone else's answers like a missing one. */
async function ownedLine(m: EntityManager, viewer: Viewer | null, id: string): Promise<BudgetLineRow> {
  if (!viewer) throw unauthenticated();
  const [line] = isUuid(id) ? await m.query(`SELECT id, event_id FROM budget_lines WHERE id = $1 FOR UPDATE`, [id]) : [];
  const [event] = line
    ? await m.query(`SELECT owner_id AS "ownerId", partner_id AS "partnerId" FROM events WHERE id = $1`, [line.event_id])
    : [];
  if (!line || !event || !ownsEvent(event, viewer.id)) throw notFound('Budget line');
  return (await lineById(m, id))!;
}

export async function addBudgetLine(db: DataSource, viewer: Viewer | null, raw: unknown): Promise<BudgetLineRow> {
  const input = parseInput(addLineInput, raw);
  return db.transaction(async (m) => {
    const event = await eventOfOwner(m, viewer, input.eventId);
    await m.query(`SELECT 1 FROM events WHERE id = $1 FOR UPDATE`, [event.id]);
    const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM budget_lines WHERE event_id = $1`, [event.id]);
    if (count >= MAX_LINES_PER_EVENT)
      throw new ZaffaError(ErrorCode.BAD_USER_INPUT, `A budget has at most ${MAX_LINES_PER_EVENT} lines`, { field: 'eventId' });
    if (input.bookingId) {
      const [booking] = isUuid(input.bookingId) ? await m.query(`SELECT event_id FROM bookings WHERE id = $1`, [input.bookingId]) : [];
      if (!booking || booking.event_id !== event.id) throw notFound('Booking');
      const [taken] = await m.query(`SELECT id FROM budget_lines WHERE booking_id = $1`, [input.bookingId]);
      if (taken)
        throw new ZaffaError(ErrorCode.CONFLICT, 'This booking already fills another line of the budget', {
          field: 'bookingId',
          lineId: taken.id,
        });
    }
    const [{ id }] = await m.query(
      `INSERT INTO budget_lines (event_id, category, label, planned, booking_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [event.id, input.category, input.label, input.planned, input.bookingId ?? null],
    );
    // A linked booking's quote and deposit show at once; its later moves come through its jobs.
    if (input.bookingId) await fillLineFromBooking(m, input.bookingId);
    return (await lineById(m, id))!;
  });
}

export async function updateBudgetLine(db: DataSource, viewer: Viewer | null, raw: unknown): Promise<BudgetLineRow> {
  const input = parseInput(updateLineInput, raw);
  return db.transaction(async (m) => {
    const line = await ownedLine(m, viewer, input.id);
    await m.query(`UPDATE budget_lines SET category = $2, label = $3, planned = $4 WHERE id = $1`, [
      line.id,
      input.category ?? line.category,
      input.label ?? line.label,
      input.planned ?? line.planned,
    ]);
    return (await lineById(m, line.id))!;
  });
}

export async function removeBudgetLine(db: DataSource, viewer: Viewer | null, raw: { id: string }): Promise<string> {
  return db.transaction(async (m) => {
    const line = await ownedLine(m, viewer, raw.id);
    await m.query(`DELETE FROM budget_lines WHERE id = $1`, [line.id]);
    return line.id;
  });
}

export async function recordPayment(db: DataSource, viewer: Viewer | null, raw: unknown) {
  const input = parseInput(paymentInput, raw);
  return db.transaction(async (m) => {
    const line = await ownedLine(m, viewer, input.lineId);
    const [payment]: BudgetPaymentRow[] = await m.query(
      `INSERT INTO budget_payments AS p (line_id, amount, paid_on, note) VALUES ($1, $2, $3, $4) RETURNING ${paymentColumns}`,
      [line.id, input.amount, input.paidOn, input.note ?? null],
    );
    return { line: (await lineById(m, line.id))!, payment: payment! };
  });
}
