import { DateScalar } from '@zaffa/shared';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Category } from './Category.ts';
import { CategoryFacet } from './CategoryFacet.ts';
import { Mutation } from './Mutation.ts';
import { Place } from './Place.ts';
import { Query } from './Query.ts';
import { Vendor } from './Vendor.ts';

export const resolvers: Resolvers = { Date: DateScalar, Query, Mutation, Vendor, Category, Place, CategoryFacet };
