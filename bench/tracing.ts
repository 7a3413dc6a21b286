// `npm run bench:tracing`: what tracing costs a small query through the gateway. Same run, two stacks
// asked in turn: one with no OTLP endpoint (tracing off), one exporting every span to a local receiver.
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { startOtlpReceiver } from '../test/support/otlpReceiver.ts';
import { startStack } from '../test/support/stack.ts';
import { fmt, summarize } from './stats.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3000);
const unlimited = { RATE_LIMIT_USER_PER_MINUTE: '1000000', RATE_LIMIT_IP_PER_MINUTE: '1000000' };
const receiver = await startOtlpReceiver({ keep: false });
const off = await startStack(unlimited);
const on = await startStack({ ...unlimited, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });

const authorization = `Bearer ${await off.issuer.sign(randomUUID(), 'COUPLE')}`;
const authorizationOn = `Bearer ${await on.issuer.sign(randomUUID(), 'COUPLE')}`;
const body = JSON.stringify({ query: 'query Small { categories { slug nameFr } }' });
const targets = {
  'tracing off': { url: off.gateway.url, authorization },
  'tracing on, exported': { url: on.gateway.url, authorization: authorizationOn },
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));

async function once({ url, authorization }: { url: string; authorization: string }): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  await res.arrayBuffer();
  return performance.now() - started;
}

for (let i = 0; i < 200; i++) for (const target of Object.values(targets)) await once(target); // warm-up
for (let i = 0; i < rounds; i++) {
  for (const [name, target] of Object.entries(targets)) times[name]!.push(await once(target));
}
await new Promise((r) => setTimeout(r, 1500)); // the last batch of spans

console.log(
  `${new Date().toISOString()} · ${os.cpus()[0]?.model} × ${os.cpus().length} · Node ${process.version} · load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} · ${rounds} sequential requests each, interleaved`,
);
console.log('target                     mean     p50     p95     p99   (ms)');
for (const [name, ms] of Object.entries(times)) {
  const s = summarize(ms);
  console.log(`${name.padEnd(23)} ${fmt(s.mean)} ${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.p99)}`);
}
const [untraced, traced] = Object.values(times).map(summarize) as [ReturnType<typeof summarize>, ReturnType<typeof summarize>];
console.log(`spans received: ${receiver.received()} (${(receiver.received() / (rounds + 200)).toFixed(1)} per request)`);
console.log(`tracing on / off (p50): ${(traced.p50 / untraced.p50).toFixed(3)}  (mean: ${(traced.mean / untraced.mean).toFixed(3)})`);

await on.stop();
await off.stop();
await receiver.close();
