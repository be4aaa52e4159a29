// Flag lists read from the help texts' `Options:` (or `Global Options:`) section, so no flag
// is copied by hand: `  -p, --publish list   Publish a container's port(s) to the host`.

import type { FlagSpec } from '../flags/types';

const ENTRY = /^ {2}(?:-([^\s,]), | {4})--([A-Za-z0-9][\w-]*)(?: ([^\s]+))?(?: {2,}(.*))?$/;

function defaultOf(description: string, type: string): string | undefined {
  const m = /\(default (.*)\)$/.exec(description);
  if (!m) return undefined;
  const raw = m[1] as string;
  if (/^"(.*)"$/.test(raw)) return raw.slice(1, -1);
  if (raw === '[]' || raw === 'map[]') return undefined;
  if (type === '' && (raw === 'true' || raw === 'false')) return raw;
  if (/^-?[\d.]+[a-z]*$/.test(raw)) return raw;
  return undefined;
}

/** The flags a help text lists under the given section header. */
export function optionsFromHelp(help: string, section = 'Options:'): FlagSpec[] {
  const lines = help.split('\n');
  const at = lines.indexOf(section);
  if (at < 0) return [];
  const out: { long: string; short?: string; type: string; desc: string[] }[] = [];
  for (let i = at + 1; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i] as string;
    const m = ENTRY.exec(line);
    if (m) out.push({ long: m[2] as string, short: m[1], type: m[3] ?? '', desc: [m[4] ?? ''] });
    else out[out.length - 1]?.desc.push(line.trim());
  }
  return out.map((o) => {
    const description = o.desc.join(' ').trim();
    const spec: FlagSpec = {
      long: o.long,
      type: o.type,
      description,
      ...(o.short ? { short: o.short } : {}),
    };
    const d = defaultOf(description, o.type);
    return d === undefined ? spec : { ...spec, default: d };
  });
}

/** `Usage:  docker run [OPTIONS] IMAGE …` → 'docker run [OPTIONS] IMAGE …'. */
export function useLineOf(help: string): string {
  return (/^Usage: {2}(.*)$/m.exec(help)?.[1] ?? '').trim();
}
