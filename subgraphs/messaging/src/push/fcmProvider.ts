import { importPKCS8, SignJWT } from 'jose';
import { z } from 'zod';
import { PushUnavailable, type PushMessage, type PushOutcome, type PushProvider, type PushTarget } from './provider.ts';

/** The fields of a Google service-account key file that sending needs. */
export const serviceAccountSchema = z.object({
  project_id: z.string().min(1),
  client_email: z.string().min(1),
  private_key: z.string().includes('PRIVATE KEY'),
  private_key_id: z.string().optional(),
  token_uri: z.url().default('https://oauth2.googleapis.com/token'),
});
export type ServiceAccount = z.output<typeof serviceAccountSchema>;

const scope = 'https://www.googleapis.com/auth/firebase.messaging';

/** FCM's error body: `{ error: { code, message, status, details: [{ '@type': '…FcmError', errorCode }] } }`. */
interface FcmErrorBody {
  error?: { code?: number; message?: string; status?: string; details?: { '@type'?: string; errorCode?: string }[] };
}

export interface FcmOptions {
  account: ServiceAccount;
  /** FCM's origin; a local server in tests. */
  apiUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Firebase Cloud Messaging, HTTP v1 API: a JWT signed with the service account's key buys an OAuth access token
 * (kept until shortly before it expires), which authorizes `POST /v1/projects/<id>/messages:send`. Tokens FCM
 * reports as `UNREGISTERED` (or as not a token at all) are dead; 429 and 5xx mean try again later.
 */
export function fcmPushProvider(options: FcmOptions): PushProvider {
  const { account } = options;
  const apiUrl = (options.apiUrl ?? 'https://fcm.googleapis.com').replace(/\/$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const keyPromise = importPKCS8(account.private_key, 'RS256');
  let cached: { token: string; expiresAt: number } | null = null;
  let inFlight: Promise<string> | null = null;

  async function fetchAccessToken(): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({ scope })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...(account.private_key_id ? { kid: account.private_key_id } : {}) })
      .setIssuer(account.client_email)
      .setSubject(account.client_email)
      .setAudience(account.token_uri)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(await keyPromise);
    const res = await doFetch(account.token_uri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
      signal: AbortSignal.timeout(timeoutMs),
    }).catch((err: Error) => {
      throw new PushUnavailable(`FCM token endpoint unreachable: ${err.message}`);
    });
    const body = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string };
    if (!res.ok || !body.access_token) {
      // A refused key is a configuration problem, but retrying lets a fixed deployment deliver what waited.
      throw new PushUnavailable(`FCM token endpoint answered ${res.status} ${body.error ?? ''}`.trim());
    }
    cached = { token: body.access_token, expiresAt: Date.now() + ((body.expires_in ?? 3600) - 60) * 1000 };
    return body.access_token;
  }

  function accessToken(): Promise<string> {
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.token);
    inFlight ??= fetchAccessToken().finally(() => (inFlight = null));
    return inFlight;
  }

  async function post(target: PushTarget, message: PushMessage, token: string): Promise<Response> {
    return doFetch(`${apiUrl}/v1/projects/${encodeURIComponent(account.project_id)}/messages:send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        message: {
          token: target.token,
          notification: { title: message.title, body: message.body },
          data: message.data,
          android: { priority: 'high' },
          apns: { headers: { 'apns-priority': '10' } },
        },
      }),
      signal: AbortSignal.timeout(timeoutMs),
    }).catch((err: Error) => {
      throw new PushUnavailable(`FCM unreachable: ${err.message}`);
    });
  }

  return {
    name: 'fcm',
    async send(target, message): Promise<PushOutcome> {
      let res = await post(target, message, await accessToken());
      if (res.status === 401) {
        // The token was revoked or expired early: one fresh token, one more try.
        cached = null;
        res = await post(target, message, await accessToken());
      }
      if (res.ok) {
        const body = (await res.json().catch(() => ({}))) as { name?: string };
        return { outcome: 'SENT', id: body.name };
      }
      const body = (await res.json().catch(() => ({}))) as FcmErrorBody;
      const errorCode = body.error?.details?.find((d) => d['@type']?.endsWith('google.firebase.fcm.v1.FcmError'))?.errorCode;
      const detail = `${res.status} ${errorCode ?? body.error?.status ?? ''} ${body.error?.message ?? ''}`.trim();
      if (errorCode === 'UNREGISTERED' || (res.status === 404 && !errorCode)) return { outcome: 'UNREGISTERED', detail };
      if (errorCode === 'INVALID_ARGUMENT' && /registration token/i.test(body.error?.message ?? '')) {
        return { outcome: 'UNREGISTERED', detail };
      }
      if (
        res.status === 429 ||
        res.status >= 500 ||
        errorCode === 'UNAVAILABLE' ||
        errorCode === 'INTERNAL' ||
        errorCode === 'QUOTA_EXCEEDED'
      ) {
        throw new PushUnavailable(`FCM cannot send now: ${detail}`);
      }
      return { outcome: 'REJECTED', detail };
    },
  };
}
