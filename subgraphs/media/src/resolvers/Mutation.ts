import { parseInput, unauthenticated, type Viewer } from '@zaffa/shared';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { Context } from '../context.ts';
import { attachMedia } from '../attach.ts';
import { uploadBatch } from '../inputs.ts';
import { acceptUploads } from '../uploads/accept.ts';

const signedIn = (ctx: Context): Viewer => {
  if (!ctx.viewer) throw unauthenticated('Sign in to upload or attach media');
  return ctx.viewer;
};

export const Mutation: MutationResolvers = {
  uploadMedia: async (_parent, { input }, ctx) => {
    const viewer = signedIn(ctx);
    const [media] = await acceptUploads(ctx, viewer.id, [input.file], input);
    return { media: media! };
  },
  uploadMedias: async (_parent, { input }, ctx) => {
    const viewer = signedIn(ctx);
    const { files } = parseInput(uploadBatch(ctx.deps.settings.maxFiles), input);
    return { media: await acceptUploads(ctx, viewer.id, files, input) };
  },
  attachMedia: async (_parent, { input }, ctx) => ({ media: await attachMedia(ctx, signedIn(ctx), input) }),
};
