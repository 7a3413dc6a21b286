export { startGateway, type RunningGateway } from './server.ts';
export { loadGatewayConfig, type GatewayConfig } from './config.ts';
export { gatewayConfig } from './config.ts';
