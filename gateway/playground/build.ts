// Bundles GraphiQL and our sign-in bar into dist/: one HTML page and hashed assets, nothing loaded from elsewhere.
//   node gateway/playground/build.ts            builds
//   node gateway/playground/build.ts --if-stale only when the sources changed since the last build
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playgroundDist, playgroundIsCurrent, playgroundSourceHash } from './bundle.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function buildPlayground(): Promise<void> {
  const started = performance.now();
  rmSync(playgroundDist, { recursive: true, force: true });
  mkdirSync(join(playgroundDist, 'assets'), { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src/main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    outdir: join(playgroundDist, 'assets'),
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((f) => basename(f));
  const script = outputs.find((f) => f.startsWith('main-') && f.endsWith('.js'));
  const style = outputs.find((f) => f.startsWith('main-') && f.endsWith('.css'));
  if (!script || !style) throw new Error(`the playground build made no script or no stylesheet: ${outputs.join(', ')}`);
  // The gateway fills in `data-mode`; nothing inline, so the page runs under a CSP without 'unsafe-inline'.
  writeFileSync(
    join(playgroundDist, 'index.html'),
    `<!doctype html>
<html lang="en" data-mode="__MODE__">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zaffa · GraphQL playground</title>
<link rel="stylesheet" href="/playground/assets/${style}">
<script type="module" src="/playground/assets/${script}"></script>
</head>
<body><div id="playground"></div></body>
</html>
`,
  );
  writeFileSync(join(playgroundDist, 'stamp'), playgroundSourceHash());
  console.log(`playground built in ${((performance.now() - started) / 1000).toFixed(1)} s (${outputs.length} files in ${playgroundDist})`);
}

/** Builds only when the sources changed since the last build. */
export async function ensurePlaygroundBuilt(): Promise<void> {
  if (!playgroundIsCurrent()) await buildPlayground();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await (process.argv.includes('--if-stale') ? ensurePlaygroundBuilt() : buildPlayground());
}
