import type { ApolloServer } from '@apollo/server';
import type express from 'express';
import type { RequestHandler } from 'express';
import { ErrorCode, REQUEST_ID_HEADER, isUuid, sendError, type Logger, type Viewer } from '@zaffa/shared';
import type { GatewayContext } from '../context.ts';

const exportQuery = `query GuestListExport($id: ID!) { event(id: $id) { date guestListCsv } }`;

/**
 * `GET /events/<id>/guests.csv`: an event's guest list as a download on the gateway's origin, for its owners. It is
 * read through the graph with the caller's own token, so the event subgraph decides who may, as for any query: not
 * signed in is 401, anyone else's event (or none) is 404.
 */
export function mountGuestListExport(
  app: express.Express,
  apollo: ApolloServer<GatewayContext>,
  before: RequestHandler[],
  log: Logger,
): void {
  app.get('/events/:id/guests.csv', ...before, async (req, res) => {
    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) return void sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in first');
    const id = String(req.params.id);
    if (!isUuid(id)) return void sendError(res, 404, ErrorCode.NOT_FOUND, 'Not found');
    try {
      const response = await apollo.executeOperation(
        { query: exportQuery, variables: { id } },
        {
          contextValue: {
            reqId: String(req.headers[REQUEST_ID_HEADER]),
            viewer,
            authorization: req.headers.authorization,
            clientAddress: req.ip,
          },
        },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental answer');
      const { data, errors } = response.body.singleResult;
      const event = (data as { event: { date: string; guestListCsv: string } | null } | null)?.event;
      const code = errors?.[0]?.extensions?.code;
      if (!event || code === ErrorCode.FORBIDDEN || code === ErrorCode.NOT_FOUND)
        return void sendError(res, 404, ErrorCode.NOT_FOUND, 'Not found');
      if (errors?.length) throw new Error(`guest list export failed: ${errors[0]!.message}`);
      res.set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="guests-${event.date}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.send(event.guestListCsv);
    } catch (err) {
      log.error({ err }, 'guest list export failed');
      if (!res.headersSent) sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
    }
  });
}
