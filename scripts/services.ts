/** The processes `npm start` runs, with the port whose `/readyz` says each is up. */
export const services = [
  { name: 'accounts', entry: 'subgraphs/accounts/src/main.ts', portVar: 'ACCOUNTS_PORT', port: 4001, subgraph: true },
  { name: 'vendor', entry: 'subgraphs/vendor/src/main.ts', portVar: 'VENDOR_PORT', port: 4002, subgraph: true },
  { name: 'event', entry: 'subgraphs/event/src/main.ts', portVar: 'EVENT_PORT', port: 4003, subgraph: true },
  { name: 'media', entry: 'subgraphs/media/src/main.ts', portVar: 'MEDIA_PORT', port: 4004, subgraph: true },
  { name: 'messaging', entry: 'subgraphs/messaging/src/main.ts', portVar: 'MESSAGING_PORT', port: 4006, subgraph: true },
  { name: 'workers', entry: 'workers/src/main.ts', portVar: 'WORKERS_PORT', port: 4005, subgraph: false },
  { name: 'gateway', entry: 'gateway/src/main.ts', portVar: 'GATEWAY_PORT', port: 4000, subgraph: false },
] as const;

/** The subgraphs the gateway composes, with the URL each has in a default local stack. */
export const subgraphs = services.filter((s) => s.subgraph).map((s) => ({ name: s.name, url: `http://127.0.0.1:${s.port}/graphql` }));
