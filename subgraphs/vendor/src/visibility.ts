import type { Viewer } from '@zaffa/shared';
import type { VendorRow } from './entities/Vendor.ts';

/** Everyone sees published vendors; drafts and suspended ones only their owner and staff. */
export function visibleTo(vendor: VendorRow, viewer: Viewer | null): boolean {
  return vendor.status === 'PUBLISHED' || viewer?.role === 'STAFF' || viewer?.id === vendor.ownerId;
}
