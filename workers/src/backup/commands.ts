// What `npm run backup` and `npm run restore` use.
export { backUpAndPrune, backupDirOf, loadBackupConfig, type BackupConfig } from './index.ts';
export { restoreSet, verifySet } from './restoreSet.ts';
export { completeSets, readSummary } from './sets.ts';
export { PostgresToolError } from './postgresTools.ts';
export type { BackupSummary, MediaEntry } from './layout.ts';
