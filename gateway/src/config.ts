import { loadConfig } from '@zaffa/shared';

export const gatewayVariables = [
  'NODE_ENV',
  'LOG_LEVEL',
  'HOST',
  'GATEWAY_PORT',
  'SUPERGRAPH_PATH',
  'ACCOUNTS_URL',
  'VENDOR_URL',
  'EVENT_URL',
  'MEDIA_URL',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'ACCOUNTS_JWKS_URL',
  'REDIS_URL',
  'QUEUE_PREFIX',
  'GATEWAY_MAX_BODY_BYTES',
  'QUERY_MAX_DEPTH',
  'QUERY_MAX_ALIASES',
  'QUERY_MAX_TOKENS',
  'QUERY_MAX_COST',
  'RATE_LIMIT_USER_PER_MINUTE',
  'RATE_LIMIT_IP_PER_MINUTE',
  'TRUST_PROXY',
  'APQ_TTL_S',
  'SHUTDOWN_GRACE_MS',
  'MEDIA_STORAGE_DIR',
  'MEDIA_MAX_BYTES',
  'MEDIA_MAX_FILES',
  'GATEWAY_UPLOAD_CONCURRENCY',
  'GATEWAY_SUBGRAPH_CONNECTIONS',
  'GATEWAY_DEDUP_QUERIES',
  'GATEWAY_QUERY_PLAN_CACHE_MIB',
] as const;

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayVariables, env);
