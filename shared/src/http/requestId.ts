import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
/** The address the gateway saw the client at, passed on so subgraphs can throttle per client. */
export const CLIENT_ADDRESS_HEADER = 'x-zaffa-client-address';

/** The client address the gateway passed on, when it is a sane one. */
export function clientAddressFrom(headers: IncomingHttpHeaders): string | null {
  const given = headers[CLIENT_ADDRESS_HEADER];
  return typeof given === 'string' && /^[0-9a-fA-F.:]{2,45}$/.test(given) ? given : null;
}

/** The client's request id when it is a sane token, else a fresh one. */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}
