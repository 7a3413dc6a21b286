import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFiles, setNamePattern, type BackupSummary } from './layout.ts';

/** The complete sets in a backup directory, newest first. */
export async function completeSets(backupDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(backupDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .filter((n) => setNamePattern.test(n) && existsSync(join(backupDir, n, setFiles.summary)))
    .sort()
    .reverse();
}

export const readSummary = async (setDir: string) => JSON.parse(await readFile(join(setDir, setFiles.summary), 'utf8')) as BackupSummary;
