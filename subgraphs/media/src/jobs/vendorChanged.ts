import type { JobPayload } from '@zaffa/shared';
import { learnTarget } from './learnTarget.ts';
import type { MediaServices } from './services.ts';

/** `media.vendorChanged` (from vendor): its owner fills its gallery; everyone sees it once the vendor is published. */
export function vendorChanged(media: MediaServices) {
  return async ({ vendorId, ownerId, published, revision }: JobPayload<'media', 'vendorChanged'>) => ({
    learnt: await learnTarget(media.db, {
      type: 'VENDOR_GALLERY',
      id: vendorId,
      ownerIds: [ownerId],
      viewerIds: [ownerId],
      public: published,
      version: revision,
    }),
  });
}
