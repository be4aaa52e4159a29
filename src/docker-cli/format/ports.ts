// The PORTS column of `docker ps` (formatter/container.go DisplayablePorts, 28.x): sorted by
// private port, host IP, public port, protocol; runs of consecutive ports merged into ranges per
// IP and protocol; mappings whose host port differs listed last; IPv6 hosts in brackets.

export interface PortSummary {
  /** Host IP, '' when the port is only exposed. */
  readonly ip?: string;
  readonly privatePort: number;
  /** 0 when not published. */
  readonly publicPort?: number;
  readonly type: string;
}

/** net.JoinHostPort: brackets around hosts that contain a colon. */
export function joinHostPort(host: string, port: string | number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.privatePort !== b.privatePort) return a.privatePort - b.privatePort;
  const ai = a.ip ?? '';
  const bi = b.ip ?? '';
  if (ai !== bi) return ai < bi ? -1 : 1;
  const ap = a.publicPort ?? 0;
  const bp = b.publicPort ?? 0;
  if (ap !== bp) return ap - bp;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

function formGroup(ip: string, type: string, first: number, last: number): string {
  let group = String(first);
  if (first !== last) group = `${group}-${last}`;
  if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

export function displayablePorts(ports: readonly PortSummary[]): string {
  const sorted = [...ports].sort(comparePorts);
  const groups = new Map<string, { ip: string; type: string; first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const p of sorted) {
    const ip = p.ip ?? '';
    const current = p.privatePort;
    if (ip !== '' && (p.publicPort ?? 0) !== current) {
      hostMappings.push(`${joinHostPort(ip, p.publicPort ?? 0)}->${current}/${p.type}`);
      continue;
    }
    const key = ip === '' ? p.type : `${ip}/${p.type}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { ip, type: p.type, first: current, last: current });
      continue;
    }
    if (current === g.last + 1) {
      g.last = current;
      continue;
    }
    result.push(formGroup(g.ip, g.type, g.first, g.last));
    g.first = current;
    g.last = current;
  }
  for (const g of groups.values()) result.push(formGroup(g.ip, g.type, g.first, g.last));
  result.push(...hostMappings);
  return result.join(', ');
}
