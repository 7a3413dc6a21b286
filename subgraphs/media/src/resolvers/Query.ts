import { isUuid, unauthenticated } from '@zaffa/shared';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { mediaByChecksum } from '../uploads/byChecksum.ts';
import { visibleMedia } from './Media.ts';

export const Query: QueryResolvers = {
  media: (_parent, { id }, ctx) => (isUuid(id) ? visibleMedia(ctx, id) : null),
  mediaByChecksum: (_parent, { sha1s }, ctx) => {
    if (!ctx.viewer) throw unauthenticated('Sign in to look up your uploads');
    return mediaByChecksum(ctx, ctx.viewer.id, sha1s);
  },
};
