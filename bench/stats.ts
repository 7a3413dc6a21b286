/** Percentiles and a summary line for a list of latencies in milliseconds. */
export function summarize(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { count: sorted.length, mean, p50: at(50), p95: at(95), p99: at(99) };
}

export const fmt = (n: number) => n.toFixed(2).padStart(7);
