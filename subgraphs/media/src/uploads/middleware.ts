import type express from 'express';
import { multipartUploads, type SubgraphDeps } from '@zaffa/shared';
import type { MediaSettings } from '../config.ts';
import { multipartLimits } from './sizeLimit.ts';

/**
 * Parses GraphQL multipart requests on `/graphql` before Apollo sees them. Each file streams straight
 * from the request to the resolver that stores it; `sizeLimit.ts` says where it is cut off.
 */
export function mountUploads(app: express.Express, deps: SubgraphDeps<MediaSettings>): void {
  app.use('/graphql', multipartUploads(multipartLimits(deps.settings)));
}
