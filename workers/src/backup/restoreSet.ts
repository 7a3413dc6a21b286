import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { fileDigest, parseChecksums } from './checksums.ts';
import { pooledFile, setFiles, type MediaEntry } from './layout.ts';
import { runPostgresTool } from './postgresTools.ts';
import { readSummary } from './sets.ts';

/** Every problem found in a set before anything is restored: a file missing or not matching its checksum. */
export async function verifySet(backupDir: string, setDir: string): Promise<string[]> {
  const problems: string[] = [];
  if (!existsSync(join(setDir, setFiles.summary))) return [`${setDir} is not a complete backup set (no ${setFiles.summary})`];
  for (const { path, sha256 } of parseChecksums(await readFile(join(setDir, setFiles.checksums), 'utf8'))) {
    const file = join(setDir, path);
    if (!existsSync(file)) problems.push(`${path} is missing`);
    else if ((await fileDigest(file, 'sha256')) !== sha256) problems.push(`${path} does not match its checksum`);
  }
  if (problems.length > 0) return problems;
  for (const entry of await readManifest(setDir)) {
    const file = pooledFile(backupDir, entry.sha1);
    if (!existsSync(file)) problems.push(`media ${entry.key}: ${entry.sha1} is missing from the pool`);
    else if ((await fileDigest(file, 'sha1')) !== entry.sha1) problems.push(`media ${entry.key}: the pooled copy does not match its SHA-1`);
  }
  return problems;
}

const readManifest = async (setDir: string) => JSON.parse(await readFile(join(setDir, setFiles.mediaManifest), 'utf8')) as MediaEntry[];

export interface RestoreTarget {
  serverUrl: string;
  databasePrefix: string;
  mediaRoot: string;
}

/**
 * Restores a verified set: each database dropped (with any connection to it) and made again from its dump under
 * this stack's prefix, then every media file copied back to its key and checked against its SHA-1.
 */
export async function restoreSet(backupDir: string, setDir: string, target: RestoreTarget, print: (line: string) => void = () => {}) {
  const summary = await readSummary(setDir);
  const admin = new pg.Client({ connectionString: target.serverUrl });
  await admin.connect();
  try {
    for (const { subgraph } of summary.databases) {
      const database = `${target.databasePrefix}_${subgraph}`;
      const started = performance.now();
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
      await runPostgresTool(
        'pg_restore',
        ['--no-owner', '--no-acl', '--exit-on-error', '--jobs=2', `--dbname=${database}`, join(setDir, setFiles.database(subgraph))],
        target.serverUrl,
      );
      print(`${database} restored in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await admin.end();
  }

  const entries = await readManifest(setDir);
  let restored = 0;
  for (const entry of entries) {
    const file = join(target.mediaRoot, ...entry.key.split('/'));
    await mkdir(dirname(file), { recursive: true });
    const partial = `${file}.restoring`;
    await copyFile(pooledFile(backupDir, entry.sha1), partial);
    if ((await fileDigest(partial, 'sha1')) !== entry.sha1) throw new Error(`media ${entry.key} does not match its SHA-1 once copied`);
    await rename(partial, file);
    restored++;
  }
  print(`${restored} media files restored and checked\n`);
  return { summary, mediaFiles: restored };
}
