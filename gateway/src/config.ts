import { loadConfig } from '@zaffa/shared';

export const gatewayVariables = ['NODE_ENV', 'LOG_LEVEL', 'HOST', 'GATEWAY_PORT', 'SUPERGRAPH_PATH', 'ACCOUNTS_URL', 'VENDOR_URL', 'EVENT_URL', 'MEDIA_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'ACCOUNTS_JWKS_URL', 'SHUTDOWN_GRACE_MS', 'MEDIA_STORAGE_DIR', 'MEDIA_MAX_BYTES', 'MEDIA_MAX_FILES', 'GATEWAY_UPLOAD_CONCURRENCY'] as const;

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayVariables, env);
