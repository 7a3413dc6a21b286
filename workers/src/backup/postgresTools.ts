import { spawn } from 'node:child_process';

/** Thrown when pg_dump / pg_restore cannot be run or fail; the message says why, with their own words. */
export class PostgresToolError extends Error {
  override name = 'PostgresToolError';
}

/** libpq's variables for a server URL, so no password appears on a command line. */
export function libpqEnv(serverUrl: string): NodeJS.ProcessEnv {
  const url = new URL(serverUrl);
  return {
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
  };
}

/** Runs `pg_dump` or `pg_restore` from the machine's Postgres client and resolves once it exits 0. */
export function runPostgresTool(tool: 'pg_dump' | 'pg_restore', args: string[], serverUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: { ...process.env, ...libpqEnv(serverUrl) }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        new PostgresToolError(
          err.code === 'ENOENT'
            ? `${tool} not found: install the Postgres client of the server's major version or newer (Debian: apt-get install postgresql-client, or bash scripts/systemPackages.sh)`
            : `${tool} could not start: ${err.message}`,
        ),
      ),
    );
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new PostgresToolError(`${tool} ${args.join(' ')} failed (${signal ?? code}): ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}
