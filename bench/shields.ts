// `npm run bench:shields`: what the gateway's shields (query limits, rate limits) add to a small query.
// Same run, same subgraphs, two gateways — shields on and off — asked in turn, plus the subgraph directly.
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { loadGatewayConfig, startGateway } from '@zaffa/gateway';
import { startStack } from '../test/support/stack.ts';
import { fmt, summarize } from './stats.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3000);
const stack = await startStack({ RATE_LIMIT_USER_PER_MINUTE: '1000000', RATE_LIMIT_IP_PER_MINUTE: '1000000' });
const { accounts, vendor, event, media } = stack.subgraphs;
const config = loadGatewayConfig({
  ...stack.env,
  ACCOUNTS_URL: accounts.url,
  VENDOR_URL: vendor.url,
  EVENT_URL: event.url,
  MEDIA_URL: media.url,
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_IP_PER_MINUTE: '1000000',
});
const off = await startGateway(config, { shields: false });
const on = stack.gateway;

const authorization = `Bearer ${await stack.issuer.sign(randomUUID(), 'COUPLE')}`;
const body = JSON.stringify({ query: 'query Small { categories { slug nameFr } }' });
const targets = { 'vendor subgraph, direct': vendor.url, 'gateway, shields off': off.url, 'gateway, shields on': on.url };
const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));

async function once(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  await res.arrayBuffer();
  return performance.now() - started;
}

for (let i = 0; i < 200; i++) for (const url of Object.values(targets)) await once(url); // warm-up
for (let i = 0; i < rounds; i++) {
  for (const [name, url] of Object.entries(targets)) times[name]!.push(await once(url));
}

console.log(
  `${new Date().toISOString()} · ${os.cpus()[0]?.model} × ${os.cpus().length} · Node ${process.version} · ${rounds} sequential requests each, interleaved`,
);
console.log('target                        mean     p50     p95     p99   (ms)');
for (const [name, ms] of Object.entries(times)) {
  const s = summarize(ms);
  console.log(`${name.padEnd(26)} ${fmt(s.mean)} ${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.p99)}`);
}
const [direct, bare, shielded] = Object.values(times).map(summarize) as [
  ReturnType<typeof summarize>,
  ReturnType<typeof summarize>,
  ReturnType<typeof summarize>,
];
console.log(
  `gateway adds (p50): ${(bare.p50 - direct.p50).toFixed(2)} ms without shields, ${(shielded.p50 - direct.p50).toFixed(2)} ms with them`,
);
console.log(`shields on / off (p50): ${(shielded.p50 / bare.p50).toFixed(3)}  (mean: ${(shielded.mean / bare.mean).toFixed(3)})`);

await off.stop();
await stack.stop();
