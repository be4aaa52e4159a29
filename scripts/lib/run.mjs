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
    throw new Error(`${cmd} ${args.join(' ')} ${why}${excerpt(r.stderr)}`);
  }
  return r;
}

/**
 * The useful part of a failed command's stderr: the first line naming an error (a stack's
 * message, not its frames), else the last lines; npm's own warnings left out.
 * @param {string} stderr
 */
function excerpt(stderr) {
  const lines = stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  const error = lines.find((l) => /^\s*\w*Error\b:/.test(l)) ?? lines.find((l) => /\bERR!/.test(l));
  const text = error ?? lines.slice(-3).join(' | ');
  return text ? `: ${text.trim().slice(0, 300)}` : '';
}
