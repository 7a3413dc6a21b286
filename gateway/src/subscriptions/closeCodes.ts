/** Why the gateway closes a subscription WebSocket. Part of the API: never renumber one. */
export const CloseCode = {
  /** Missing, invalid or expired access token: reconnect with a fresh one. */
  TokenRefused: 4403,
  /** The user holds every subscription connection allowed: close one first (graphql-ws clients do not retry it). */
  TooManyConnections: 4429,
  /** Events came faster than the client read them: reconnect (and subscribe again). */
  TooSlow: 4413,
  /** The gateway is restarting: reconnect (to another instance). */
  Restarting: 1012,
} as const;
