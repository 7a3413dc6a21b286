import { forbidden, isUuid, notFound, unauthenticated, type Viewer } from '@zaffa/shared';
import type { Context } from '../context.ts';
import type { VendorRow } from '../entities/Vendor.ts';
import { visibleTo } from '../visibility.ts';

export function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function requireStaff(viewer: Viewer | null): Viewer {
  const who = signedIn(viewer);
  if (who.role !== 'STAFF') throw forbidden('Only staff can do this');
  return who;
}

/** The vendor the viewer may edit: its owner's or, for staff, any. Someone else's draft is not found, not forbidden. */
export async function editableVendor(id: string, { viewer, loaders }: Pick<Context, 'viewer' | 'loaders'>): Promise<VendorRow> {
  const who = signedIn(viewer);
  const vendor = isUuid(id) ? await loaders.vendor.load(id) : null;
  if (!vendor || !visibleTo(vendor, who)) throw notFound('Vendor');
  if (who.role !== 'STAFF' && vendor.ownerId !== who.id) throw forbidden('Only its owner or staff can change this vendor');
  return vendor;
}
