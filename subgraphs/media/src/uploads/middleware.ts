import type express from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import type { SubgraphDeps } from '@zaffa/shared';
import { mediaSettings } from '../settings.ts';

/**
 * Parses GraphQL multipart requests on `/graphql` before Apollo sees them. Files stream through
 * fs-capacitor (on disk, never whole in memory) and are cut off one byte past the limit.
 */
export function mountUploads(app: express.Express, deps: SubgraphDeps): void {
  const { maxBytes, maxFiles } = mediaSettings(deps);
  app.use('/graphql', graphqlUploadExpress({ maxFileSize: maxBytes + 1, maxFiles }));
}
