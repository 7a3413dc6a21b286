// Where the playground's static files are, and whether they match their sources: the gateway serves them,
// `npm install` (prepare), `npm start` and `npm test` rebuild them when stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const playgroundDist = join(here, 'dist');
const stampFile = join(playgroundDist, 'stamp');

/** Versions whose change alters the bundle, besides our own sources. */
const bundledPackages = [
  'graphiql',
  '@graphiql/react',
  '@graphiql/plugin-explorer',
  '@graphiql/toolkit',
  'graphql-ws',
  'react',
  'react-dom',
  'esbuild',
];

function packageVersion(name: string): string {
  for (const root of [join(here, 'node_modules'), join(here, '../../node_modules')]) {
    const file = join(root, name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'missing';
}

/** A hash of everything the bundle is made from. */
export function playgroundSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [
    'build.ts',
    ...readdirSync(join(here, 'src'))
      .sort()
      .map((f) => `src/${f}`),
  ]) {
    hash.update(file).update(readFileSync(join(here, file)));
  }
  for (const name of bundledPackages) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex');
}

export const playgroundIsCurrent = (): boolean =>
  existsSync(stampFile) && existsSync(join(playgroundDist, 'index.html')) && readFileSync(stampFile, 'utf8') === playgroundSourceHash();
