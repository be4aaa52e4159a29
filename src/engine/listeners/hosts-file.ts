// Name lookup as glibc does it from a machine's /etc/hosts (the links Docker writes there are how
// `--link fan-redis-1:redis` makes `redis` resolve). DNS beyond that is the network's business.

import type { FileSystem } from '../fs/types';
import { literalAddress } from './addresses';

/** The IPv4 address for `name` from /etc/hosts, a literal address, or undefined. */
export function lookupHost(fs: FileSystem, name: string): string | undefined {
  const literal = literalAddress(name);
  if (literal !== undefined) return literal;
  let text: string;
  try {
    text = fs.readText('/etc/hosts');
  } catch {
    return undefined;
  }
  const want = name.toLowerCase();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [addr, ...names] = line.split(/\s+/);
    if (!addr || addr.includes(':')) continue;
    if (names.some((n) => n.toLowerCase() === want)) return addr;
  }
  return undefined;
}
