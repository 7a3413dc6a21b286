// `npm run compose`: composes gateway/supergraph.graphql from the subgraphs' SDL files.
// With --check, fails instead of writing when the committed file is stale.
import { composeSupergraph, supergraphFile, supergraphIsCurrent, writeSupergraph } from './supergraph.ts';

try {
  const { sdl, hints } = composeSupergraph();
  for (const hint of hints) console.log(`hint: ${hint}`);
  if (process.argv.includes('--check')) {
    if (!supergraphIsCurrent(sdl)) {
      console.error('gateway/supergraph.graphql is stale: run `npm run compose` and commit it.');
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    writeSupergraph(sdl);
    console.log(`wrote ${supergraphFile.pathname}`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
