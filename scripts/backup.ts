// `npm run backup`: one backup set now (as the nightly job writes it) into BACKUP_DIR, then retention.
import { createLogger } from '@zaffa/shared';
import { backUpAndPrune, loadBackupConfig } from '@zaffa/workers/backup';

const config = loadBackupConfig();
const log = createLogger('backup', process.env.LOG_LEVEL || 'warn');
try {
  const s = await backUpAndPrune(config, log);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(`backup set ${s.name} written in ${(s.durationMs / 1000).toFixed(1)} s`);
  for (const d of s.databases) console.log(`  ${d.database.padEnd(24)} ${mb(d.bytes)}`);
  console.log(
    `  media: ${s.media.files} files (${mb(s.media.bytes)}), ${s.media.copiedFiles} new ones copied (${mb(s.media.copiedBytes)})`,
  );
  console.log(`restore it with: npm run restore -- ${s.name}`);
} catch (err) {
  console.error(`backup failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
