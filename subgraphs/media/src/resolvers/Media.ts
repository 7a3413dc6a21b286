import type { MediaResolvers } from '../__generated__/resolvers-types.ts';
import type { Context } from '../context.ts';
import { mediaUrls } from '../downloadUrls.ts';
import type { MediaRow } from '../entities/Media.ts';

/** The media when the viewer may see it; null as for an unknown id otherwise. */
export async function visibleMedia(ctx: Context, id: string): Promise<MediaRow | null> {
  const media = await ctx.loaders.media.load(id);
  return media && (await ctx.loaders.visible.load(id)) ? media : null;
}

export const Media: MediaResolvers = {
  __resolveReference: (ref, ctx) => visibleMedia(ctx, ref.id),
  // The fingerprint a client can compute; `media.sha1` names the stored (cleaned) original's blob.
  sha1: (media) => media.sourceSha1,
  url: async (media, _args, ctx) => (await mediaUrls(ctx, media)).url,
  variants: async (media, _args, ctx) => (await mediaUrls(ctx, media)).variants,
  createdAt: (media) => media.createdAt.toISOString(),
};
