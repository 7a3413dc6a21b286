import { createHash, randomBytes } from 'node:crypto';
import { ErrorCode, ZaffaError, badInput, notFound, type Viewer, parseInput } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { EventDeps } from './deps.ts';
import { EventEntity, type EventRow } from './entities/Event.ts';
import { ownedEvent } from './events.ts';
import { tellMediaOwners } from './tellMedia.ts';

const INVITATION_DAYS = 14;
const inviteInput = z.object({ eventId: z.string(), email: z.email('an email address').max(320) });
const acceptInput = z.object({ token: z.string().min(20, 'an invitation token').max(200) });

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * An owner invites their partner. The token is the invitation: unguessable, single use, stored only as a hash, and
 * handed to the owner to send (the address says whom it was meant for).
 */
export async function inviteCoOwner(db: DataSource, viewer: Viewer, raw: unknown) {
  const input = parseInput(inviteInput, raw);
  const event = await ownedEvent(db, viewer, input.eventId);
  if (event.partnerId) throw new ZaffaError(ErrorCode.CONFLICT, 'This event already has its co-owner');
  const token = randomBytes(32).toString('base64url');
  const [{ expires_at }] = await db.query(
    `INSERT INTO event_invitations (token_hash, event_id, email, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING expires_at`,
    [hashToken(token), event.id, input.email.toLowerCase(), viewer.id, INVITATION_DAYS],
  );
  return { event, email: input.email.toLowerCase(), token, expiresAt: (expires_at as Date).toISOString() };
}

/** The signed-in partner takes the event's co-ownership, once, before the invitation expires. */
export async function acceptEventInvitation(deps: Pick<EventDeps, 'db' | 'jobs' | 'log'>, viewer: Viewer, raw: unknown): Promise<EventRow> {
  const input = parseInput(acceptInput, raw);
  const accepted = await deps.db.transaction(async (m) => {
    const [invitation] = await m.query(
      `SELECT event_id, accepted_by, expires_at > now() AS valid FROM event_invitations WHERE token_hash = $1 FOR UPDATE`,
      [hashToken(input.token)],
    );
    if (!invitation || !invitation.valid || invitation.accepted_by) throw notFound('Invitation');
    const event = await m.getRepository(EventEntity).findOne({ where: { id: invitation.event_id }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw notFound('Invitation');
    if (event.ownerId === viewer.id) throw badInput('token', 'the owner cannot accept their own invitation');
    if (event.partnerId && event.partnerId !== viewer.id) throw new ZaffaError(ErrorCode.CONFLICT, 'This event already has its co-owner');
    await m.query(`UPDATE events SET partner_id = $2 WHERE id = $1`, [event.id, viewer.id]);
    await m.query(`UPDATE event_invitations SET accepted_by = $2, accepted_at = now() WHERE token_hash = $1`, [
      hashToken(input.token),
      viewer.id,
    ]);
    // Media learns that the partner now adds and sees the event's photos too.
    await tellMediaOwners(m, { ...event, partnerId: viewer.id });
    return m.getRepository(EventEntity).findOneByOrFail({ id: event.id });
  });
  return accepted;
}
