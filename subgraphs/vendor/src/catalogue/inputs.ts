import { z } from 'zod';

const name = z.string().trim().min(2, 'at least 2 characters').max(120, 'at most 120 characters');
const optionalText = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const contact = z.object({
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 .-]{5,19}$/, 'a phone number: digits, spaces, dots or dashes')
    .nullish(),
  email: z.email('an email address').nullish(),
  website: z.url({ protocol: /^https?$/, error: 'an http(s) address' }).nullish(),
});
const coordinates = {
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
};
const details = {
  description: optionalText(5000).nullish(),
  address: optionalText(300).nullish(),
  ...coordinates,
  contact: contact.nullish(),
  capacity: z.number().int().min(1, 'at least 1').max(100_000).nullish(),
  dailyCapacity: z.number().int().min(1, 'at least 1').max(1000, 'at most 1000').nullish(),
};

/** Coordinates come in pairs: one without the other names no point. */
const paired = (v: { latitude?: number | null; longitude?: number | null }) => (v.latitude == null) === (v.longitude == null);
const pairIssue = { message: 'give latitude and longitude together', path: ['longitude'] };

export const createVendorInput = z
  .object({
    name,
    categoryId: z.uuid('a category id'),
    placeId: z.uuid('a commune id'),
    ownerId: z.uuid('a user id').nullish(),
    ...details,
  })
  .refine(paired, pairIssue);

export const updateVendorInput = z
  .object({
    id: z.uuid('a vendor id'),
    name: name.nullish(),
    categoryId: z.uuid('a category id').nullish(),
    placeId: z.uuid('a commune id').nullish(),
    ...details,
  })
  .refine(paired, pairIssue);

const price = z.number().int('whole DZD').min(0, '0 or more').max(1_000_000_000);
const offerFields = {
  name,
  basePrice: price,
  includedGuests: z.number().int().min(1, 'at least 1').max(100_000).nullish(),
  pricePerExtraGuest: price.nullish(),
  includes: z.array(z.string().trim().min(1, 'an item cannot be empty').max(200)).max(30, 'at most 30 items').nullish(),
  depositPercent: z.number().int().min(0).max(100, 'at most 100').nullish(),
  depositTerms: optionalText(1000).nullish(),
};

export const addOfferInput = z.object({ vendorId: z.uuid('a vendor id'), ...offerFields });
export const updateOfferInput = z.object({ id: z.uuid('an offer id'), ...offerFields, name: name.nullish(), basePrice: price.nullish() });
export const idInput = z.object({ id: z.uuid('an id') });
