import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mediaPool, setFiles, setNamePattern, setTime, type MediaEntry } from './layout.ts';
import { completeSets } from './sets.ts';

/** ISO week of a date, as `2026-W49`. */
function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return `${d.getUTCFullYear()}-W${String(Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7)).padStart(2, '0')}`;
}

/**
 * Which sets to keep, newest first: the newest set of each of the `keepDaily` most recent days that have one, then
 * the newest of each of the `keepWeekly` most recent ISO weeks before those days.
 */
export function setsToKeep(names: string[], keepDaily: number, keepWeekly: number): Set<string> {
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const name of [...names].sort().reverse()) {
    const day = name.slice(0, 8);
    if (days.size < keepDaily || days.has(day)) {
      if (!days.has(day)) keep.add(name);
      days.add(day);
      continue;
    }
    const week = isoWeek(setTime(name));
    if (weeks.size < keepWeekly && !weeks.has(week) && ![...keep].some((k) => isoWeek(setTime(k)) === week)) {
      keep.add(name);
      weeks.add(week);
    }
  }
  return keep;
}

/**
 * Removes the sets retention no longer keeps, half-written sets older than a day, and the pooled media files that
 * no kept set's manifest names (after a day). Returns the removed sets' names.
 */
export async function pruneBackups(backupDir: string, keepDaily: number, keepWeekly: number): Promise<string[]> {
  const sets = await completeSets(backupDir);
  const keep = setsToKeep(sets, keepDaily, keepWeekly);
  const removed = sets.filter((s) => !keep.has(s));
  for (const name of removed) await rm(join(backupDir, name), { recursive: true, force: true });
  for (const name of await readdir(backupDir)) {
    const stale = name.endsWith('.partial') && setNamePattern.test(name.replace(/\.partial$/, ''));
    if (stale && Date.now() - (await stat(join(backupDir, name))).mtimeMs > 86_400_000) {
      await rm(join(backupDir, name), { recursive: true, force: true });
    }
  }

  const referenced = new Set<string>();
  for (const name of keep) {
    const entries = JSON.parse(await readFile(join(backupDir, name, setFiles.mediaManifest), 'utf8')) as MediaEntry[];
    for (const e of entries) referenced.add(e.sha1);
  }
  const pool = mediaPool(backupDir);
  for (const shard of await readdir(pool).catch(() => [] as string[])) {
    for (const file of await readdir(join(pool, shard))) {
      if (referenced.has(file)) continue;
      // A day's grace: a backup running beside this one may have copied files its manifest does not list yet.
      const path = join(pool, shard, file);
      if (Date.now() - (await stat(path)).mtimeMs > 86_400_000) await rm(path, { force: true });
    }
  }
  return removed;
}
