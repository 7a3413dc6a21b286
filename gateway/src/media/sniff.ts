import { fileTypeFromBuffer } from 'file-type';

/** How many leading bytes are enough to tell every accepted format apart. */
export const SNIFF_BYTES = 4100;

/** The accepted formats, by the type their first bytes reveal. SVG is text, never detected, so never accepted. */
const accepted = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/heic', 'image/heif']);

export const acceptedFormats = 'JPEG, PNG, WebP, AVIF, GIF or HEIC/HEIF';

/** The real type of a file from its first bytes (not its name, not what the client claims), or null when not an accepted image. */
export async function sniffImageType(head: Uint8Array): Promise<string | null> {
  const type = await fileTypeFromBuffer(head);
  return type && accepted.has(type.mime) ? type.mime : null;
}
