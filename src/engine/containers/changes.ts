// `docker commit --change`: the Dockerfile instructions commit accepts (moby builder
// BuildFromConfig: CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME,
// WORKDIR) applied to an image run config.

import type { ImageRunConfig } from '../images/catalog/types';
import { invalidChange, type ContainerError } from './errors';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function words(rest: string): string[] | undefined {
  const t = rest.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

const unquote = (s: string): string => s.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');

function pairs(rest: string): [string, string][] {
  const t = rest.trim();
  if (!t.includes('=')) {
    const sp = t.search(/\s/);
    return sp < 0 ? [[t, '']] : [[t.slice(0, sp), t.slice(sp).trim()]];
  }
  return (t.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []).map((kv) => {
    const i = kv.indexOf('=');
    return [kv.slice(0, i), unquote(kv.slice(i + 1))];
  });
}

export function applyChanges(
  base: ImageRunConfig,
  changes: readonly string[],
): ImageRunConfig | ContainerError {
  const c: Mutable<ImageRunConfig> = { ...base };
  for (const line of changes) {
    const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(line);
    if (!m) continue;
    const kw = (m[1] as string).toLowerCase();
    const rest = m[2] as string;
    const form = (): string[] => words(rest) ?? ['/bin/sh', '-c', rest.trim()];
    switch (kw) {
      case 'cmd':
        c.Cmd = form();
        break;
      case 'entrypoint':
        c.Entrypoint = form();
        break;
      case 'env': {
        const env = [...(c.Env ?? [])];
        for (const [k, v] of pairs(rest)) {
          const i = env.findIndex((e) => e.startsWith(`${k}=`));
          if (i >= 0) env[i] = `${k}=${v}`;
          else env.push(`${k}=${v}`);
        }
        c.Env = env;
        break;
      }
      case 'label':
        c.Labels = { ...(c.Labels ?? {}), ...Object.fromEntries(pairs(rest)) };
        break;
      case 'expose': {
        const ports: Record<string, Record<string, never>> = { ...(c.ExposedPorts ?? {}) };
        for (const p of rest.trim().split(/\s+/))
          if (p) ports[p.includes('/') ? p : `${p}/tcp`] = {};
        c.ExposedPorts = ports;
        break;
      }
      case 'volume': {
        const vols: Record<string, Record<string, never>> = { ...(c.Volumes ?? {}) };
        for (const v of words(rest) ?? rest.trim().split(/\s+/)) if (v) vols[v] = {};
        c.Volumes = vols;
        break;
      }
      case 'user':
        c.User = rest.trim();
        break;
      case 'workdir':
        c.WorkingDir = rest.trim();
        break;
      case 'stopsignal':
        c.StopSignal = rest.trim();
        break;
      case 'onbuild':
        c.OnBuild = [...(c.OnBuild ?? []), rest.trim()];
        break;
      default:
        return invalidChange(`${kw} is not a valid change command`);
    }
  }
  return c;
}
