import { z } from 'zod';

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .transform((s) => (s === '' ? null : s))
    .nullish();

/** A household's fields, as addGuest, updateGuest and each row of an imported sheet give them. */
export const guestFields = {
  name: z.string().trim().min(1, 'name is required').max(200, 'name must be at most 200 characters'),
  partySize: z.number().int('a whole number').min(1, 'at least 1').max(50, 'at most 50'),
  side: z.enum(['BRIDE', 'GROOM', 'BOTH'], 'BRIDE, GROOM or BOTH'),
  tags: z
    .array(z.string().trim().min(1, 'a tag cannot be empty').max(50, 'a tag is at most 50 characters'))
    .max(20, 'at most 20 tags')
    .transform((tags) => [...new Set(tags)])
    .nullish(),
  phone: optionalText(40, 'phone').refine((p) => p == null || /^[+0-9 ().-]{4,40}$/.test(p), 'a phone number (digits, spaces, + ( ) . -)'),
  email: optionalText(320, 'email').refine((e) => e == null || z.email().safeParse(e).success, 'an email address'),
  dietaryNotes: optionalText(500, 'dietaryNotes'),
  table: optionalText(100, 'table'),
};

/** A household to add: its fields, and an answer when a sheet already records one. */
export const newGuest = z.object(guestFields);
export type NewGuest = z.output<typeof newGuest> & { rsvp?: 'PENDING' | 'ATTENDING' | 'MAYBE' | 'DECLINED'; attending?: number | null };

export const addGuestInput = z.object({ eventId: z.string(), ...guestFields });

export const updateGuestInput = z.object({
  id: z.string(),
  name: guestFields.name.nullish(),
  partySize: guestFields.partySize.nullish(),
  side: guestFields.side.nullish(),
  tags: guestFields.tags,
  phone: guestFields.phone,
  email: guestFields.email,
  dietaryNotes: guestFields.dietaryNotes,
  table: guestFields.table,
});

export const respondInput = z.object({
  token: z.string().min(20, 'an invitation token').max(200, 'an invitation token'),
  status: z.enum(['ATTENDING', 'MAYBE', 'DECLINED'], 'ATTENDING, MAYBE or DECLINED'),
  partySize: z.number().int('a whole number').min(1, 'at least 1').max(50, 'at most 50').nullish(),
  note: optionalText(1000, 'note'),
});
