import { isUuid } from '@zaffa/shared';
import { z } from 'zod';
import type { Slot, VendorSort } from '../__generated__/resolvers-types.ts';

const MAX_TERMS = 8;
const MAX_RADIUS_KM = 1000;
/** Response figures cover 90 days; a month is the longest wait worth filtering on. */
const MAX_RESPONSE_HOURS = 720;

/** The words of a text filter, as typed (the database normalizes them); marks stay in words, Arabic vowel signs among them. */
export const searchTerms = (text: string | null | undefined): string[] =>
  [...new Set((text ?? '').split(/[^\p{L}\p{M}\p{N}]+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)))].slice(0, MAX_TERMS);

const filter = z.object({
  text: z.string().max(200, 'at most 200 characters').nullish(),
  categoryIds: z
    .array(z.string())
    .refine((ids) => ids.every(isUuid), 'category ids')
    .nullish(),
  placeId: z.string().nullish(),
  near: z
    .object({
      lat: z.number().min(-90, 'between -90 and 90').max(90, 'between -90 and 90'),
      lng: z.number().min(-180, 'between -180 and 180').max(180, 'between -180 and 180'),
      radiusKm: z.number().gt(0, `above 0 and at most ${MAX_RADIUS_KM}`).max(MAX_RADIUS_KM, `above 0 and at most ${MAX_RADIUS_KM}`),
    })
    .nullish(),
  maxPrice: z.number().min(0, '0 or more').nullish(),
  minCapacity: z.number().min(1, '1 or more').nullish(),
  minRating: z.number().min(0, 'between 0 and 5').max(5, 'between 0 and 5').nullish(),
  availableOn: z
    .object({
      date: z.iso.date('a real calendar date, YYYY-MM-DD'),
      // GraphQL has already refused a slot the schema does not list.
      slot: z.custom<Slot>(),
    })
    .nullish(),
  respondsWithinHours: z
    .number()
    .int()
    .min(1, `between 1 and ${MAX_RESPONSE_HOURS}`)
    .max(MAX_RESPONSE_HOURS, `between 1 and ${MAX_RESPONSE_HOURS}`)
    .nullish(),
  minReplyRate: z.number().min(0, 'between 0 and 1').max(1, 'between 0 and 1').nullish(),
});

/** `Query.vendors`' arguments; a sort that needs a filter refuses to go without it. */
export const searchArgs = z
  .object({
    filter: filter.nullish(),
    // GraphQL has already refused a sort the schema does not list.
    sort: z.custom<VendorSort>().nullish(),
    first: z.number().nullish(),
    after: z.string().nullish(),
  })
  .superRefine((args, ctx) => {
    if (args.sort === 'RELEVANCE' && searchTerms(args.filter?.text).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'RELEVANCE needs filter.text' });
    }
    if (args.sort === 'DISTANCE' && !args.filter?.near) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'DISTANCE needs filter.near' });
    }
  });
