// Runs a TypeScript bench script with tsx and parses the one JSON object it prints on stdout.

import { runOrThrow } from './run.mjs';

/**
 * @param {string} root the repository root (tsx resolves from its node_modules)
 * @param {string} file path of the .ts file, relative to root
 * @param {number} timeoutMs
 * @returns {Promise<unknown>}
 */
export async function tsxJson(root, file, timeoutMs) {
  const r = await runOrThrow('npx', ['tsx', file], { cwd: root, timeoutMs, capture: true });
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(
      `${file} printed no JSON object: ${r.stdout.trim().slice(0, 200) || '(nothing)'}`,
    );
  }
}
