// `npm run restore -- <set>`: restores a backup set (a name in BACKUP_DIR, or a folder) into this stack's databases
// and media store, after checking every file of the set against its checksum. Stop the services first.
// A stack with data is refused unless `--force`, which replaces it.
import { readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { storageRoot } from '@zaffa/shared';
import { backupDirOf, completeSets, loadBackupConfig, restoreSet, verifySet } from '@zaffa/workers/backup';
import { databasesWithData } from './stackData.ts';

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const config = loadBackupConfig();
const backupDir = backupDirOf(config);
const [set] = positionals;
if (!set) {
  const sets = await completeSets(backupDir);
  console.error(`usage: npm run restore -- <set> [--force]\nsets in ${backupDir}: ${sets.join(', ') || 'none'}`);
  process.exit(2);
}
const setDir = isAbsolute(set) || set.includes('/') ? resolve(set) : join(backupDir, set);
// The media pool is beside the set, wherever the backup directory was copied to.
const poolDir = dirname(setDir);
const mediaRoot = storageRoot(config.MEDIA_STORAGE_DIR);
const started = performance.now();

console.log(`checking ${setDir}…`);
const problems = await verifySet(poolDir, setDir);
if (problems.length > 0) {
  console.error(`refusing to restore: the set is damaged:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const withData = await databasesWithData();
const mediaFiles = (await readdir(mediaRoot).catch(() => [] as string[])).filter((f) => f !== 'incoming' && f !== '.tmp');
if (!values.force && (withData.length > 0 || mediaFiles.length > 0)) {
  console.error(
    `refusing to restore over a stack that has data (${[...withData, ...(mediaFiles.length ? [`media files in ${mediaRoot}`] : [])].join('; ')}).\n` +
      'Restore into an empty stack, or add --force to replace its databases and media.',
  );
  process.exit(1);
}

try {
  const { summary, mediaFiles: restored } = await restoreSet(
    set.includes('/') ? resolve(setDir, '..') : backupDir,
    setDir,
    {
      serverUrl: config.DATABASE_URL,
      databasePrefix: config.DATABASE_PREFIX,
      mediaRoot,
    },
    (line) => process.stdout.write(line),
  );
  console.log(
    `restored ${summary.name} (${summary.databases.length} databases, ${restored} media files) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (err) {
  console.error(`restore failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
