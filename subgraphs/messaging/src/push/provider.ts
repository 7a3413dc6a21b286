/** What a phone shows, and what the app reads when it is tapped. */
export interface PushMessage {
  title: string;
  body: string;
  /** String values only: FCM's `data` map carries nothing else. */
  data: Record<string, string>;
}

export interface PushTarget {
  token: string;
  platform: 'IOS' | 'ANDROID' | 'WEB';
}

/** How one send ended. `UNREGISTERED`: the token is dead and the device is removed; `REJECTED`: this message never will go. */
export type PushOutcome =
  { outcome: 'SENT'; id?: string } | { outcome: 'UNREGISTERED'; detail: string } | { outcome: 'REJECTED'; detail: string };

/** The provider cannot send now (its servers, quota, network): the delivery job tries again later. */
export class PushUnavailable extends Error {
  override name = 'PushUnavailable';
}

/** A push service: Firebase Cloud Messaging in production, the log elsewhere. */
export interface PushProvider {
  readonly name: string;
  send(target: PushTarget, message: PushMessage): Promise<PushOutcome>;
}
