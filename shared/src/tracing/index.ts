export { createTracing, type Tracing } from './tracing.ts';
export { traceCarrier, continuedTrace } from './propagation.ts';
export { traceRequests } from './httpSpans.ts';
