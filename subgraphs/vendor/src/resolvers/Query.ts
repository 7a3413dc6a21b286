import { isUuid } from '@zaffa/shared';
import { IsNull } from 'typeorm';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { CategoryEntity } from '../entities/Category.ts';
import { PlaceEntity } from '../entities/Place.ts';
import { searchVendors } from '../search/searchVendors.ts';
import { visibleTo } from '../visibility.ts';

export const Query: QueryResolvers = {
  vendors: (_parent, args, { deps, loaders, searchCache }) => searchVendors(args, deps, loaders, searchCache),
  vendor: async (_parent, { id }, { loaders, viewer }) => {
    const vendor = isUuid(id) ? await loaders.vendor.load(id) : null;
    return vendor && visibleTo(vendor, viewer) ? vendor : null;
  },
  categories: (_parent, _args, { deps }) => deps.db.getRepository(CategoryEntity).find({ order: { position: 'ASC' } }),
  places: (_parent, { parentId }, { deps }) => {
    if (parentId && !isUuid(parentId)) return [];
    return deps.db.getRepository(PlaceEntity).find({ where: { parentId: parentId ?? IsNull() }, order: { nameFr: 'ASC' } });
  },
  place: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.place.load(id) : null),
};
