import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** Debian's headless Chromium (`scripts/systemPackages.sh` installs it), driven by playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = candidates.find((path) => existsSync(path));
  if (!executablePath)
    throw new Error('Chromium not found: run `bash scripts/systemPackages.sh` (apt-get install chromium) or set CHROMIUM_PATH');
  // As root Chromium refuses its sandbox; these tests only visit our own gateway.
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Where a test leaves files for a person to look at: the run's output folder (`npm test` prints it). */
export function testOutputPath(name: string): string {
  const dir = process.env.TEST_OUTPUT_DIR || '.data/test-output/manual';
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
