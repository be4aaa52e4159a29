// Runs a child process with a deadline. Its output goes to our stderr (bench's progress stream)
// unless captured, so stdout stays one clean JSON object.

import { spawn } from 'node:child_process';

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, timeoutMs?: number, capture?: boolean, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, timedOut: boolean }>}
 */
export function run(cmd, args, options = {}) {
  const { cwd, timeoutMs = 120_000, capture = false, env = process.env } = options;
  return new Promise((resolve, reject) => {
    // detached: the child leads its own process group, so a timeout can end it and whatever it
    // spawned (npx → vite → workers) without touching anything else.
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => {
      if (capture) stdout += d;
      else process.stderr.write(d);
    });
    child.stderr.on('data', (d) => {
      stderr += d;
      if (!capture) process.stderr.write(d);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? null : code, stdout, stderr, timedOut });
    });
  });
}

/**
 * Like run, but throws with the tail of stderr when the command fails.
 * @param {string} cmd
 * @param {string[]} args
 * @param {Parameters<typeof run>[2]} [options]
 */
export async function runOrThrow(cmd, args, options) {
  const r = await run(cmd, args, options);
  if (r.code !== 0) {
    const why = r.timedOut ? 'timed out' : `exited ${r.code}`;
    const tail = r.stderr.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} ${why}${tail ? `: ${tail}` : ''}`);
  }
  return r;
}
