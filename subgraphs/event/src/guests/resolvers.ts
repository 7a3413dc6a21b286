import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { guestListCsv } from './export.ts';
import { addGuest, removeGuest, updateGuest } from './guests.ts';
import { importGuests } from './import.ts';
import { invitation, respondToInvitation } from './invitations.ts';
import { listGuests } from './list.ts';
import { ownersOnly } from './owners.ts';
import { guestSummary } from './summary.ts';

/** The guest list and RSVP: merged into the subgraph's resolvers. */
export const guestResolvers = {
  Query: {
    invitation: (_parent, { token }, { deps }) => invitation(deps.db, token),
  },
  Mutation: {
    addGuest: async (_parent, { input }, { deps, viewer }) => ({ guest: await addGuest(deps.db, viewer, input) }),
    updateGuest: async (_parent, { input }, { deps, viewer }) => ({ guest: await updateGuest(deps.db, viewer, input) }),
    removeGuest: async (_parent, { input }, { deps, viewer }) => ({ id: await removeGuest(deps.db, viewer, input) }),
    importGuests: async (_parent, { input }, { deps, viewer, loaders }) => {
      const { imported, eventId } = await importGuests(deps.db, viewer, input);
      return { imported, event: (await loaders.event.load(eventId))! };
    },
    respondToInvitation: async (_parent, { input }, { deps }) => ({ invitation: await respondToInvitation(deps.db, input) }),
  },
  Event: {
    guests: (event, { filter, first, after }, { deps, viewer }) => {
      ownersOnly(event, viewer, 'guests');
      return listGuests(deps.db, event.id, filter, { first, after });
    },
    guestSummary: (event, _args, { deps, viewer }) => {
      ownersOnly(event, viewer, 'guests');
      return guestSummary(deps.db, event.id);
    },
    guestListCsv: (event, _args, { deps, viewer }) => {
      ownersOnly(event, viewer, 'guests');
      return guestListCsv(deps.db, event.id);
    },
  },
  Guest: {
    respondedAt: (guest) => guest.respondedAt?.toISOString() ?? null,
    createdAt: (guest) => guest.createdAt.toISOString(),
  },
  Invitation: {
    respondedAt: (invitation) => invitation.respondedAt?.toISOString() ?? null,
  },
} satisfies Resolvers;
