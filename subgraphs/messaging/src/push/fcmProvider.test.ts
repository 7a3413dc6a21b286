import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fcmPushProvider } from './fcmProvider.ts';
import { startLocalFcm, type LocalFcm } from './localFcmServer.ts';
import { PushUnavailable } from './provider.ts';

describe('FCM HTTP v1 provider', () => {
  let fcm: LocalFcm;
  const message = { title: 'Quote received', body: '120 000 DZD', data: { link: '/bookings/1' } };

  before(async () => {
    fcm = await startLocalFcm();
  });
  after(() => fcm.close());

  it('buys an access token with the service account and sends', async () => {
    const provider = fcmPushProvider({ account: fcm.account, apiUrl: fcm.origin });
    assert.equal((await provider.send({ token: 'device-a', platform: 'ANDROID' }, message)).outcome, 'SENT');
    assert.equal((await provider.send({ token: 'device-b', platform: 'IOS' }, message)).outcome, 'SENT');
    assert.equal(fcm.tokenRequests(), 1, 'the access token is kept between sends');
    assert.deepEqual(
      fcm.received.slice(-2).map((r) => [r.token, r.title, r.data.link]),
      [
        ['device-a', 'Quote received', '/bookings/1'],
        ['device-b', 'Quote received', '/bookings/1'],
      ],
    );
  });

  it('reports a token FCM calls unregistered', async () => {
    fcm.unregistered.add('device-gone');
    const outcome = await fcmPushProvider({ account: fcm.account, apiUrl: fcm.origin }).send(
      { token: 'device-gone', platform: 'IOS' },
      message,
    );
    assert.equal(outcome.outcome, 'UNREGISTERED');
  });

  it('takes a fresh access token when FCM refuses the old one', async () => {
    const provider = fcmPushProvider({ account: fcm.account, apiUrl: fcm.origin });
    await provider.send({ token: 'device-a', platform: 'ANDROID' }, message);
    fcm.revokeTokens();
    assert.equal((await provider.send({ token: 'device-a', platform: 'ANDROID' }, message)).outcome, 'SENT');
  });

  it('asks for a retry when FCM is unavailable, and is refused with a key FCM does not know', async () => {
    fcm.unavailable.add('device-busy');
    const provider = fcmPushProvider({ account: fcm.account, apiUrl: fcm.origin });
    await assert.rejects(provider.send({ token: 'device-busy', platform: 'WEB' }, message), PushUnavailable);
    const other = await startLocalFcm();
    try {
      const stranger = fcmPushProvider({ account: { ...other.account, token_uri: fcm.account.token_uri }, apiUrl: fcm.origin });
      await assert.rejects(stranger.send({ token: 'device-a', platform: 'WEB' }, message), /token endpoint answered 400/);
    } finally {
      await other.close();
    }
  });
});
