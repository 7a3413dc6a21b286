import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EventRow } from '../entities/Event.ts';
import type { BookingRow, BookingMoveRow } from '../entities/Booking.ts';
import type { ReviewRow } from '../entities/Review.ts';
import type { GuestRow, InvitationRow } from '../guests/rows.ts';
import type { BudgetLineRow, BudgetPaymentRow } from '../budget/rows.ts';
import type { TaskRow } from '../checklist/rows.ts';
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

export type AcceptEventInvitationInput = {
  token: Scalars['String']['input'];
};

export type AddBudgetLineInput = {
  bookingId?: InputMaybe<Scalars['ID']['input']>;
  category: BudgetCategory;
  eventId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
  planned: Scalars['Int']['input'];
};

export type AddGuestInput = {
  dietaryNotes?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  partySize: Scalars['Int']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  side: GuestSide;
  table?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AddTaskInput = {
  /** One of the event's owners. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  eventId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type Booking = {
  __typename?: 'Booking';
  couple: User;
  createdAt: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  /** Whole DZD: price × depositPercent. */
  deposit?: Maybe<Scalars['Int']['output']>;
  depositPercent?: Maybe<Scalars['Int']['output']>;
  /** Null for the vendor: a vendor sees the request, never the couple's event (nor its budget). */
  event?: Maybe<Event>;
  /** When the current state runs out by itself (ISO 8601); null in a final state. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  guestCount: Scalars['Int']['output'];
  /** Every move, oldest first. */
  history: Array<BookingMove>;
  holdDays?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The couple's first message. */
  message: Scalars['String']['output'];
  offerId?: Maybe<Scalars['ID']['output']>;
  /** From the offer: base price + extra guests × price per extra guest, whole DZD. */
  offerPrice?: Maybe<Scalars['Int']['output']>;
  /** The price standing now: the offer's, then the quote, then the couple's counter-offer. */
  price?: Maybe<Scalars['Int']['output']>;
  /** The couple's review, once the booking is completed and reviewed. */
  review?: Maybe<Review>;
  slot: Slot;
  state: BookingState;
  updatedAt: Scalars['String']['output'];
  vendor: Vendor;
};

export type BookingActor =
  | 'COUPLE'
  /** Zaffa itself: another booking took the date. */
  | 'SYSTEM'
  /** A timer: an unanswered state ran out, or the day went by. */
  | 'TIMER'
  | 'VENDOR';

export type BookingConnection = {
  __typename?: 'BookingConnection';
  edges: Array<BookingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BookingEdge = {
  __typename?: 'BookingEdge';
  cursor: Scalars['String']['output'];
  node: Booking;
};

export type BookingIdInput = {
  bookingId: Scalars['ID']['input'];
};

export type BookingMove = {
  __typename?: 'BookingMove';
  actor: BookingActor;
  at: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  price?: Maybe<Scalars['Int']['output']>;
  state: BookingState;
};

export type BookingPayload = {
  __typename?: 'BookingPayload';
  booking: Booking;
};

export type BookingState =
  | 'CANCELLED_BY_COUPLE'
  | 'CANCELLED_BY_VENDOR'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'COUNTER_OFFER'
  | 'DECLINED'
  | 'EXPIRED'
  | 'HELD'
  | 'INQUIRY'
  | 'QUOTED';

export type BudgetCategory =
  | 'ATTIRE'
  | 'BEAUTY'
  | 'CAKE'
  | 'CATERING'
  | 'DECORATION'
  | 'INVITATIONS'
  | 'JEWELRY'
  | 'MUSIC'
  | 'OTHER'
  | 'PHOTO_VIDEO'
  | 'TRANSPORT'
  | 'VENUE';

export type BudgetCategoryTotal = {
  __typename?: 'BudgetCategoryTotal';
  category: BudgetCategory;
  committed: Scalars['Int']['output'];
  paid: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
  quoted: Scalars['Int']['output'];
};

/** Amounts in whole DZD. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** The booking that fills this line, if any. */
  booking?: Maybe<Booking>;
  category: BudgetCategory;
  /** Committed: the confirmed booking's price, or what was paid if more. */
  committed: Scalars['Int']['output'];
  /** The booking's deposit (price × deposit percent); recorded as paid when the vendor confirms. */
  deposit?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  paid: Scalars['Int']['output'];
  payments: Array<BudgetPayment>;
  planned: Scalars['Int']['output'];
  /** The booking's price standing now (quote, counter-offer, confirmed price); null without a live booking. */
  quoted?: Maybe<Scalars['Int']['output']>;
};

export type BudgetLinePayload = {
  __typename?: 'BudgetLinePayload';
  line: BudgetLine;
};

export type BudgetPayment = {
  __typename?: 'BudgetPayment';
  amount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Calendar date, YYYY-MM-DD. */
  paidOn: Scalars['Date']['output'];
};

export type BudgetStanding =
  /** No total budget set on the event. */
  | 'NO_BUDGET'
  | 'OVER'
  | 'UNDER';

export type BudgetSummary = {
  __typename?: 'BudgetSummary';
  /** total − projected: negative when over. */
  balance?: Maybe<Scalars['Int']['output']>;
  categories: Array<BudgetCategoryTotal>;
  committed: Scalars['Int']['output'];
  /** Committed and not paid yet. */
  outstanding: Scalars['Int']['output'];
  paid: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
  /** Per line, the surest figure known: committed, else quoted, else planned. */
  projected: Scalars['Int']['output'];
  quoted: Scalars['Int']['output'];
  standing: BudgetStanding;
  /** The event's budget, if set. */
  total?: Maybe<Scalars['Int']['output']>;
};

export type CancelBookingInput = {
  bookingId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CounterBookingInput = {
  bookingId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  price: Scalars['Int']['input'];
};

export type CreateEventInput = {
  budget?: InputMaybe<Scalars['Int']['input']>;
  /** Calendar date, YYYY-MM-DD. */
  date: Scalars['String']['input'];
  guestCount?: InputMaybe<Scalars['Int']['input']>;
  kind: EventKind;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateEventPayload = {
  __typename?: 'CreateEventPayload';
  event: Event;
};

export type DeclineBookingInput = {
  bookingId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Event = {
  __typename?: 'Event';
  /** The event's booking requests, newest first. */
  bookings: BookingConnection;
  /** Whole DZD. Only the event's owners ever see an event, so vendors never see this. */
  budget?: Maybe<Scalars['Int']['output']>;
  /** The budget's lines, by category then oldest first: owners only. */
  budgetLines: Array<BudgetLine>;
  /** Planned against committed against paid, in total and per category, and whether it runs over `budget`: owners only. */
  budgetSummary: BudgetSummary;
  createdAt: Scalars['String']['output'];
  /** Calendar date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  guestCount?: Maybe<Scalars['Int']['output']>;
  /** The whole guest list as CSV, the columns importGuests reads, in the order households were added: owners only. The gateway serves it as a download. */
  guestListCsv: Scalars['String']['output'];
  /** Households and people by RSVP status and by side: owners only. */
  guestSummary: GuestSummary;
  /** The guest list, by name: owners only. */
  guests: GuestConnection;
  id: Scalars['ID']['output'];
  kind: EventKind;
  /** Resolved by accounts; null if it cannot answer, so the event still shows. */
  owner?: Maybe<User>;
  /** The co-owner, once they accepted the invitation. */
  partner?: Maybe<User>;
  /** The commune where it takes place. */
  placeId?: Maybe<Scalars['ID']['output']>;
  /** The checklist, earliest due first (undated last): for the event's owners only (null for anyone else, staff included). */
  tasks?: Maybe<TaskConnection>;
  title: Scalars['String']['output'];
};


export type EventBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventGuestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GuestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventKind =
  | 'ENGAGEMENT'
  | 'HENNA'
  | 'OTHER'
  | 'WEDDING';

export type EventPayload = {
  __typename?: 'EventPayload';
  event: Event;
};

/** One invited household. */
export type Guest = {
  __typename?: 'Guest';
  /** How many of the household come, as they answered; null until they answer ATTENDING or MAYBE. */
  attending?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['String']['output'];
  dietaryNotes?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The secret of this household's invitation link; only the event's owners ever see it. */
  invitationToken: Scalars['String']['output'];
  /** The household as the invitation names it (Famille Benali). */
  name: Scalars['String']['output'];
  /** How many people the invitation is for. */
  partySize: Scalars['Int']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  respondedAt?: Maybe<Scalars['String']['output']>;
  rsvp: RsvpStatus;
  /** The household's message with its answer. */
  rsvpNote?: Maybe<Scalars['String']['output']>;
  side: GuestSide;
  /** Table or section. */
  table?: Maybe<Scalars['String']['output']>;
  /** The couple's own groups (cousins, work, neighbours). */
  tags: Array<Scalars['String']['output']>;
};

export type GuestConnection = {
  __typename?: 'GuestConnection';
  edges: Array<GuestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GuestEdge = {
  __typename?: 'GuestEdge';
  cursor: Scalars['String']['output'];
  node: Guest;
};

export type GuestFilter = {
  rsvp?: InputMaybe<RsvpStatus>;
  /** Part of the household's name, any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  side?: InputMaybe<GuestSide>;
  /** Households carrying this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type GuestPayload = {
  __typename?: 'GuestPayload';
  guest: Guest;
};

export type GuestSide =
  | 'BOTH'
  | 'BRIDE'
  | 'GROOM';

export type GuestSideCount = {
  __typename?: 'GuestSideCount';
  attending: Scalars['Int']['output'];
  households: Scalars['Int']['output'];
  invited: Scalars['Int']['output'];
  side: GuestSide;
};

export type GuestStatusCount = {
  __typename?: 'GuestStatusCount';
  households: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  status: RsvpStatus;
};

/** Counts: households, and people (those coming for ATTENDING, the invited party size otherwise). */
export type GuestSummary = {
  __typename?: 'GuestSummary';
  /** People who said they come. */
  attending: Scalars['Int']['output'];
  bySide: Array<GuestSideCount>;
  byStatus: Array<GuestStatusCount>;
  households: Scalars['Int']['output'];
  /** People invited, all households together. */
  invited: Scalars['Int']['output'];
};

export type HideReviewInput = {
  reason: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};

export type ImportGuestsInput = {
  /**
   * UTF-8 CSV with a header row, in any order: name (required), party_size (default 1), side (default BOTH), tags (separated
   * by ;), phone, email, dietary_notes, table, rsvp (default PENDING), attending.
   */
  csv: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
};

export type ImportGuestsPayload = {
  __typename?: 'ImportGuestsPayload';
  event: Event;
  /** How many households were added. */
  imported: Scalars['Int']['output'];
};

/** What a household sees of its invitation: never the guest list, the budget or the token's owner. */
export type Invitation = {
  __typename?: 'Invitation';
  attending?: Maybe<Scalars['Int']['output']>;
  /** Calendar date, YYYY-MM-DD. */
  eventDate: Scalars['String']['output'];
  eventKind: EventKind;
  eventTitle: Scalars['String']['output'];
  guestName: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  partySize: Scalars['Int']['output'];
  respondedAt?: Maybe<Scalars['String']['output']>;
  rsvp: RsvpStatus;
};

export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  invitation: Invitation;
};

export type InviteCoOwnerInput = {
  email: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
};

export type InviteCoOwnerPayload = {
  __typename?: 'InviteCoOwnerPayload';
  email: Scalars['String']['output'];
  event: Event;
  expiresAt: Scalars['String']['output'];
  /** Single use, valid until expiresAt; the only copy (it is stored hashed). */
  token: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The signed-in partner becomes the event's co-owner. */
  acceptEventInvitation: EventPayload;
  /** The couple accepts the quote (QUOTED → HELD): the date is held for the quote's holdDays, or DATE_UNAVAILABLE. */
  acceptQuote: BookingPayload;
  /** An owner plans a line of the budget; with a bookingId, that booking's quote and deposit fill it. */
  addBudgetLine: BudgetLinePayload;
  /** An owner adds one household to the guest list. */
  addGuest: GuestPayload;
  /** An owner adds a task of their own to the event's checklist. */
  addTask: TaskPayload;
  /** Either side calls it off before it is completed (CANCELLED_BY_COUPLE or CANCELLED_BY_VENDOR). */
  cancelBooking: BookingPayload;
  /** The vendor's owner closes dates to bookings; held and booked slots stay as they are. */
  closeVendorDates: VendorDatesPayload;
  /** Marks a task done; its reminders still to come are cancelled. */
  completeTask: TaskPayload;
  /** The vendor's owner received the deposit (HELD → CONFIRMED); the other open requests for that slot are declined. */
  confirmBooking: BookingPayload;
  /** The couple answers a quote with a price of their own (QUOTED → COUNTER_OFFER). */
  counterBooking: BookingPayload;
  createEvent: CreateEventPayload;
  /** The vendor's owner says no (INQUIRY, QUOTED or COUNTER_OFFER → DECLINED). */
  declineBooking: BookingPayload;
  /** Staff only: hides a review from everyone, with the reason kept. */
  hideReview: ReviewPayload;
  /**
   * An owner adds every household of a CSV sheet (the columns of the export), or none: each bad row is named by line and
   * column in the error's `extensions.errors`.
   */
  importGuests: ImportGuestsPayload;
  /** An owner invites their partner by email; the payload's token goes in the link the partner opens. */
  inviteCoOwner: InviteCoOwnerPayload;
  /** The vendor's owner quotes (INQUIRY or COUNTER_OFFER → QUOTED). */
  quoteBooking: BookingPayload;
  /** An owner records money paid against a line. */
  recordPayment: RecordPaymentPayload;
  /** An owner removes a line and its payments. */
  removeBudgetLine: RemoveBudgetLinePayload;
  /** An owner removes a household (and its invitation link stops working). */
  removeGuest: RemoveGuestPayload;
  /** Removes a task and its reminders still to come. */
  removeTask: RemoveTaskPayload;
  /** The vendor's owner opens closed dates again. */
  reopenVendorDates: VendorDatesPayload;
  /** The vendor's owner answers a review, once. */
  replyToReview: ReviewPayload;
  /** A couple asks a vendor for a date (state INQUIRY). The same idempotencyKey by the same couple returns the same booking. */
  requestBooking: BookingPayload;
  /** A household answers its invitation, with no account: the token is the invitation. */
  respondToInvitation: InvitationPayload;
  /** An owner changes a line's category, label or planned amount. */
  updateBudgetLine: BudgetLinePayload;
  /** Changes the fields given, by either owner. */
  updateEvent: EventPayload;
  /** An owner changes the fields given; a field sent as null is cleared (name, partySize and side cannot be). */
  updateGuest: GuestPayload;
  /** Changes the fields given; a due date set here is the couple's own and no longer follows the event's date. */
  updateTask: TaskPayload;
  /** The couple of a COMPLETED booking reviews it, once. */
  writeReview: ReviewPayload;
};


export type MutationAcceptEventInvitationArgs = {
  input: AcceptEventInvitationInput;
};


export type MutationAcceptQuoteArgs = {
  input: BookingIdInput;
};


export type MutationAddBudgetLineArgs = {
  input: AddBudgetLineInput;
};


export type MutationAddGuestArgs = {
  input: AddGuestInput;
};


export type MutationAddTaskArgs = {
  input: AddTaskInput;
};


export type MutationCancelBookingArgs = {
  input: CancelBookingInput;
};


export type MutationCloseVendorDatesArgs = {
  input: VendorDatesInput;
};


export type MutationCompleteTaskArgs = {
  input: TaskIdInput;
};


export type MutationConfirmBookingArgs = {
  input: BookingIdInput;
};


export type MutationCounterBookingArgs = {
  input: CounterBookingInput;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationDeclineBookingArgs = {
  input: DeclineBookingInput;
};


export type MutationHideReviewArgs = {
  input: HideReviewInput;
};


export type MutationImportGuestsArgs = {
  input: ImportGuestsInput;
};


export type MutationInviteCoOwnerArgs = {
  input: InviteCoOwnerInput;
};


export type MutationQuoteBookingArgs = {
  input: QuoteBookingInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRemoveBudgetLineArgs = {
  input: RemoveBudgetLineInput;
};


export type MutationRemoveGuestArgs = {
  input: RemoveGuestInput;
};


export type MutationRemoveTaskArgs = {
  input: TaskIdInput;
};


export type MutationReopenVendorDatesArgs = {
  input: VendorDatesInput;
};


export type MutationReplyToReviewArgs = {
  input: ReplyToReviewInput;
};


export type MutationRequestBookingArgs = {
  input: RequestBookingInput;
};


export type MutationRespondToInvitationArgs = {
  input: RespondToInvitationInput;
};


export type MutationUpdateBudgetLineArgs = {
  input: UpdateBudgetLineInput;
};


export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


export type MutationUpdateGuestArgs = {
  input: UpdateGuestInput;
};


export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};


export type MutationWriteReviewArgs = {
  input: WriteReviewInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A booking of the viewer's events, or made to the viewer's vendors (staff: any); anyone else's answers null. */
  booking?: Maybe<Booking>;
  /** An event the viewer owns or co-owns (staff: any). */
  event?: Maybe<Event>;
  /** The invitation a household's link carries, for a guest without an account. A wrong token is NOT_FOUND. */
  invitation: Invitation;
  /** The viewer's events (as owner or co-owner), soonest first. */
  myEvents: EventConnection;
};


export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryMyEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuoteBookingInput = {
  bookingId: Scalars['ID']['input'];
  depositPercent: Scalars['Int']['input'];
  /** How many days the date stays held once the couple accepts, 1 to 60. */
  holdDays: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  price: Scalars['Int']['input'];
};

export type RecordPaymentInput = {
  amount: Scalars['Int']['input'];
  lineId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Calendar date, YYYY-MM-DD. */
  paidOn: Scalars['Date']['input'];
};

export type RecordPaymentPayload = {
  __typename?: 'RecordPaymentPayload';
  line: BudgetLine;
  payment: BudgetPayment;
};

export type RemoveBudgetLineInput = {
  id: Scalars['ID']['input'];
};

export type RemoveBudgetLinePayload = {
  __typename?: 'RemoveBudgetLinePayload';
  id: Scalars['ID']['output'];
};

export type RemoveGuestInput = {
  id: Scalars['ID']['input'];
};

export type RemoveGuestPayload = {
  __typename?: 'RemoveGuestPayload';
  /** The removed household's id. */
  id: Scalars['ID']['output'];
};

export type RemoveTaskPayload = {
  __typename?: 'RemoveTaskPayload';
  removedTaskId: Scalars['ID']['output'];
};

export type ReplyToReviewInput = {
  reviewId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type RequestBookingInput = {
  date: Scalars['Date']['input'];
  eventId: Scalars['ID']['input'];
  guestCount: Scalars['Int']['input'];
  /** Sent again with a retried request, so a flaky network never makes two bookings. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  offerId?: InputMaybe<Scalars['ID']['input']>;
  slot: Slot;
  vendorId: Scalars['ID']['input'];
};

export type RespondToInvitationInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  /** How many of the household come (1 to the invitation's party size); ignored when DECLINED. */
  partySize?: InputMaybe<Scalars['Int']['input']>;
  /** ATTENDING, MAYBE or DECLINED. */
  status: RsvpStatus;
  token: Scalars['String']['input'];
};

export type Review = {
  __typename?: 'Review';
  author: User;
  createdAt: Scalars['String']['output'];
  /** Staff see hidden reviews; everyone else never does. */
  hidden: Scalars['Boolean']['output'];
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** From the old platform, before reviews came only from completed bookings. */
  imported: Scalars['Boolean']['output'];
  /** 1 to 5. */
  rating: Scalars['Int']['output'];
  reply?: Maybe<ReviewReply>;
  subRatings?: Maybe<SubRatings>;
  text: Scalars['String']['output'];
  vendor: Vendor;
};

export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  edges: Array<ReviewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  cursor: Scalars['String']['output'];
  node: Review;
};

export type ReviewPayload = {
  __typename?: 'ReviewPayload';
  review: Review;
};

export type ReviewReply = {
  __typename?: 'ReviewReply';
  at: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type RsvpStatus =
  | 'ATTENDING'
  | 'DECLINED'
  | 'MAYBE'
  | 'PENDING';

/** Algerian halls rent afternoons and dinners separately; a full day takes both. */
export type Slot =
  | 'AFTERNOON'
  | 'EVENING'
  | 'FULL_DAY';

export type SlotStatus =
  | 'BOOKED'
  | 'CLOSED'
  | 'FREE'
  | 'HELD';

export type SubRatings = {
  __typename?: 'SubRatings';
  professionalism: Scalars['Int']['output'];
  quality: Scalars['Int']['output'];
  responsiveness: Scalars['Int']['output'];
  value: Scalars['Int']['output'];
};

export type SubRatingsInput = {
  professionalism: Scalars['Int']['input'];
  quality: Scalars['Int']['input'];
  responsiveness: Scalars['Int']['input'];
  value: Scalars['Int']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Bookings as they move (requested, quoted, accepted, confirmed...), each as it stands after the move: those of
   * an event, for its owners, or those made to a vendor, for its owner (both given: the bookings of that event with
   * that vendor). Errors: UNAUTHENTICATED, BAD_USER_INPUT (neither given), NOT_FOUND (not the viewer's event or vendor).
   */
  bookingChanged: Booking;
};


export type SubscriptionBookingChangedArgs = {
  eventId?: InputMaybe<Scalars['ID']['input']>;
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};

/** A to-do of an event's checklist. Reminders go out at 09:00 Africa/Algiers on its due day and some days before, while it is open. */
export type Task = {
  __typename?: 'Task';
  /** One of the event's owners. */
  assignee?: Maybe<User>;
  createdAt: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['String']['output']>;
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** True while the due date follows the event's date (a template task the couple did not re-date). */
  followsEventDate: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** French, as the template or the couple wrote it. */
  title: Scalars['String']['output'];
  /** The template's Arabic title; null for a task the couple wrote, or once they renamed it. */
  titleAr?: Maybe<Scalars['String']['output']>;
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskFilter = {
  /** Only done (true) or open (false) tasks. */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tasks due before this day. */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
};

export type TaskIdInput = {
  taskId: Scalars['ID']['input'];
};

export type TaskPayload = {
  __typename?: 'TaskPayload';
  task: Task;
};

export type UpdateBudgetLineInput = {
  category?: InputMaybe<BudgetCategory>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  planned?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateEventInput = {
  budget?: InputMaybe<Scalars['Int']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  guestCount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<EventKind>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateGuestInput = {
  dietaryNotes?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  partySize?: InputMaybe<Scalars['Int']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  side?: InputMaybe<GuestSide>;
  table?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateTaskInput = {
  /** One of the event's owners; null clears it. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** null clears it. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** Fields other subgraphs add to an entity are nullable, so one subgraph being down blanks only its own fields. */
export type Vendor = {
  __typename?: 'Vendor';
  /** Each day's slots from `from` to `to` (at most 92 days). */
  availability?: Maybe<Array<VendorDay>>;
  /** Requests made to this vendor, newest first: for its owner and staff only (null for anyone else). */
  bookings?: Maybe<BookingConnection>;
  id: Scalars['ID']['output'];
  /** Mean of the vendor's visible review ratings (1 to 5); null before the first review. */
  rating?: Maybe<Scalars['Float']['output']>;
  reviewCount?: Maybe<Scalars['Int']['output']>;
  /** Visible reviews, newest first. */
  reviews?: Maybe<ReviewConnection>;
};


/** Fields other subgraphs add to an entity are nullable, so one subgraph being down blanks only its own fields. */
export type VendorAvailabilityArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Fields other subgraphs add to an entity are nullable, so one subgraph being down blanks only its own fields. */
export type VendorBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<BookingState>>;
};


/** Fields other subgraphs add to an entity are nullable, so one subgraph being down blanks only its own fields. */
export type VendorReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VendorDatesInput = {
  dates: Array<Scalars['Date']['input']>;
  slot: Slot;
  vendorId: Scalars['ID']['input'];
};

export type VendorDatesPayload = {
  __typename?: 'VendorDatesPayload';
  days: Array<VendorDay>;
};

export type VendorDay = {
  __typename?: 'VendorDay';
  date: Scalars['Date']['output'];
  slots: Array<VendorSlot>;
};

export type VendorSlot = {
  __typename?: 'VendorSlot';
  slot: Slot;
  status: SlotStatus;
};

export type WriteReviewInput = {
  bookingId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
  subRatings?: InputMaybe<SubRatingsInput>;
  text: Scalars['String']['input'];
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
  Booking: Booking;
  Event: Event;
  Review: Review;
  Vendor: Vendor;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Booking:
    ( { __typename: 'Booking' }
    & GraphQLRecursivePick<FederationTypes['Booking'], {"id":true}> );
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  Review:
    ( { __typename: 'Review' }
    & GraphQLRecursivePick<FederationTypes['Review'], {"id":true}> );
  Vendor:
    ( { __typename: 'Vendor' }
    & GraphQLRecursivePick<FederationTypes['Vendor'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptEventInvitationInput: AcceptEventInvitationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddBudgetLineInput: AddBudgetLineInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddGuestInput: AddGuestInput;
  AddTaskInput: AddTaskInput;
  Booking: ResolverTypeWrapper<BookingRow>;
  BookingActor: BookingActor;
  BookingConnection: ResolverTypeWrapper<Omit<BookingConnection, 'edges'> & { edges: Array<ResolversTypes['BookingEdge']> }>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingIdInput: BookingIdInput;
  BookingMove: ResolverTypeWrapper<BookingMoveRow>;
  BookingPayload: ResolverTypeWrapper<Omit<BookingPayload, 'booking'> & { booking: ResolversTypes['Booking'] }>;
  BookingState: BookingState;
  BudgetCategory: BudgetCategory;
  BudgetCategoryTotal: ResolverTypeWrapper<BudgetCategoryTotal>;
  BudgetLine: ResolverTypeWrapper<BudgetLineRow>;
  BudgetLinePayload: ResolverTypeWrapper<Omit<BudgetLinePayload, 'line'> & { line: ResolversTypes['BudgetLine'] }>;
  BudgetPayment: ResolverTypeWrapper<BudgetPaymentRow>;
  BudgetStanding: BudgetStanding;
  BudgetSummary: ResolverTypeWrapper<BudgetSummary>;
  CancelBookingInput: CancelBookingInput;
  CounterBookingInput: CounterBookingInput;
  CreateEventInput: CreateEventInput;
  CreateEventPayload: ResolverTypeWrapper<Omit<CreateEventPayload, 'event'> & { event: ResolversTypes['Event'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DeclineBookingInput: DeclineBookingInput;
  Event: ResolverTypeWrapper<EventRow>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventKind: EventKind;
  EventPayload: ResolverTypeWrapper<Omit<EventPayload, 'event'> & { event: ResolversTypes['Event'] }>;
  Guest: ResolverTypeWrapper<GuestRow>;
  GuestConnection: ResolverTypeWrapper<Omit<GuestConnection, 'edges'> & { edges: Array<ResolversTypes['GuestEdge']> }>;
  GuestEdge: ResolverTypeWrapper<Omit<GuestEdge, 'node'> & { node: ResolversTypes['Guest'] }>;
  GuestFilter: GuestFilter;
  GuestPayload: ResolverTypeWrapper<Omit<GuestPayload, 'guest'> & { guest: ResolversTypes['Guest'] }>;
  GuestSide: GuestSide;
  GuestSideCount: ResolverTypeWrapper<GuestSideCount>;
  GuestStatusCount: ResolverTypeWrapper<GuestStatusCount>;
  GuestSummary: ResolverTypeWrapper<GuestSummary>;
  HideReviewInput: HideReviewInput;
  ImportGuestsInput: ImportGuestsInput;
  ImportGuestsPayload: ResolverTypeWrapper<Omit<ImportGuestsPayload, 'event'> & { event: ResolversTypes['Event'] }>;
  Invitation: ResolverTypeWrapper<InvitationRow>;
  InvitationPayload: ResolverTypeWrapper<Omit<InvitationPayload, 'invitation'> & { invitation: ResolversTypes['Invitation'] }>;
  InviteCoOwnerInput: InviteCoOwnerInput;
  InviteCoOwnerPayload: ResolverTypeWrapper<Omit<InviteCoOwnerPayload, 'event'> & { event: ResolversTypes['Event'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteBookingInput: QuoteBookingInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentPayload: ResolverTypeWrapper<Omit<RecordPaymentPayload, 'line' | 'payment'> & { line: ResolversTypes['BudgetLine'], payment: ResolversTypes['BudgetPayment'] }>;
  RemoveBudgetLineInput: RemoveBudgetLineInput;
  RemoveBudgetLinePayload: ResolverTypeWrapper<RemoveBudgetLinePayload>;
  RemoveGuestInput: RemoveGuestInput;
  RemoveGuestPayload: ResolverTypeWrapper<RemoveGuestPayload>;
  RemoveTaskPayload: ResolverTypeWrapper<RemoveTaskPayload>;
  ReplyToReviewInput: ReplyToReviewInput;
  RequestBookingInput: RequestBookingInput;
  RespondToInvitationInput: RespondToInvitationInput;
  Review: ResolverTypeWrapper<ReviewRow>;
  ReviewConnection: ResolverTypeWrapper<Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversTypes['ReviewEdge']> }>;
  ReviewEdge: ResolverTypeWrapper<Omit<ReviewEdge, 'node'> & { node: ResolversTypes['Review'] }>;
  ReviewPayload: ResolverTypeWrapper<Omit<ReviewPayload, 'review'> & { review: ResolversTypes['Review'] }>;
  ReviewReply: ResolverTypeWrapper<ReviewReply>;
  RsvpStatus: RsvpStatus;
  Slot: Slot;
  SlotStatus: SlotStatus;
  SubRatings: ResolverTypeWrapper<SubRatings>;
  SubRatingsInput: SubRatingsInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskIdInput: TaskIdInput;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task'> & { task: ResolversTypes['Task'] }>;
  UpdateBudgetLineInput: UpdateBudgetLineInput;
  UpdateEventInput: UpdateEventInput;
  UpdateGuestInput: UpdateGuestInput;
  UpdateTaskInput: UpdateTaskInput;
  User: ResolverTypeWrapper<User>;
  Vendor: ResolverTypeWrapper<Omit<Vendor, 'bookings' | 'reviews'> & { bookings?: Maybe<ResolversTypes['BookingConnection']>, reviews?: Maybe<ResolversTypes['ReviewConnection']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  VendorDatesInput: VendorDatesInput;
  VendorDatesPayload: ResolverTypeWrapper<VendorDatesPayload>;
  VendorDay: ResolverTypeWrapper<VendorDay>;
  VendorSlot: ResolverTypeWrapper<VendorSlot>;
  WriteReviewInput: WriteReviewInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptEventInvitationInput: AcceptEventInvitationInput;
  String: Scalars['String']['output'];
  AddBudgetLineInput: AddBudgetLineInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AddGuestInput: AddGuestInput;
  AddTaskInput: AddTaskInput;
  Booking: BookingRow;
  BookingConnection: Omit<BookingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BookingEdge']> };
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingIdInput: BookingIdInput;
  BookingMove: BookingMoveRow;
  BookingPayload: Omit<BookingPayload, 'booking'> & { booking: ResolversParentTypes['Booking'] };
  BudgetCategoryTotal: BudgetCategoryTotal;
  BudgetLine: BudgetLineRow;
  BudgetLinePayload: Omit<BudgetLinePayload, 'line'> & { line: ResolversParentTypes['BudgetLine'] };
  BudgetPayment: BudgetPaymentRow;
  BudgetSummary: BudgetSummary;
  CancelBookingInput: CancelBookingInput;
  CounterBookingInput: CounterBookingInput;
  CreateEventInput: CreateEventInput;
  CreateEventPayload: Omit<CreateEventPayload, 'event'> & { event: ResolversParentTypes['Event'] };
  Date: Scalars['Date']['output'];
  DeclineBookingInput: DeclineBookingInput;
  Event: EventRow;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventPayload: Omit<EventPayload, 'event'> & { event: ResolversParentTypes['Event'] };
  Guest: GuestRow;
  GuestConnection: Omit<GuestConnection, 'edges'> & { edges: Array<ResolversParentTypes['GuestEdge']> };
  GuestEdge: Omit<GuestEdge, 'node'> & { node: ResolversParentTypes['Guest'] };
  GuestFilter: GuestFilter;
  GuestPayload: Omit<GuestPayload, 'guest'> & { guest: ResolversParentTypes['Guest'] };
  GuestSideCount: GuestSideCount;
  GuestStatusCount: GuestStatusCount;
  GuestSummary: GuestSummary;
  HideReviewInput: HideReviewInput;
  ImportGuestsInput: ImportGuestsInput;
  ImportGuestsPayload: Omit<ImportGuestsPayload, 'event'> & { event: ResolversParentTypes['Event'] };
  Invitation: InvitationRow;
  InvitationPayload: Omit<InvitationPayload, 'invitation'> & { invitation: ResolversParentTypes['Invitation'] };
  InviteCoOwnerInput: InviteCoOwnerInput;
  InviteCoOwnerPayload: Omit<InviteCoOwnerPayload, 'event'> & { event: ResolversParentTypes['Event'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  QuoteBookingInput: QuoteBookingInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentPayload: Omit<RecordPaymentPayload, 'line' | 'payment'> & { line: ResolversParentTypes['BudgetLine'], payment: ResolversParentTypes['BudgetPayment'] };
  RemoveBudgetLineInput: RemoveBudgetLineInput;
  RemoveBudgetLinePayload: RemoveBudgetLinePayload;
  RemoveGuestInput: RemoveGuestInput;
  RemoveGuestPayload: RemoveGuestPayload;
  RemoveTaskPayload: RemoveTaskPayload;
  ReplyToReviewInput: ReplyToReviewInput;
  RequestBookingInput: RequestBookingInput;
  RespondToInvitationInput: RespondToInvitationInput;
  Review: ReviewRow;
  ReviewConnection: Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReviewEdge']> };
  ReviewEdge: Omit<ReviewEdge, 'node'> & { node: ResolversParentTypes['Review'] };
  ReviewPayload: Omit<ReviewPayload, 'review'> & { review: ResolversParentTypes['Review'] };
  ReviewReply: ReviewReply;
  SubRatings: SubRatings;
  SubRatingsInput: SubRatingsInput;
  Subscription: Record<PropertyKey, never>;
  Task: TaskRow;
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskIdInput: TaskIdInput;
  TaskPayload: Omit<TaskPayload, 'task'> & { task: ResolversParentTypes['Task'] };
  UpdateBudgetLineInput: UpdateBudgetLineInput;
  UpdateEventInput: UpdateEventInput;
  UpdateGuestInput: UpdateGuestInput;
  UpdateTaskInput: UpdateTaskInput;
  User: User;
  Vendor: Omit<Vendor, 'bookings' | 'reviews'> & { bookings?: Maybe<ResolversParentTypes['BookingConnection']>, reviews?: Maybe<ResolversParentTypes['ReviewConnection']> } | FederationReferenceTypes['Vendor'];
  Float: Scalars['Float']['output'];
  VendorDatesInput: VendorDatesInput;
  VendorDatesPayload: VendorDatesPayload;
  VendorDay: VendorDay;
  VendorSlot: VendorSlot;
  WriteReviewInput: WriteReviewInput;
}>;

export type BookingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking'], FederationReferenceType extends FederationReferenceTypes['Booking'] = FederationReferenceTypes['Booking']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Booking']> | FederationReferenceType, FederationReferenceType, ContextType>;
  couple?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deposit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  depositPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guestCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['BookingMove']>, ParentType, ContextType>;
  holdDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  offerPrice?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['Slot'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['BookingState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
}>;

export type BookingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BookingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
}>;

export type BookingMoveResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingMove'] = ResolversParentTypes['BookingMove']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['BookingActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['BookingState'], ParentType, ContextType>;
}>;

export type BookingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingPayload'] = ResolversParentTypes['BookingPayload']> = ResolversObject<{
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
}>;

export type BudgetCategoryTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetCategoryTotal'] = ResolversParentTypes['BudgetCategoryTotal']> = ResolversObject<{
  category?: Resolver<ResolversTypes['BudgetCategory'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BudgetLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetLine'] = ResolversParentTypes['BudgetLine']> = ResolversObject<{
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BudgetCategory'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deposit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['BudgetPayment']>, ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type BudgetLinePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetLinePayload'] = ResolversParentTypes['BudgetLinePayload']> = ResolversObject<{
  line?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
}>;

export type BudgetPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetPayment'] = ResolversParentTypes['BudgetPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type BudgetSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetSummary'] = ResolversParentTypes['BudgetSummary']> = ResolversObject<{
  balance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['BudgetCategoryTotal']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['BudgetStanding'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CreateEventPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateEventPayload'] = ResolversParentTypes['CreateEventPayload']> = ResolversObject<{
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<EventBookingsArgs, 'first'>>;
  budget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  budgetLines?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  budgetSummary?: Resolver<ResolversTypes['BudgetSummary'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guestCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  guestListCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guestSummary?: Resolver<ResolversTypes['GuestSummary'], ParentType, ContextType>;
  guests?: Resolver<ResolversTypes['GuestConnection'], ParentType, ContextType, RequireFields<EventGuestsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  placeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, RequireFields<EventTasksArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventPayload'] = ResolversParentTypes['EventPayload']> = ResolversObject<{
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type GuestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Guest'] = ResolversParentTypes['Guest']> = ResolversObject<{
  attending?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dietaryNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitationToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rsvp?: Resolver<ResolversTypes['RsvpStatus'], ParentType, ContextType>;
  rsvpNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  side?: Resolver<ResolversTypes['GuestSide'], ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GuestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GuestConnection'] = ResolversParentTypes['GuestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GuestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GuestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GuestEdge'] = ResolversParentTypes['GuestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Guest'], ParentType, ContextType>;
}>;

export type GuestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GuestPayload'] = ResolversParentTypes['GuestPayload']> = ResolversObject<{
  guest?: Resolver<ResolversTypes['Guest'], ParentType, ContextType>;
}>;

export type GuestSideCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GuestSideCount'] = ResolversParentTypes['GuestSideCount']> = ResolversObject<{
  attending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['GuestSide'], ParentType, ContextType>;
}>;

export type GuestStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GuestStatusCount'] = ResolversParentTypes['GuestStatusCount']> = ResolversObject<{
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RsvpStatus'], ParentType, ContextType>;
}>;

export type GuestSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GuestSummary'] = ResolversParentTypes['GuestSummary']> = ResolversObject<{
  attending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bySide?: Resolver<Array<ResolversTypes['GuestSideCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['GuestStatusCount']>, ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportGuestsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportGuestsPayload'] = ResolversParentTypes['ImportGuestsPayload']> = ResolversObject<{
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  attending?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eventDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventKind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  eventTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guestName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rsvp?: Resolver<ResolversTypes['RsvpStatus'], ParentType, ContextType>;
}>;

export type InvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationPayload'] = ResolversParentTypes['InvitationPayload']> = ResolversObject<{
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
}>;

export type InviteCoOwnerPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteCoOwnerPayload'] = ResolversParentTypes['InviteCoOwnerPayload']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptEventInvitation?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationAcceptEventInvitationArgs, 'input'>>;
  acceptQuote?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationAcceptQuoteArgs, 'input'>>;
  addBudgetLine?: Resolver<ResolversTypes['BudgetLinePayload'], ParentType, ContextType, RequireFields<MutationAddBudgetLineArgs, 'input'>>;
  addGuest?: Resolver<ResolversTypes['GuestPayload'], ParentType, ContextType, RequireFields<MutationAddGuestArgs, 'input'>>;
  addTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationAddTaskArgs, 'input'>>;
  cancelBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'input'>>;
  closeVendorDates?: Resolver<ResolversTypes['VendorDatesPayload'], ParentType, ContextType, RequireFields<MutationCloseVendorDatesArgs, 'input'>>;
  completeTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCompleteTaskArgs, 'input'>>;
  confirmBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationConfirmBookingArgs, 'input'>>;
  counterBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationCounterBookingArgs, 'input'>>;
  createEvent?: Resolver<ResolversTypes['CreateEventPayload'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  declineBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationDeclineBookingArgs, 'input'>>;
  hideReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationHideReviewArgs, 'input'>>;
  importGuests?: Resolver<ResolversTypes['ImportGuestsPayload'], ParentType, ContextType, RequireFields<MutationImportGuestsArgs, 'input'>>;
  inviteCoOwner?: Resolver<ResolversTypes['InviteCoOwnerPayload'], ParentType, ContextType, RequireFields<MutationInviteCoOwnerArgs, 'input'>>;
  quoteBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationQuoteBookingArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['RecordPaymentPayload'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  removeBudgetLine?: Resolver<ResolversTypes['RemoveBudgetLinePayload'], ParentType, ContextType, RequireFields<MutationRemoveBudgetLineArgs, 'input'>>;
  removeGuest?: Resolver<ResolversTypes['RemoveGuestPayload'], ParentType, ContextType, RequireFields<MutationRemoveGuestArgs, 'input'>>;
  removeTask?: Resolver<ResolversTypes['RemoveTaskPayload'], ParentType, ContextType, RequireFields<MutationRemoveTaskArgs, 'input'>>;
  reopenVendorDates?: Resolver<ResolversTypes['VendorDatesPayload'], ParentType, ContextType, RequireFields<MutationReopenVendorDatesArgs, 'input'>>;
  replyToReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationReplyToReviewArgs, 'input'>>;
  requestBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationRequestBookingArgs, 'input'>>;
  respondToInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationRespondToInvitationArgs, 'input'>>;
  updateBudgetLine?: Resolver<ResolversTypes['BudgetLinePayload'], ParentType, ContextType, RequireFields<MutationUpdateBudgetLineArgs, 'input'>>;
  updateEvent?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'input'>>;
  updateGuest?: Resolver<ResolversTypes['GuestPayload'], ParentType, ContextType, RequireFields<MutationUpdateGuestArgs, 'input'>>;
  updateTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'input'>>;
  writeReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationWriteReviewArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingArgs, 'id'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<QueryInvitationArgs, 'token'>>;
  myEvents?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryMyEventsArgs, 'first'>>;
}>;

export type RecordPaymentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordPaymentPayload'] = ResolversParentTypes['RecordPaymentPayload']> = ResolversObject<{
  line?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['BudgetPayment'], ParentType, ContextType>;
}>;

export type RemoveBudgetLinePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveBudgetLinePayload'] = ResolversParentTypes['RemoveBudgetLinePayload']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RemoveGuestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveGuestPayload'] = ResolversParentTypes['RemoveGuestPayload']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RemoveTaskPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveTaskPayload'] = ResolversParentTypes['RemoveTaskPayload']> = ResolversObject<{
  removedTaskId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review'], FederationReferenceType extends FederationReferenceTypes['Review'] = FederationReferenceTypes['Review']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Review']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['ReviewReply']>, ParentType, ContextType>;
  subRatings?: Resolver<Maybe<ResolversTypes['SubRatings']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
}>;

export type ReviewConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewConnection'] = ResolversParentTypes['ReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
}>;

export type ReviewPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewPayload'] = ResolversParentTypes['ReviewPayload']> = ResolversObject<{
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
}>;

export type ReviewReplyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewReply'] = ResolversParentTypes['ReviewReply']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubRatingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubRatings'] = ResolversParentTypes['SubRatings']> = ResolversObject<{
  professionalism?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quality?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responsiveness?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  bookingChanged?: SubscriptionResolver<ResolversTypes['Booking'], "bookingChanged", ParentType, ContextType, Partial<SubscriptionBookingChangedArgs>>;
}>;

export type TaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = ResolversObject<{
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followsEventDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleAr?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type TaskPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = ResolversObject<{
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VendorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vendor'] = ResolversParentTypes['Vendor'], FederationReferenceType extends FederationReferenceTypes['Vendor'] = FederationReferenceTypes['Vendor']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vendor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availability?: Resolver<Maybe<Array<ResolversTypes['VendorDay']>>, ParentType, ContextType, RequireFields<VendorAvailabilityArgs, 'from' | 'to'>>;
  bookings?: Resolver<Maybe<ResolversTypes['BookingConnection']>, ParentType, ContextType, RequireFields<VendorBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reviewCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ReviewConnection']>, ParentType, ContextType, RequireFields<VendorReviewsArgs, 'first'>>;
}>;

export type VendorDatesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorDatesPayload'] = ResolversParentTypes['VendorDatesPayload']> = ResolversObject<{
  days?: Resolver<Array<ResolversTypes['VendorDay']>, ParentType, ContextType>;
}>;

export type VendorDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorDay'] = ResolversParentTypes['VendorDay']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['VendorSlot']>, ParentType, ContextType>;
}>;

export type VendorSlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorSlot'] = ResolversParentTypes['VendorSlot']> = ResolversObject<{
  slot?: Resolver<ResolversTypes['Slot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SlotStatus'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingMove?: BookingMoveResolvers<ContextType>;
  BookingPayload?: BookingPayloadResolvers<ContextType>;
  BudgetCategoryTotal?: BudgetCategoryTotalResolvers<ContextType>;
  BudgetLine?: BudgetLineResolvers<ContextType>;
  BudgetLinePayload?: BudgetLinePayloadResolvers<ContextType>;
  BudgetPayment?: BudgetPaymentResolvers<ContextType>;
  BudgetSummary?: BudgetSummaryResolvers<ContextType>;
  CreateEventPayload?: CreateEventPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventPayload?: EventPayloadResolvers<ContextType>;
  Guest?: GuestResolvers<ContextType>;
  GuestConnection?: GuestConnectionResolvers<ContextType>;
  GuestEdge?: GuestEdgeResolvers<ContextType>;
  GuestPayload?: GuestPayloadResolvers<ContextType>;
  GuestSideCount?: GuestSideCountResolvers<ContextType>;
  GuestStatusCount?: GuestStatusCountResolvers<ContextType>;
  GuestSummary?: GuestSummaryResolvers<ContextType>;
  ImportGuestsPayload?: ImportGuestsPayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  InviteCoOwnerPayload?: InviteCoOwnerPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordPaymentPayload?: RecordPaymentPayloadResolvers<ContextType>;
  RemoveBudgetLinePayload?: RemoveBudgetLinePayloadResolvers<ContextType>;
  RemoveGuestPayload?: RemoveGuestPayloadResolvers<ContextType>;
  RemoveTaskPayload?: RemoveTaskPayloadResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  ReviewPayload?: ReviewPayloadResolvers<ContextType>;
  ReviewReply?: ReviewReplyResolvers<ContextType>;
  SubRatings?: SubRatingsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Vendor?: VendorResolvers<ContextType>;
  VendorDatesPayload?: VendorDatesPayloadResolvers<ContextType>;
  VendorDay?: VendorDayResolvers<ContextType>;
  VendorSlot?: VendorSlotResolvers<ContextType>;
}>;

