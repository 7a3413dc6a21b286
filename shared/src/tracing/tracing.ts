import { context, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

/** A service's tracer: recording and exported by OTLP when an endpoint is configured, a no-op otherwise. */
export interface Tracing {
  enabled: boolean;
  tracer: Tracer;
  /** Sends the spans still buffered. */
  flush: () => Promise<void>;
  /** Flushes, then stops exporting. */
  shutdown: () => Promise<void>;
}

let contextManagerSet = false;

/**
 * One provider per service (not the global one), so services sharing a process (tests, `npm start`)
 * still report under their own `service.name`. Without `endpoint` nothing is created: the API's
 * tracer answers with spans that record nothing.
 */
export function createTracing(service: string, endpoint: string | undefined): Tracing {
  if (!endpoint) {
    return { enabled: false, tracer: trace.getTracer('zaffa'), flush: async () => {}, shutdown: async () => {} };
  }
  if (!contextManagerSet) {
    // Which span is current follows the async call chain, as the request scope of the logs does.
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    contextManagerSet = true;
  }
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'service.namespace': 'zaffa' }),
    spanProcessors: [new BatchSpanProcessor({ exporter, scheduledDelayMillis: 1000 })],
  });
  return {
    enabled: true,
    tracer: provider.getTracer('zaffa'),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}
