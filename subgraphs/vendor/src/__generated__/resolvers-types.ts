import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VendorRow } from '../entities/Vendor.ts';
import type { CategoryRow } from '../entities/Category.ts';
import type { PlaceRow } from '../entities/Place.ts';
import type { OfferRow } from '../entities/Offer.ts';
import type { VendorSearchResult, CategoryFacetRow } from '../search/types.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddOfferInput = {
  basePrice: Scalars['Int']['input'];
  depositPercent?: InputMaybe<Scalars['Int']['input']>;
  depositTerms?: InputMaybe<Scalars['String']['input']>;
  includedGuests?: InputMaybe<Scalars['Int']['input']>;
  includes?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  pricePerExtraGuest?: InputMaybe<Scalars['Int']['input']>;
  vendorId: Scalars['ID']['input'];
};

export type AvailableOnInput = {
  date: Scalars['Date']['input'];
  slot: Slot;
};

export type Category = {
  __typename?: 'Category';
  id: Scalars['ID']['output'];
  nameAr: Scalars['String']['output'];
  nameFr: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type CategoryFacet = {
  __typename?: 'CategoryFacet';
  category: Category;
  count: Scalars['Int']['output'];
};

export type Contact = {
  __typename?: 'Contact';
  email?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateVendorInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  categoryId: Scalars['ID']['input'];
  contact?: InputMaybe<ContactInput>;
  /** Default 1. */
  dailyCapacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** Staff only: the owner's user id (default: the viewer). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** A commune. */
  placeId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addOffer: OfferPayload;
  /** A new vendor, in DRAFT. Vendor owners create their own; staff may create one for any owner. */
  createVendor: VendorPayload;
  /** DRAFT → PUBLISHED: couples can find it. */
  publishVendor: VendorPayload;
  /** Staff only: SUSPENDED → DRAFT. */
  reinstateVendor: VendorPayload;
  removeOffer: VendorPayload;
  /** Staff only: hides a vendor whatever its state, and its owner cannot publish it again. */
  suspendVendor: VendorPayload;
  /** PUBLISHED → DRAFT: hidden again, by its owner or staff. */
  unpublishVendor: VendorPayload;
  updateOffer: OfferPayload;
  /** Changes the fields given; the others stay. Owners edit their own vendors, staff any. */
  updateVendor: VendorPayload;
};


export type MutationAddOfferArgs = {
  input: AddOfferInput;
};


export type MutationCreateVendorArgs = {
  input: CreateVendorInput;
};


export type MutationPublishVendorArgs = {
  input: VendorIdInput;
};


export type MutationReinstateVendorArgs = {
  input: VendorIdInput;
};


export type MutationRemoveOfferArgs = {
  input: RemoveOfferInput;
};


export type MutationSuspendVendorArgs = {
  input: VendorIdInput;
};


export type MutationUnpublishVendorArgs = {
  input: VendorIdInput;
};


export type MutationUpdateOfferArgs = {
  input: UpdateOfferInput;
};


export type MutationUpdateVendorArgs = {
  input: UpdateVendorInput;
};

export type NearInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  radiusKm: Scalars['Float']['input'];
};

/** A package. Its price for a party of n guests: basePrice + max(0, n - includedGuests) × pricePerExtraGuest, whole DZD. */
export type Offer = {
  __typename?: 'Offer';
  basePrice: Scalars['Int']['output'];
  /** Share of the price paid to book, 0 to 100. */
  depositPercent: Scalars['Int']['output'];
  /** When the deposit is due and whether it is refunded, in the vendor's words. */
  depositTerms: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Guests the base price covers; null when the price does not depend on guests. */
  includedGuests?: Maybe<Scalars['Int']['output']>;
  /** What the package includes, one item each. */
  includes: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  pricePerExtraGuest: Scalars['Int']['output'];
};

export type OfferPayload = {
  __typename?: 'OfferPayload';
  offer: Offer;
  vendor: Vendor;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Place = {
  __typename?: 'Place';
  /** Official code at the time of the data (wilaya number, commune code); not stable across reforms. */
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PlaceKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  nameAr: Scalars['String']['output'];
  nameFr: Scalars['String']['output'];
  parent?: Maybe<Place>;
};

export type PlaceKind =
  | 'COMMUNE'
  | 'COUNTRY'
  | 'WILAYA';

export type Query = {
  __typename?: 'Query';
  categories: Array<Category>;
  place?: Maybe<Place>;
  /** Places under a parent (the country's wilayas, a wilaya's communes); the country itself without a parent. */
  places: Array<Place>;
  /** A vendor: published ones for everyone, drafts and suspended ones for their owner and staff. */
  vendor?: Maybe<Vendor>;
  /**
   * Published vendors matching the filter. Without a sort: best text match first when the filter has text, newest first otherwise.
   * Answers from the search index; when the index is missing, broken or being replaced, from a slower direct query (`searchMode: FALLBACK`).
   */
  vendors: VendorConnection;
};


export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacesArgs = {
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVendorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVendorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VendorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<VendorSort>;
};

export type RemoveOfferInput = {
  id: Scalars['ID']['input'];
};

/** Where an answer came from: the search index, or the slower direct query used while the index cannot answer (results may be incomplete: fewer typos forgiven). */
export type SearchMode =
  | 'FALLBACK'
  | 'INDEX';

/** Algerian halls rent afternoons and dinners separately; a full day takes both. */
export type Slot =
  | 'AFTERNOON'
  | 'EVENING'
  | 'FULL_DAY';

export type UpdateOfferInput = {
  basePrice?: InputMaybe<Scalars['Int']['input']>;
  depositPercent?: InputMaybe<Scalars['Int']['input']>;
  depositTerms?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  includedGuests?: InputMaybe<Scalars['Int']['input']>;
  includes?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  pricePerExtraGuest?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateVendorInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  contact?: InputMaybe<ContactInput>;
  dailyCapacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type Vendor = {
  __typename?: 'Vendor';
  address: Scalars['String']['output'];
  /** Guests a hall can seat; null for vendors that are not halls. */
  capacity?: Maybe<Scalars['Int']['output']>;
  category: Category;
  contact: Contact;
  createdAt: Scalars['String']['output'];
  /** Events a vendor other than a hall takes on one day (halls rent each slot once). */
  dailyCapacity: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The vendor's own coordinates, else its commune's. */
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Packages, in the vendor's order. */
  offers: Array<Offer>;
  /** Resolved by accounts; null if it cannot answer, so the vendor still shows. */
  owner?: Maybe<User>;
  /** The commune the vendor is in. */
  place: Place;
  priceMax?: Maybe<Scalars['Int']['output']>;
  /** Lowest and highest offer base prices, whole DZD; null without offers. */
  priceMin?: Maybe<Scalars['Int']['output']>;
  slug: Scalars['String']['output'];
  status: VendorStatus;
  updatedAt: Scalars['String']['output'];
};

export type VendorConnection = {
  __typename?: 'VendorConnection';
  edges: Array<VendorEdge>;
  /** Matches per category for the current filter, its categories left out, so a sidebar can offer the others: most first. */
  facets: Array<CategoryFacet>;
  pageInfo: PageInfo;
  searchMode: SearchMode;
  totalCount: Scalars['Int']['output'];
};

export type VendorEdge = {
  __typename?: 'VendorEdge';
  cursor: Scalars['String']['output'];
  node: Vendor;
};

export type VendorFilter = {
  /** Vendors free on that date and slot: not held, booked or closed (as the event subgraph last reported, within seconds). */
  availableOn?: InputMaybe<AvailableOnInput>;
  /** Any of these categories. */
  categoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Vendors with an offer at or under this base price, whole DZD. */
  maxPrice?: InputMaybe<Scalars['Int']['input']>;
  /** Halls seating at least this many guests. */
  minCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** Vendors whose review average is at least this (1 to 5). */
  minRating?: InputMaybe<Scalars['Float']['input']>;
  /** Vendors who replied to at least this share of the conversations couples started with them in the last 90 days (0 to 1). */
  minReplyRate?: InputMaybe<Scalars['Float']['input']>;
  near?: InputMaybe<NearInput>;
  /** A commune, a wilaya (all its communes) or the country. */
  placeId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Vendors who answer a couple's first message within this many hours, as a rule: their median time to a first reply
   * over the last 90 days (1 to 720; an app's "responds quickly" is 24). Vendors without figures yet are left out.
   */
  respondsWithinHours?: InputMaybe<Scalars['Int']['input']>;
  /** Words to find in names, categories, places, descriptions and offers: any case, with or without accents, French or Arabic, a typo or two forgiven. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type VendorIdInput = {
  id: Scalars['ID']['input'];
};

export type VendorPayload = {
  __typename?: 'VendorPayload';
  vendor: Vendor;
};

export type VendorSort =
  /** Nearest first (needs filter.near). */
  | 'DISTANCE'
  | 'NEWEST'
  /** Cheapest lowest offer first; vendors without offers last. */
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  /** Best reviewed first; vendors without reviews last. */
  | 'RATING'
  /** Best text match first (needs filter.text). */
  | 'RELEVANCE'
  /** Quickest to answer first (median time to a first reply over the last 90 days); vendors without figures last. */
  | 'RESPONSE_TIME';

export type VendorStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SUSPENDED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Category: Category;
  Place: Place;
  Vendor: Vendor;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Category:
    ( { __typename: 'Category' }
    & GraphQLRecursivePick<FederationTypes['Category'], {"id":true}> );
  Place:
    ( { __typename: 'Place' }
    & GraphQLRecursivePick<FederationTypes['Place'], {"id":true}> );
  Vendor:
    ( { __typename: 'Vendor' }
    & GraphQLRecursivePick<FederationTypes['Vendor'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddOfferInput: AddOfferInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AvailableOnInput: AvailableOnInput;
  Category: ResolverTypeWrapper<CategoryRow>;
  CategoryFacet: ResolverTypeWrapper<CategoryFacetRow>;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  CreateVendorInput: CreateVendorInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearInput: NearInput;
  Offer: ResolverTypeWrapper<OfferRow>;
  OfferPayload: ResolverTypeWrapper<Omit<OfferPayload, 'offer' | 'vendor'> & { offer: ResolversTypes['Offer'], vendor: ResolversTypes['Vendor'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Place: ResolverTypeWrapper<PlaceRow>;
  PlaceKind: PlaceKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveOfferInput: RemoveOfferInput;
  SearchMode: SearchMode;
  Slot: Slot;
  UpdateOfferInput: UpdateOfferInput;
  UpdateVendorInput: UpdateVendorInput;
  User: ResolverTypeWrapper<User>;
  Vendor: ResolverTypeWrapper<VendorRow>;
  VendorConnection: ResolverTypeWrapper<VendorSearchResult>;
  VendorEdge: ResolverTypeWrapper<Omit<VendorEdge, 'node'> & { node: ResolversTypes['Vendor'] }>;
  VendorFilter: VendorFilter;
  VendorIdInput: VendorIdInput;
  VendorPayload: ResolverTypeWrapper<Omit<VendorPayload, 'vendor'> & { vendor: ResolversTypes['Vendor'] }>;
  VendorSort: VendorSort;
  VendorStatus: VendorStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddOfferInput: AddOfferInput;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AvailableOnInput: AvailableOnInput;
  Category: CategoryRow;
  CategoryFacet: CategoryFacetRow;
  Contact: Contact;
  ContactInput: ContactInput;
  CreateVendorInput: CreateVendorInput;
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  Mutation: Record<PropertyKey, never>;
  NearInput: NearInput;
  Offer: OfferRow;
  OfferPayload: Omit<OfferPayload, 'offer' | 'vendor'> & { offer: ResolversParentTypes['Offer'], vendor: ResolversParentTypes['Vendor'] };
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Place: PlaceRow;
  Query: Record<PropertyKey, never>;
  RemoveOfferInput: RemoveOfferInput;
  UpdateOfferInput: UpdateOfferInput;
  UpdateVendorInput: UpdateVendorInput;
  User: User;
  Vendor: VendorRow;
  VendorConnection: VendorSearchResult;
  VendorEdge: Omit<VendorEdge, 'node'> & { node: ResolversParentTypes['Vendor'] };
  VendorFilter: VendorFilter;
  VendorIdInput: VendorIdInput;
  VendorPayload: Omit<VendorPayload, 'vendor'> & { vendor: ResolversParentTypes['Vendor'] };
}>;

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'], FederationReferenceType extends FederationReferenceTypes['Category'] = FederationReferenceTypes['Category']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Category']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CategoryFacetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryFacet'] = ResolversParentTypes['CategoryFacet']> = ResolversObject<{
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addOffer?: Resolver<ResolversTypes['OfferPayload'], ParentType, ContextType, RequireFields<MutationAddOfferArgs, 'input'>>;
  createVendor?: Resolver<ResolversTypes['VendorPayload'], ParentType, ContextType, RequireFields<MutationCreateVendorArgs, 'input'>>;
  publishVendor?: Resolver<ResolversTypes['VendorPayload'], ParentType, ContextType, RequireFields<MutationPublishVendorArgs, 'input'>>;
  reinstateVendor?: Resolver<ResolversTypes['VendorPayload'], ParentType, ContextType, RequireFields<MutationReinstateVendorArgs, 'input'>>;
  removeOffer?: Resolver<ResolversTypes['VendorPayload'], ParentType, ContextType, RequireFields<MutationRemoveOfferArgs, 'input'>>;
  suspendVendor?: Resolver<ResolversTypes['VendorPayload'], ParentType, ContextType, RequireFields<MutationSuspendVendorArgs, 'input'>>;
  unpublishVendor?: Resolver<ResolversTypes['VendorPayload'], ParentType, ContextType, RequireFields<MutationUnpublishVendorArgs, 'input'>>;
  updateOffer?: Resolver<ResolversTypes['OfferPayload'], ParentType, ContextType, RequireFields<MutationUpdateOfferArgs, 'input'>>;
  updateVendor?: Resolver<ResolversTypes['VendorPayload'], ParentType, ContextType, RequireFields<MutationUpdateVendorArgs, 'input'>>;
}>;

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = ResolversObject<{
  basePrice?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  depositPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  depositTerms?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includedGuests?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  includes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pricePerExtraGuest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfferPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferPayload'] = ResolversParentTypes['OfferPayload']> = ResolversObject<{
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'], FederationReferenceType extends FederationReferenceTypes['Place'] = FederationReferenceTypes['Place']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Place']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryPlacesArgs>>;
  vendor?: Resolver<Maybe<ResolversTypes['Vendor']>, ParentType, ContextType, RequireFields<QueryVendorArgs, 'id'>>;
  vendors?: Resolver<ResolversTypes['VendorConnection'], ParentType, ContextType, RequireFields<QueryVendorsArgs, 'first'>>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VendorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vendor'] = ResolversParentTypes['Vendor'], FederationReferenceType extends FederationReferenceTypes['Vendor'] = FederationReferenceTypes['Vendor']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vendor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dailyCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  priceMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VendorStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VendorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorConnection'] = ResolversParentTypes['VendorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VendorEdge']>, ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['CategoryFacet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  searchMode?: Resolver<ResolversTypes['SearchMode'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VendorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorEdge'] = ResolversParentTypes['VendorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
}>;

export type VendorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorPayload'] = ResolversParentTypes['VendorPayload']> = ResolversObject<{
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Category?: CategoryResolvers<ContextType>;
  CategoryFacet?: CategoryFacetResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferPayload?: OfferPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Vendor?: VendorResolvers<ContextType>;
  VendorConnection?: VendorConnectionResolvers<ContextType>;
  VendorEdge?: VendorEdgeResolvers<ContextType>;
  VendorPayload?: VendorPayloadResolvers<ContextType>;
}>;

