import type express from 'express';
import { multipartUploads, type SubgraphDeps } from '@zaffa/shared';
import type { MediaSettings } from '../config.ts';

/**
 * Parses GraphQL multipart requests on `/graphql` before Apollo sees them. Each file streams straight
 * from the request to the resolver that stores it, cut off one byte past the limit.
 */
export function mountUploads(app: express.Express, deps: SubgraphDeps<MediaSettings>): void {
  const { maxBytes, maxFiles } = deps.settings;
  app.use('/graphql', multipartUploads({ maxFileSize: maxBytes + 1, maxFiles }));
}
