import { badInput } from '@zaffa/shared';

/** Trims and lower-cases an email, refusing what cannot be one. */
export function normalEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput('email', 'email is not a valid address');
  return email;
}

/** Length is what makes a password strong; 10 to 256 characters, anything else is the user's choice. */
export function checkPassword(value: string): string {
  if (value.length < 10) throw badInput('password', 'password must be at least 10 characters');
  if (value.length > 256) throw badInput('password', 'password must be at most 256 characters');
  return value;
}

export function normalDisplayName(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length < 1 || name.length > 80) throw badInput('displayName', 'displayName must be 1 to 80 characters');
  return name;
}

const locales = new Set(['fr', 'ar', 'en']);

export function checkLocale(value: string | null | undefined): string {
  const locale = value ?? 'fr';
  if (!locales.has(locale)) throw badInput('locale', 'locale must be one of fr, ar, en');
  return locale;
}
