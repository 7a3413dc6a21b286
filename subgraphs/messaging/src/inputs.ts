import { z } from 'zod';

const id = z.uuid({ message: 'not an id' });
const text = z.string().trim().min(1, 'must not be empty').max(4000, 'at most 4,000 characters');
const clientMessageId = z.string().min(1).max(100, 'at most 100 characters').nullish();

export const startConversationInput = z.object({ vendorId: id, message: text, clientMessageId });

export const sendMessageInput = z.object({
  conversationId: id,
  text,
  attachmentIds: z
    .array(id)
    .max(10, 'at most 10 attachments')
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
  clientMessageId,
});

export const markConversationReadInput = z.object({ conversationId: id, upTo: id.nullish() });

export const markNotificationsReadInput = z
  .object({ ids: z.array(id).max(100, 'at most 100 at once').nullish(), all: z.boolean().nullish() })
  .refine((v) => (v.ids?.length ?? 0) > 0 || v.all === true, { message: 'name ids or set all', path: ['ids'] });

export const registerDeviceInput = z.object({
  token: z.string().trim().min(1, 'must not be empty').max(4096),
  platform: z.enum(['IOS', 'ANDROID', 'WEB']),
});

export const unregisterDeviceInput = z.object({ token: z.string().trim().min(1, 'must not be empty').max(4096) });
