// docker port / docker container port (FIDELITY §1.8): every binding as `80/tcp -> 0.0.0.0:5080`
// (IPv6 in brackets), natural order; with PRIVATE_PORT[/PROTO], just the host addresses.

import type { Engine } from '../../engine/engine';
import { joinHostPort } from '../format/ports';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { daemonError } from './lib/output';

/** sortorder.NaturalLess: digit runs compare as numbers. */
export function naturalLess(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

export const port: DockerSubcommand<Engine> = {
  spec: specFromHelp('port', { minArgs: 1, maxArgs: 2 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const name = p.args[0] as string;
    const found = api.inspectContainer(name);
    if (!found.ok) return daemonError(ctx, found.error.message);
    const ports = api.containerPorts(name);
    const list = ports.ok ? ports.value : [];
    const out: string[] = [];
    const wanted = p.args[1];
    if (wanted !== undefined) {
      const slash = wanted.indexOf('/');
      const num = slash < 0 ? wanted : wanted.slice(0, slash);
      const proto = slash < 0 || wanted.slice(slash + 1) === '' ? 'tcp' : wanted.slice(slash + 1);
      if (!/^\d+$/.test(num) || Number(num) > 65535) {
        const why = /^\d+$/.test(num) ? 'value out of range' : 'invalid syntax';
        ctx.stderr.write(
          `Error: invalid port (${num}): strconv.ParseUint: parsing ${JSON.stringify(num)}: ${why}\n`,
        );
        return 1;
      }
      for (const b of list)
        if (b.PrivatePort === Number(num) && b.Type === proto && b.PublicPort !== undefined)
          out.push(joinHostPort(b.IP ?? '', b.PublicPort));
      if (out.length === 0) {
        ctx.stderr.write(`Error: No public port '${wanted}' published for ${name}\n`);
        return 1;
      }
    } else {
      for (const b of list)
        if (b.PublicPort !== undefined)
          out.push(`${b.PrivatePort}/${b.Type} -> ${joinHostPort(b.IP ?? '', b.PublicPort)}`);
    }
    if (out.length > 0) ctx.stdout.write(`${out.sort(naturalLess).join('\n')}\n`);
    return 0;
  },
};
