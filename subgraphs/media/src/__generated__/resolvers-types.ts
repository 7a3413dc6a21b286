import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MediaRow, StoredVariant } from '../entities/Media.ts';
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
  /**
   * A file in a GraphQL multipart request to the gateway (https://github.com/jaydenseric/graphql-multipart-request-spec),
   * or a finished resumable upload (tus, at `/uploads/`). The gateway checks the bytes and hands them on as a reference.
   */
  Upload: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AttachMediaInput = {
  mediaIds: Array<Scalars['ID']['input']>;
  target: MediaTargetInput;
};

export type AttachMediaPayload = {
  __typename?: 'AttachMediaPayload';
  media: Array<Media>;
};

export type Event = {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  owner?: Maybe<User>;
  /** The event's photos (uploaded by its owner), in the order they were attached. Nullable: null only when the media service is down. */
  photos?: Maybe<Array<Media>>;
};


export type EventPhotosArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Media = {
  __typename?: 'Media';
  alt?: Maybe<Scalars['String']['output']>;
  /** A tiny placeholder to paint while the image loads (https://blurha.sh). */
  blurhash?: Maybe<Scalars['String']['output']>;
  /** Size of the upload while PENDING; of the stored original once READY. */
  bytes: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  /** Why processing failed, in words a person can read; null unless FAILED. */
  failureReason?: Maybe<Scalars['String']['output']>;
  height?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The sniffed type while PENDING; the stored original's type once READY (HEIC is stored as JPEG). */
  mimeType: Scalars['String']['output'];
  /** SHA-1 of the bytes exactly as the client sent them, hex (what `sha1sum` prints for the file). */
  sha1?: Maybe<Scalars['String']['output']>;
  status: MediaStatus;
  tags: Array<Scalars['String']['output']>;
  /** Where to download the original, on the gateway's origin: `/media/<id>` (a variant: `/media/<id>/<name>`). */
  url: Scalars['String']['output'];
  /** The original first, then smaller copies in WebP and in the original's family; empty until READY. */
  variants: Array<MediaVariant>;
  width?: Maybe<Scalars['Int']['output']>;
};

export type MediaStatus =
  | 'FAILED'
  | 'PENDING'
  | 'READY';

export type MediaTargetInput = {
  /** The vendor's, the event's or (for AVATAR) the viewer's own id. */
  id: Scalars['ID']['input'];
  type: MediaTargetType;
};

export type MediaTargetType =
  | 'AVATAR'
  | 'EVENT'
  | 'VENDOR_GALLERY';

/** One stored file of a media: the cleaned full-size original, or a smaller copy. */
export type MediaVariant = {
  __typename?: 'MediaVariant';
  height: Scalars['Int']['output'];
  mimeType: Scalars['String']['output'];
  /** `original`, or `w<width>-<format>` such as `w640-webp`. */
  name: Scalars['String']['output'];
  /** Content-addressed download URL on the gateway's origin (`/files/<shard>/<name>`), cached forever. */
  url: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};

export type Message = {
  __typename?: 'Message';
  /** The sender's own uploads attached to the message, in the order sent (ready ones). Nullable: null only when the media service is down. */
  attachments?: Maybe<Array<Media>>;
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Links the viewer's uploads to what they illustrate (the form they were uploaded for). Errors: FORBIDDEN, NOT_FOUND. */
  attachMedia: AttachMediaPayload;
  /**
   * Uploads one image (JPEG, PNG, WebP, AVIF, GIF, HEIC/HEIF) for the signed-in user. Answers at once with a
   * PENDING media; the workers make it READY (or FAILED, with a reason). It expires unless attached.
   * Errors: UNAUTHENTICATED, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE.
   */
  uploadMedia: UploadMediaPayload;
  /** Several images in one request (at most MEDIA_MAX_FILES); all are accepted, or none. */
  uploadMedias: UploadMediasPayload;
};


export type MutationAttachMediaArgs = {
  input: AttachMediaInput;
};


export type MutationUploadMediaArgs = {
  input: UploadMediaInput;
};


export type MutationUploadMediasArgs = {
  input: UploadMediasInput;
};

export type Query = {
  __typename?: 'Query';
  media?: Maybe<Media>;
  /**
   * The viewer's own uploads whose bytes have these SHA-1 fingerprints (hex, as `sha1sum` prints them), so a
   * client can skip files it already sent. At most 1000 fingerprints; each match once, newest first.
   * Errors: UNAUTHENTICATED, BAD_USER_INPUT.
   */
  mediaByChecksum: Array<Media>;
};


export type QueryMediaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMediaByChecksumArgs = {
  sha1s: Array<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The viewer's own uploads as they are processed: first each one's current state (so a client that subscribes
   * after the upload's answer never misses READY), then each change to READY or FAILED.
   * Errors: UNAUTHENTICATED, BAD_USER_INPUT (no ids, or more than 50), NOT_FOUND (an id that is not the viewer's upload).
   */
  mediaStatusChanged: Media;
};


export type SubscriptionMediaStatusChangedArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type UploadMediaInput = {
  /** Text alternative for screen readers. */
  alt?: InputMaybe<Scalars['String']['input']>;
  file: Scalars['Upload']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UploadMediaPayload = {
  __typename?: 'UploadMediaPayload';
  media: Media;
};

export type UploadMediasInput = {
  files: Array<Scalars['Upload']['input']>;
  /** Tags given to every file. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UploadMediasPayload = {
  __typename?: 'UploadMediasPayload';
  /** In the order of the files. */
  media: Array<Media>;
};

export type User = {
  __typename?: 'User';
  /** Nullable: null when none is set, or when the media service is down. */
  avatar?: Maybe<Media>;
  id: Scalars['ID']['output'];
};

export type Vendor = {
  __typename?: 'Vendor';
  /** The first photo of the gallery. */
  cover?: Maybe<Media>;
  /** The vendor's photos (uploaded by its owner), in the order they were attached. Nullable: null only when the media service is down. */
  gallery?: Maybe<Array<Media>>;
  id: Scalars['ID']['output'];
  owner?: Maybe<User>;
};


export type VendorGalleryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

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
  Event: Event;
  Media: Media;
  Message: Message;
  User: User;
  Vendor: Vendor;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Event'], {"owner":{"id":true}}> ) );
  Media:
    ( { __typename: 'Media' }
    & GraphQLRecursivePick<FederationTypes['Media'], {"id":true}> );
  Message:
    ( { __typename: 'Message' }
    & GraphQLRecursivePick<FederationTypes['Message'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  Vendor:
    ( { __typename: 'Vendor' }
    & GraphQLRecursivePick<FederationTypes['Vendor'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Vendor'], {"owner":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['Vendor'], {"owner":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['Vendor'], {"owner":{"id":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AttachMediaInput: AttachMediaInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AttachMediaPayload: ResolverTypeWrapper<Omit<AttachMediaPayload, 'media'> & { media: Array<ResolversTypes['Media']> }>;
  Event: ResolverTypeWrapper<Omit<Event, 'owner' | 'photos'> & { owner?: Maybe<ResolversTypes['User']>, photos?: Maybe<Array<ResolversTypes['Media']>> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Media: ResolverTypeWrapper<MediaRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  MediaStatus: MediaStatus;
  MediaTargetInput: MediaTargetInput;
  MediaTargetType: MediaTargetType;
  MediaVariant: ResolverTypeWrapper<StoredVariant>;
  Message: ResolverTypeWrapper<Omit<Message, 'attachments'> & { attachments?: Maybe<Array<ResolversTypes['Media']>> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Upload: ResolverTypeWrapper<Scalars['Upload']['output']>;
  UploadMediaInput: UploadMediaInput;
  UploadMediaPayload: ResolverTypeWrapper<Omit<UploadMediaPayload, 'media'> & { media: ResolversTypes['Media'] }>;
  UploadMediasInput: UploadMediasInput;
  UploadMediasPayload: ResolverTypeWrapper<Omit<UploadMediasPayload, 'media'> & { media: Array<ResolversTypes['Media']> }>;
  User: ResolverTypeWrapper<Omit<User, 'avatar'> & { avatar?: Maybe<ResolversTypes['Media']> }>;
  Vendor: ResolverTypeWrapper<Omit<Vendor, 'cover' | 'gallery' | 'owner'> & { cover?: Maybe<ResolversTypes['Media']>, gallery?: Maybe<Array<ResolversTypes['Media']>>, owner?: Maybe<ResolversTypes['User']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AttachMediaInput: AttachMediaInput;
  ID: Scalars['ID']['output'];
  AttachMediaPayload: Omit<AttachMediaPayload, 'media'> & { media: Array<ResolversParentTypes['Media']> };
  Event: Omit<Event, 'owner' | 'photos'> & { owner?: Maybe<ResolversParentTypes['User']>, photos?: Maybe<Array<ResolversParentTypes['Media']>> } | FederationReferenceTypes['Event'];
  Int: Scalars['Int']['output'];
  Media: MediaRow;
  String: Scalars['String']['output'];
  MediaTargetInput: MediaTargetInput;
  MediaVariant: StoredVariant;
  Message: Omit<Message, 'attachments'> & { attachments?: Maybe<Array<ResolversParentTypes['Media']>> } | FederationReferenceTypes['Message'];
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  Upload: Scalars['Upload']['output'];
  UploadMediaInput: UploadMediaInput;
  UploadMediaPayload: Omit<UploadMediaPayload, 'media'> & { media: ResolversParentTypes['Media'] };
  UploadMediasInput: UploadMediasInput;
  UploadMediasPayload: Omit<UploadMediasPayload, 'media'> & { media: Array<ResolversParentTypes['Media']> };
  User: Omit<User, 'avatar'> & { avatar?: Maybe<ResolversParentTypes['Media']> } | FederationReferenceTypes['User'];
  Vendor: Omit<Vendor, 'cover' | 'gallery' | 'owner'> & { cover?: Maybe<ResolversParentTypes['Media']>, gallery?: Maybe<Array<ResolversParentTypes['Media']>>, owner?: Maybe<ResolversParentTypes['User']> } | FederationReferenceTypes['Vendor'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AttachMediaPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachMediaPayload'] = ResolversParentTypes['AttachMediaPayload']> = ResolversObject<{
  media?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  photos?: Resolver<Maybe<Array<ResolversTypes['Media']>>, ParentType, ContextType, RequireFields<EventPhotosArgs, 'first'>>;
}>;

export type MediaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media'], FederationReferenceType extends FederationReferenceTypes['Media'] = FederationReferenceTypes['Media']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Media']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blurhash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MediaStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['MediaVariant']>, ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MediaVariantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediaVariant'] = ResolversParentTypes['MediaVariant']> = ResolversObject<{
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message'], FederationReferenceType extends FederationReferenceTypes['Message'] = FederationReferenceTypes['Message']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Message']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<Maybe<Array<ResolversTypes['Media']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  attachMedia?: Resolver<ResolversTypes['AttachMediaPayload'], ParentType, ContextType, RequireFields<MutationAttachMediaArgs, 'input'>>;
  uploadMedia?: Resolver<ResolversTypes['UploadMediaPayload'], ParentType, ContextType, RequireFields<MutationUploadMediaArgs, 'input'>>;
  uploadMedias?: Resolver<ResolversTypes['UploadMediasPayload'], ParentType, ContextType, RequireFields<MutationUploadMediasArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  media?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType, RequireFields<QueryMediaArgs, 'id'>>;
  mediaByChecksum?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType, RequireFields<QueryMediaByChecksumArgs, 'sha1s'>>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  mediaStatusChanged?: SubscriptionResolver<ResolversTypes['Media'], "mediaStatusChanged", ParentType, ContextType, RequireFields<SubscriptionMediaStatusChangedArgs, 'ids'>>;
}>;

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type UploadMediaPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UploadMediaPayload'] = ResolversParentTypes['UploadMediaPayload']> = ResolversObject<{
  media?: Resolver<ResolversTypes['Media'], ParentType, ContextType>;
}>;

export type UploadMediasPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UploadMediasPayload'] = ResolversParentTypes['UploadMediasPayload']> = ResolversObject<{
  media?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avatar?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VendorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vendor'] = ResolversParentTypes['Vendor'], FederationReferenceType extends FederationReferenceTypes['Vendor'] = FederationReferenceTypes['Vendor']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vendor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cover?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  gallery?: Resolver<Maybe<Array<ResolversTypes['Media']>>, ParentType, ContextType, RequireFields<VendorGalleryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AttachMediaPayload?: AttachMediaPayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Media?: MediaResolvers<ContextType>;
  MediaVariant?: MediaVariantResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  UploadMediaPayload?: UploadMediaPayloadResolvers<ContextType>;
  UploadMediasPayload?: UploadMediasPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Vendor?: VendorResolvers<ContextType>;
}>;

