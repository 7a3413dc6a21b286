import type { ConversationRow } from '../rows.ts';

/** The people in a conversation: the couple and whoever answers for the vendor. Staff read nothing here. */
export const participantsOf = (c: Pick<ConversationRow, 'couple_id' | 'vendor_owner_id'>): string[] => [c.couple_id, c.vendor_owner_id];

export const takesPart = (c: Pick<ConversationRow, 'couple_id' | 'vendor_owner_id'>, userId: string): boolean =>
  c.couple_id === userId || c.vendor_owner_id === userId;
