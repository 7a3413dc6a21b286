import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { event } from '@zaffa/event';
import { testEnv } from '@zaffa/shared/testing';
import { vendor } from '@zaffa/vendor';

/** Runs a service entry point and collects what it prints until it exits (or 15 s pass). */
function run(entry: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string; ms: number }>((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [entry], { env: { ...env, LOG_LEVEL: 'info' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: performance.now() - started });
    });
  });
}

describe('a service stopping', () => {
  it('finishes on SIGTERM: stops accepting, closes its pools and exits 0', async () => {
    const child = spawn(process.execPath, ['subgraphs/event/src/main.ts'], { env: { ...testEnv({}, [event.config]), LOG_LEVEL: 'info' } });
    let output = '';
    const ready = new Promise<string>((resolve) => {
      child.stdout.on('data', (d) => {
        output += d;
        const url = /"url":"([^"]+)"/.exec(output)?.[1];
        if (url) resolve(url);
      });
    });
    const url = await ready;
    assert.equal((await fetch(url.replace('/graphql', '/readyz'))).status, 200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(output, /"msg":"stopped"/);
    await assert.rejects(fetch(url.replace('/graphql', '/healthz')));
  });
});

describe('a service with a broken database URL', () => {
  it('exits at once when the URL is malformed, naming DATABASE_URL', async () => {
    const { code, output } = await run('subgraphs/vendor/src/main.ts', testEnv({ DATABASE_URL: 'postgres//nowhere' }, [vendor.config]));
    assert.equal(code, 1);
    assert.match(output, /DATABASE_URL/);
  });

  it('exits at once when no Postgres answers there, naming DATABASE_URL and the server', async () => {
    const { code, output, ms } = await run(
      'subgraphs/event/src/main.ts',
      testEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres' }, [event.config]),
    );
    assert.equal(code, 1);
    assert.match(output, /DATABASE_URL: cannot use the Postgres server at 127\.0\.0\.1:1/);
    assert.ok(ms < 10_000, `took ${ms} ms`);
  });
});
