/** Rows as the messaging database returns them (snake_case, as selected). */
export interface ConversationRow {
  id: string;
  couple_id: string;
  vendor_id: string;
  vendor_owner_id: string;
  last_message_id: string | null;
  last_message_at: Date;
  created_at: Date;
}

export interface MessageRow {
  id: string;
  /** bigint, as text. */
  seq: string;
  conversation_id: string;
  sender_id: string;
  text: string;
  attachment_ids: string[];
  client_message_id: string | null;
  created_at: Date;
}

export interface NotificationRow {
  id: string;
  user_id: string;
  kind: 'BOOKING_CHANGED' | 'QUOTE_RECEIVED' | 'MESSAGE_RECEIVED' | 'REVIEW_RECEIVED' | 'CHECKLIST_REMINDER';
  title: string;
  body: string;
  link: string | null;
  read_at: Date | null;
  created_at: Date;
}

export interface DeviceRow {
  id: string;
  user_id: string;
  token: string;
  platform: 'IOS' | 'ANDROID' | 'WEB';
  created_at: Date;
}

export interface ResponseStatsRow {
  vendor_id: string;
  median_reply_s: number | null;
  reply_rate: number | null;
  conversation_count: number;
  computed_at: Date;
}
