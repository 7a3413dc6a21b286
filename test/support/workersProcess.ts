import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const workersMain = fileURLToPath(new URL('../../workers/src/main.ts', import.meta.url));

/**
 * Workers in processes of their own, which a test can kill as a crash would (SIGKILL: no goodbye), with short job
 * locks so a dead worker's job is taken again quickly. `env` is read at each start (the stack starts later).
 */
export function workersProcesses(env: () => NodeJS.ProcessEnv) {
  const children: ChildProcess[] = [];
  return {
    start(): ChildProcess {
      const child = spawn(process.execPath, [workersMain], { env: { ...env(), JOB_LOCK_MS: '2000' }, stdio: 'ignore' });
      children.push(child);
      return child;
    },
    /** Kills every one still running. */
    killAll(): void {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
