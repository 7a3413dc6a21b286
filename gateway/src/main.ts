import { closeOnSignal, createLogger, exitOnStartupError, type Logger } from '@zaffa/shared';
import { loadGatewayConfig } from './config.ts';
import { startGateway } from './server.ts';

let log: Logger | undefined;
try {
  const config = loadGatewayConfig();
  log = createLogger('gateway', config.LOG_LEVEL);
  const gateway = await startGateway(config);
  closeOnSignal(log, config.SHUTDOWN_GRACE_MS, [gateway.stop]);
} catch (err) {
  exitOnStartupError(log, err);
}
