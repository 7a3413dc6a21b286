import { sealDownloadGrant } from '@zaffa/shared';
import type { Context } from './context.ts';
import type { MediaRow, StoredVariant } from './entities/Media.ts';

/** A variant as the API shows it: with the URL this viewer downloads it from. */
export type VariantView = StoredVariant & { url: string };

/** When URLs signed now stop working: `ttl` from now, rounded up to the minute so repeated queries give one URL a cache can keep. */
function expiry(ttlSeconds: number, now = Date.now()): number {
  const step = Math.min(60, ttlSeconds);
  return Math.ceil((now / 1000 + ttlSeconds) / step) * step;
}

function signed(ctx: Context, media: MediaRow, variant: StoredVariant, path: string): string {
  const { referenceSecret, urlTtlSeconds } = ctx.deps.settings;
  const grant = sealDownloadGrant(referenceSecret, media.id, variant.name, variant, expiry(urlTtlSeconds));
  return `${path}?expires=${grant.expires}&token=${grant.token}`;
}

/**
 * Where the viewer downloads a media's files. Everyone's (a published vendor's photos, avatars): by id, and the
 * variants at their content-addressed names, cached forever. Anyone else's: short-lived signed URLs by id, which
 * the gateway serves privately; a private file's content-addressed name is never handed out.
 */
export async function mediaUrls(ctx: Context, media: MediaRow): Promise<{ url: string; variants: VariantView[] }> {
  const ready = media.status === 'READY' ? media.variants : [];
  if (ready.length === 0 || (await ctx.loaders.public.load(media.id))) {
    return { url: `/media/${media.id}`, variants: ready.map((v) => ({ ...v, url: `/files/${v.key}` })) };
  }
  return {
    url: signed(ctx, media, ready[0]!, `/media/${media.id}`),
    variants: ready.map((v) => ({ ...v, url: signed(ctx, media, v, `/media/${media.id}/${v.name}`) })),
  };
}
