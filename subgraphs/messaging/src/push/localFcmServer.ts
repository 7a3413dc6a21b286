import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
import type { ServiceAccount } from './fcmProvider.ts';

/** One `messages:send` request as FCM received it. */
export interface ReceivedPush {
  token: string;
  title: string;
  body: string;
  data: Record<string, string>;
  at: number;
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const fcmError = (res: ServerResponse, code: number, status: string, message: string, errorCode?: string) => {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      error: {
        code,
        message,
        status,
        details: errorCode ? [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode }] : [],
      },
    }),
  );
};

/**
 * A local stand-in for Google's OAuth token endpoint and FCM's HTTP v1 send endpoint, speaking their formats:
 * it checks the service account's signed assertion, hands out access tokens, demands them on every send, and
 * answers a token listed as unregistered the way FCM does (404 NOT_FOUND, errorCode UNREGISTERED).
 */
export async function startLocalFcm() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const projectId = 'zaffa-test';
  const accessTokens = new Set<string>();
  const received: ReceivedPush[] = [];
  const unregistered = new Set<string>();
  const unavailable = new Set<string>();
  let tokenRequests = 0;

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.method === 'POST' && req.url === '/token') {
      tokenRequests++;
      const form = new URLSearchParams(body);
      try {
        if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') throw new Error('grant_type');
        const { payload } = await jwtVerify(form.get('assertion') ?? '', publicKey, {
          audience: account.token_uri,
          issuer: account.client_email,
          algorithms: ['RS256'],
        });
        if (payload.scope !== 'https://www.googleapis.com/auth/firebase.messaging') throw new Error('scope');
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'Invalid JWT Signature.' }));
        return;
      }
      const token = `ya29.${randomBytes(16).toString('hex')}`;
      accessTokens.add(token);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: token, expires_in: 3599, token_type: 'Bearer' }));
      return;
    }
    if (req.method === 'POST' && req.url === `/v1/projects/${projectId}/messages:send`) {
      const bearer = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (!accessTokens.has(bearer)) {
        fcmError(res, 401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
        return;
      }
      const { message } = JSON.parse(body) as {
        message: { token: string; notification: { title: string; body: string }; data?: Record<string, string> };
      };
      if (unavailable.has(message.token)) {
        fcmError(res, 503, 'UNAVAILABLE', 'The service is currently unavailable.', 'UNAVAILABLE');
        return;
      }
      received.push({ token: message.token, ...message.notification, data: message.data ?? {}, at: performance.now() });
      if (unregistered.has(message.token)) {
        fcmError(res, 404, 'NOT_FOUND', 'Requested entity was not found.', 'UNREGISTERED');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ name: `projects/${projectId}/messages/${received.length}` }));
      return;
    }
    fcmError(res, 404, 'NOT_FOUND', 'Not found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const account: ServiceAccount = {
    project_id: projectId,
    client_email: 'push@zaffa-test.iam.gserviceaccount.com',
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    private_key_id: 'local',
    token_uri: `${origin}/token`,
  };
  return {
    origin,
    account,
    received,
    unregistered,
    unavailable,
    /** The service-account JSON, as FCM_SERVICE_ACCOUNT carries it. */
    accountJson: () => JSON.stringify(account),
    tokenRequests: () => tokenRequests,
    /** Revokes every access token handed out, as an expiry would. */
    revokeTokens: () => accessTokens.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type LocalFcm = Awaited<ReturnType<typeof startLocalFcm>>;
