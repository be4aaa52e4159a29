// `docker build` flags. The captured help (build.txt) is the legacy builder's, since buildx is
// not installed where it was captured; the default `docker build` is `docker buildx build`
// v0.24, whose flags FIDELITY §8 lists. Both sets are parsed; each run checks what it uses.

import type { FlagSpec } from '../../flags/types';

const f = (long: string, type: string, short?: string, def?: string): FlagSpec => ({
  long,
  type,
  description: '',
  ...(short ? { short } : {}),
  ...(def !== undefined ? { default: def } : {}),
});

/** buildx build v0.24 flags the legacy help does not list. */
export const BUILDX_ONLY: readonly FlagSpec[] = [
  f('allow', 'list'),
  f('annotation', 'list'),
  f('attest', 'list'),
  f('build-context', 'list'),
  f('builder', 'string'),
  f('cache-to', 'list'),
  f('call', 'string', undefined, 'build'),
  f('check', ''),
  f('debug', '', 'D'),
  f('load', ''),
  f('metadata-file', 'string'),
  f('no-cache-filter', 'list'),
  f('output', 'list', 'o'),
  f('progress', 'string', undefined, 'auto'),
  f('provenance', 'string'),
  f('push', ''),
  f('sbom', 'string'),
  f('secret', 'list'),
  f('ssh', 'list'),
];

/** Legacy-only flags (in build.txt, unknown to buildx). */
export const LEGACY_ONLY = new Set([
  'compress',
  'cpu-period',
  'cpu-quota',
  'cpu-shares',
  'cpuset-cpus',
  'cpuset-mems',
  'disable-content-trust',
  'force-rm',
  'isolation',
  'memory',
  'memory-swap',
  'rm',
  'security-opt',
  'squash',
]);

/** Flags that would change what the build produces or where it goes: refuse, do not fake. */
export const REFUSED = new Set([
  'attest',
  'build-context',
  'builder',
  'cache-to',
  'call',
  'check',
  'metadata-file',
  'output',
  'provenance',
  'push',
  'sbom',
  'secret',
  'ssh',
]);

/** Flags the lab models. The rest are accepted and reported as ignored. */
export const MODELLED = new Set([
  'build-arg',
  'file',
  'iidfile',
  'label',
  'load',
  'no-cache',
  'platform',
  'progress',
  'pull',
  'quiet',
  'tag',
  'target',
  'network',
  'rm',
  'force-rm',
  'debug',
]);
