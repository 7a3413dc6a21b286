import { readFileSync } from 'node:fs';
import type { SubgraphDefinition } from '@zaffa/shared';
import type { Context } from './context.ts';
import { MediaEntity } from './entities/Media.ts';
import { AttachmentEntity } from './entities/Attachment.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { mediaConfig, type MediaSettings } from './config.ts';

export const media: SubgraphDefinition<Context, MediaSettings> = {
  name: 'media',
  businessFields: { 'Mutation.uploadMedia': 'media_uploaded', 'Mutation.uploadMedias': 'media_uploaded' },
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [MediaEntity, AttachmentEntity],
  migrations,
  config: mediaConfig,
  outbox: {},
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db, base.viewer) }),
};
