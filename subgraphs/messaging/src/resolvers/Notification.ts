import type { NotificationResolvers } from '../__generated__/resolvers-types.ts';

export const Notification: NotificationResolvers = {
  __resolveReference: async (ref, { deps, viewer }) => {
    if (!viewer) return null;
    const [row] = (await deps.db.query(`SELECT * FROM notifications WHERE id = $1 AND user_id = $2`, [ref.id, viewer.id])) as never[];
    return row ?? null;
  },
  readAt: (n) => n.read_at?.toISOString() ?? null,
  createdAt: (n) => n.created_at.toISOString(),
};
