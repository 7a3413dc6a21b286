import { context, defaultTextMapGetter, defaultTextMapSetter, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

// W3C `traceparent`/`tracestate`, the same on HTTP headers between services and in a job's data.
const propagator = new W3CTraceContextPropagator();

/** The current trace as carrier fields (empty when no span is recording). */
export function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagator.inject(context.active(), carrier, defaultTextMapSetter);
  return carrier;
}

/** The trace a carrier (HTTP headers, a job's `trace`) continues, or none. */
export function continuedTrace(carrier: Record<string, unknown> | undefined): Context {
  return carrier ? propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter) : ROOT_CONTEXT;
}
