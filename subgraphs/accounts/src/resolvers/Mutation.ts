import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { refreshSession, signIn, signOut, signUp } from '../auth/sessions.ts';

export const Mutation: MutationResolvers = {
  signUp: (_parent, { input }, { sessions, viewer }) => signUp(sessions, input, viewer),
  signIn: (_parent, { input }, { sessions }) => signIn(sessions, input),
  refreshSession: (_parent, { input }, { sessions }) => refreshSession(sessions, input.refreshToken),
  signOut: async (_parent, { input }, { sessions }) => {
    await signOut(sessions, input.refreshToken);
    return { signedOut: true };
  },
};
