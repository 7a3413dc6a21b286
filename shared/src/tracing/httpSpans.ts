import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { REQUEST_ID_HEADER } from '../http/requestId.ts';
import { continuedTrace } from './propagation.ts';
import type { Tracing } from './tracing.ts';

/**
 * A server span for each request, continuing the caller's trace from its `traceparent` header, with
 * the request id as an attribute. Mount it after body parsing (like the log scope) so the span stays current.
 */
export function traceRequests(tracing: Tracing): RequestHandler {
  if (!tracing.enabled) return (_req, _res, next) => next();
  return (req, res, next) => {
    const span = tracing.tracer.startSpan(
      `${req.method} ${req.baseUrl || req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': req.method,
          'url.path': req.originalUrl.split('?')[0],
          'zaffa.request_id': String(req.headers[REQUEST_ID_HEADER] ?? ''),
        },
      },
      continuedTrace(req.headers as Record<string, unknown>),
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(context.active(), span), next);
  };
}
