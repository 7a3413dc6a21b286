import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { z } from 'zod';
import type { MediaTargetType } from './entities/Attachment.ts';

/** Trimmed, lower-cased, deduplicated tags, within bounds a form can respect. */
const tags = z
  .array(z.string())
  .nullish()
  .transform((list) => [...new Set((list ?? []).map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))])
  .refine((list) => list.length <= 20, 'at most 20 tags')
  .refine((list) => list.every((t) => t.length <= 50), 'a tag has at most 50 characters');

const alt = z
  .string()
  .nullish()
  .transform((text) => text?.trim() || null)
  .refine((text) => text === null || text.length <= 500, 'at most 500 characters');

/** What comes with uploaded files: their tags and alternative text. */
export const uploadDetails = z.object({ tags, alt });

/** The files of one `uploadMedias` request: at least one, at most `maxFiles`. */
export const uploadBatch = (maxFiles: number) =>
  z.object({
    files: z.array(z.custom<Promise<FileUpload>>()).min(1, 'send at least one file').max(maxFiles, `at most ${maxFiles} files per request`),
  });

export const attachInput = z
  .object({
    // Ids are checked for their shape only: one that names nothing is NOT_FOUND, as an unknown one would be.
    mediaIds: z
      .array(z.guid('not a media id'))
      .transform((ids) => [...new Set(ids)])
      .refine((ids) => ids.length >= 1 && ids.length <= 100, 'attach between 1 and 100 media at once'),
    target: z.object({
      // GraphQL has already refused a type the schema does not list.
      type: z.custom<MediaTargetType>(),
      id: z.guid('not an id'),
    }),
  })
  .refine((input) => input.target.type !== 'AVATAR' || input.mediaIds.length === 1, {
    message: 'an avatar is one image',
    path: ['mediaIds'],
  });
