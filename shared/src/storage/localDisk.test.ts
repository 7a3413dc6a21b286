import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { isBlobKey } from './keys.ts';
import { LocalDiskStorage } from './localDisk.ts';

const fresh = () => new LocalDiskStorage(mkdtempSync(join(tmpdir(), 'zaffa-store-')));

describe('LocalDiskStorage', () => {
  it('stores, reads whole or by range, and deletes', async () => {
    const storage = fresh();
    await storage.put('ab/abc.jpg', Buffer.from('0123456789'));
    assert.deepEqual(await storage.stat('ab/abc.jpg'), { size: 10 });
    assert.equal((await buffer((await storage.get('ab/abc.jpg'))!)).toString(), '0123456789');
    assert.equal((await buffer((await storage.get('ab/abc.jpg', { start: 2, end: 4 }))!)).toString(), '234');
    await storage.delete('ab/abc.jpg');
    await storage.delete('ab/abc.jpg');
    assert.equal(await storage.get('ab/abc.jpg'), null);
  });

  it('leaves nothing behind when the body fails half way', async () => {
    const storage = fresh();
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from('half a file');
        throw new Error('client went away');
      })(),
    );
    await assert.rejects(storage.put('ab/abd.jpg', failing), /client went away/);
    assert.equal(await storage.exists('ab/abd.jpg'), false);
    assert.deepEqual(readdirSync(join(storage.root, '.tmp')), []);
  });

  it('refuses any key that could name a file outside its root', async () => {
    const storage = fresh();
    for (const key of ['../x', 'ab/../../x', '/etc/passwd', '.tmp/x', 'ab/.hidden', '', 'ab//x', 'ab\\..\\x']) {
      assert.throws(() => storage.path(key), /not a storage key/, key);
    }
  });
});

describe('isBlobKey', () => {
  const sha = 'ab' + '0'.repeat(38);
  it('accepts exactly the content-addressed names', () => {
    assert.ok(isBlobKey(`ab/${sha}.jpg`));
    assert.ok(isBlobKey(`ab/${sha}-w640.webp`));
    for (const key of [`cd/${sha}.jpg`, `ab/${sha}.svg`, `incoming/${sha}`, `ab/${sha}.jpg/x`, `ab/${sha.toUpperCase()}.jpg`])
      assert.ok(!isBlobKey(key), key);
  });
});
