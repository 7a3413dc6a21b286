import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP server whose idle keep-alive outlives the gateway's, so pooled sockets are not cut mid-request. */
export function createHttpServer(handler: RequestListener): Server {
  return createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, handler);
}

/**
 * Binds the server; resolves with the port actually bound (0 picks a free one). The accept queue is as
 * long as the kernel allows (Node's default is 511): a burst of connections then waits to be accepted
 * instead of overflowing, which would cost retries and, past them, resets.
 */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: 4096 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}
