import { closeOnSignal, createLogger, exitOnStartupError } from '@zaffa/shared';
import { loadGatewayConfig } from './config.ts';
import { startGateway } from './server.ts';

const log = createLogger('gateway');
try {
  const config = loadGatewayConfig();
  const gateway = await startGateway(config);
  closeOnSignal(log, config.SHUTDOWN_GRACE_MS, [gateway.stop]);
} catch (err) {
  exitOnStartupError(log, err);
}
