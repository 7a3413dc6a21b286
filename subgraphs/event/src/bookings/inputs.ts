import { z } from 'zod';

const id = (what: string) => z.uuid(`a ${what} id`);
const price = z.number().int('whole DZD').min(0, '0 or more').max(1_000_000_000);
const note = z.string().trim().max(2000, 'at most 2000 characters').nullish();
export const slot = z.enum(['FULL_DAY', 'AFTERNOON', 'EVENING']);
export const date = z.iso.date('a calendar date, YYYY-MM-DD');

export const requestBookingInput = z.object({
  eventId: id('event'),
  vendorId: id('vendor'),
  date,
  slot,
  guestCount: z.number().int().min(1, 'at least 1').max(100_000),
  offerId: id('offer').nullish(),
  message: z.string().trim().max(4000, 'at most 4000 characters').nullish(),
  idempotencyKey: z.string().min(1).max(200, 'at most 200 characters').nullish(),
});

export const quoteBookingInput = z.object({
  bookingId: id('booking'),
  price,
  depositPercent: z.number().int().min(0).max(100, 'at most 100'),
  holdDays: z.number().int().min(1, 'at least 1').max(60, 'at most 60'),
  note,
});

export const counterBookingInput = z.object({ bookingId: id('booking'), price, note });
export const bookingIdInput = z.object({ bookingId: id('booking') });
export const reasonInput = z.object({ bookingId: id('booking'), reason: note });

export const vendorDatesInput = z.object({
  vendorId: id('vendor'),
  dates: z.array(date).min(1, 'at least one date').max(366, 'at most 366 dates'),
  slot,
});
