// The metric names a PromQL expression reads, found by its shape rather than a full parser: what is left
// once strings, label matchers, ranges, grouping clauses, function calls and keywords are taken out.

const keywords = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'inf',
  'nan',
]);

export function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = new Set<string>();
  for (const match of bare.matchAll(/(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()/g)) {
    const name = match[1]!;
    if (!keywords.has(name.toLowerCase())) names.add(name);
  }
  return [...names];
}

/**
 * The series selectors an expression reads: each metric name with the label matchers written beside it
 * (`business_events_total{event="search"}`), so a test can find the very series a panel shows, not only its metric.
 */
export function metricSelectors(expr: string): string[] {
  const selectors = new Set<string>();
  for (const name of metricNames(expr)) {
    const escaped = name.replace(/[:]/g, '\\$&');
    for (const match of expr.matchAll(new RegExp(`(?<![\\w.:])${escaped}(\\{[^}]*\\})?(?![\\w:(])`, 'g'))) {
      selectors.add(`${name}${match[1] ?? ''}`);
    }
  }
  return [...selectors];
}
