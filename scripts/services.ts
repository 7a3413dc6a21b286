/** The processes `npm start` runs, with the port whose `/readyz` says each is up. */
export const services = [
  { name: 'accounts', entry: 'subgraphs/accounts/src/main.ts', portVar: 'ACCOUNTS_PORT', port: 4001 },
  { name: 'vendor', entry: 'subgraphs/vendor/src/main.ts', portVar: 'VENDOR_PORT', port: 4002 },
  { name: 'event', entry: 'subgraphs/event/src/main.ts', portVar: 'EVENT_PORT', port: 4003 },
  { name: 'media', entry: 'subgraphs/media/src/main.ts', portVar: 'MEDIA_PORT', port: 4004 },
  { name: 'workers', entry: 'workers/src/main.ts', portVar: 'WORKERS_PORT', port: 4005 },
  { name: 'gateway', entry: 'gateway/src/main.ts', portVar: 'GATEWAY_PORT', port: 4000 },
] as const;
