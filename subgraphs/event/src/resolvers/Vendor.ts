import { badInput } from '@zaffa/shared';
import { z } from 'zod';
import type { VendorResolvers } from '../__generated__/resolvers-types.ts';
import { daysBetween, vendorDays } from '../bookings/availability.ts';
import { listBookings } from '../bookings/list.ts';
import { listReviews } from '../reviews/list.ts';

const MAX_DAYS = 92;

/** The event subgraph's part of a vendor: what couples said of it, its calendar, and (for its owner) its requests. */
export const Vendor: VendorResolvers = {
  rating: async (vendor, _args, { loaders }) => (await loaders.vendorRating.load(vendor.id)).rating,
  reviewCount: async (vendor, _args, { loaders }) => (await loaders.vendorRating.load(vendor.id)).reviewCount,
  reviews: (vendor, args, { deps }) => listReviews(deps.db, vendor.id, args),
  availability: async (vendor, { from, to }, { deps, loaders }) => {
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!z.iso.date().safeParse(value).success) throw badInput(field, `${field} must be a real calendar date, YYYY-MM-DD`);
    }
    const days = daysBetween(from, to);
    if (days.length === 0) throw badInput('to', 'to must be on or after from');
    if (days.length > MAX_DAYS) throw badInput('to', `at most ${MAX_DAYS} days at once`);
    const terms = await loaders.vendorTerms.load(vendor.id);
    // A vendor the event subgraph has not heard of yet takes no bookings, so every day is free.
    return vendorDays(deps.db, terms ?? { vendorId: vendor.id, isHall: true, dailyCapacity: 1 }, days);
  },
  bookings: async (vendor, args, { deps, loaders, viewer }) => {
    const terms = await loaders.vendorTerms.load(vendor.id);
    if (!viewer || !terms || (terms.ownerId !== viewer.id && viewer.role !== 'STAFF')) return null;
    return listBookings(deps.db, { vendorId: vendor.id }, args);
  },
};
