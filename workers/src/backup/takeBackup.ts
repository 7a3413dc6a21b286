import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from '@zaffa/shared';
import { fileDigest, formatChecksums } from './checksums.ts';
import { setFiles, setName, type BackupSummary, type MediaEntry } from './layout.ts';
import { backUpMedia } from './mediaManifest.ts';
import { runPostgresTool } from './postgresTools.ts';
import { completeSets } from './sets.ts';

export interface BackupTarget {
  /** Postgres server URL (DATABASE_URL). */
  serverUrl: string;
  /** Each subgraph's database is `<prefix>_<subgraph>`. */
  databasePrefix: string;
  /** The media store's root folder. */
  mediaRoot: string;
  backupDir: string;
}

/** The subgraphs' databases on the server: `<prefix>_<name>` with a one-word name (another prefix's, like a test run's, has more). */
export async function subgraphDatabases(serverUrl: string, prefix: string): Promise<{ subgraph: string; database: string }[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND substr(datname, length($1) + 1) ~ '^[a-z]+$' ORDER BY datname`,
      [`${prefix}_`],
    );
    return rows.map(({ datname }) => ({ subgraph: datname.slice(prefix.length + 1), database: datname }));
  } finally {
    await client.end();
  }
}

/**
 * Writes one backup set: `pg_dump -Fc` of every subgraph database (each dump is one consistent snapshot of its
 * database), the media manifest with new files copied into the pool, and the checksums of the set's files. It is
 * written under `<name>.partial` and renamed when complete, so a failed run leaves no set that looks whole.
 */
export async function takeBackup(target: BackupTarget, log: Logger, now = new Date()): Promise<BackupSummary> {
  const started = performance.now();
  const name = setName(now);
  const dir = join(target.backupDir, name);
  const partial = `${dir}.partial`;
  if (existsSync(dir)) throw new Error(`backup set ${name} already exists`);
  // Before anything is written: a missing client is named at once.
  await runPostgresTool('pg_dump', ['--version'], target.serverUrl);
  await rm(partial, { recursive: true, force: true });
  await mkdir(join(partial, 'databases'), { recursive: true });
  try {
    const databases: BackupSummary['databases'] = [];
    for (const { subgraph, database } of await subgraphDatabases(target.serverUrl, target.databasePrefix)) {
      const file = join(partial, setFiles.database(subgraph));
      await runPostgresTool('pg_dump', ['--format=custom', '--compress=6', `--file=${file}`, database], target.serverUrl);
      databases.push({ subgraph, database, bytes: (await stat(file)).size });
    }
    if (databases.length === 0) throw new Error(`no database named ${target.databasePrefix}_<subgraph> on the server`);

    const [latest] = await completeSets(target.backupDir);
    const previous = new Map<string, MediaEntry>();
    if (latest) {
      const entries = JSON.parse(await readFile(join(target.backupDir, latest, setFiles.mediaManifest), 'utf8')) as MediaEntry[];
      for (const e of entries) previous.set(e.key, e);
    }
    const media = await backUpMedia(target.mediaRoot, target.backupDir, previous);
    await writeFile(join(partial, setFiles.mediaManifest), JSON.stringify(media.entries));

    const listed = [...databases.map((d) => setFiles.database(d.subgraph)), setFiles.mediaManifest];
    const sums = await Promise.all(listed.map(async (path) => ({ path, sha256: await fileDigest(join(partial, path), 'sha256') })));
    await writeFile(join(partial, setFiles.checksums), formatChecksums(sums));

    const dumpBytes = databases.reduce((n, d) => n + d.bytes, 0);
    const summary: BackupSummary = {
      name,
      startedAt: now.toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: Math.round(performance.now() - started),
      databases,
      media: {
        files: media.entries.length,
        bytes: media.entries.reduce((n, e) => n + e.bytes, 0),
        copiedFiles: media.copiedFiles,
        copiedBytes: media.copiedBytes,
      },
      addedBytes: dumpBytes + media.copiedBytes,
    };
    await writeFile(join(partial, setFiles.summary), JSON.stringify(summary, null, 2));
    await rename(partial, dir);
    log.info({ backup: name, ms: summary.durationMs, bytes: summary.addedBytes, mediaCopied: media.copiedFiles }, 'backup written');
    return summary;
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    throw err;
  }
}
