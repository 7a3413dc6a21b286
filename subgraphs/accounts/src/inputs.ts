import { z } from 'zod';

/** Trimmed and lower-cased; refused when it cannot be an address. */
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'not a valid address')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'not a valid address');

/** Length is what makes a password strong; 10 to 256 characters, anything else is the user's choice. */
const password = z.string().min(10, 'at least 10 characters').max(256, 'at most 256 characters');

const displayName = z
  .string()
  .trim()
  .overwrite((name) => name.replace(/\s+/g, ' '))
  .min(1, '1 to 80 characters')
  .max(80, '1 to 80 characters');

const locale = z
  .enum(['fr', 'ar', 'en'], 'one of fr, ar, en')
  .nullish()
  .transform((value) => value ?? 'fr');

export const signUpInput = z.object({
  email,
  password,
  displayName,
  role: z
    .enum(['COUPLE', 'VENDOR', 'STAFF'])
    .nullish()
    .transform((role) => role ?? 'COUPLE'),
  locale,
});

export const staffAccountInput = z.object({ email, password, displayName });
