// EXPOSE port[/proto] …: ExposedPorts in the config; no layer. The arguments arrive sorted (as
// BuildKit sorts them), so `EXPOSE 80 # http` fails on `#`: `invalid containerPort: #`.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { stepError } from '../session';
import { eachWord } from '../words';
import { expansionError, nop, type Dispatch } from './common';

/** go-connections nat.ParsePortSpecs for container ports: `80`, `80/udp`, `8000-8002`. */
export function parsePorts(
  specs: readonly string[],
): { ok: true; ports: string[] } | { ok: false; error: string } {
  const out: string[] = [];
  for (const spec of specs) {
    const slash = spec.indexOf('/');
    const port = slash < 0 ? spec : spec.slice(0, slash);
    const proto = (slash < 0 ? 'tcp' : spec.slice(slash + 1)).toLowerCase();
    const m = /^(\d+)(?:-(\d+))?$/.exec(port);
    const lo = m ? Number(m[1]) : NaN;
    const hi = m?.[2] !== undefined ? Number(m[2]) : lo;
    if (!m || lo > 65535 || hi > 65535)
      return { ok: false, error: `invalid containerPort: ${port}` };
    if (hi < lo) return { ok: false, error: `invalid range specified for container port: ${port}` };
    if (!['tcp', 'udp', 'sctp'].includes(proto))
      return { ok: false, error: `invalid proto: ${proto}` };
    for (let p = lo; p <= hi; p++) out.push(`${p}/${proto}`);
  }
  return { ok: true, ports: out };
}

export const dispatchExpose: Dispatch<'EXPOSE'> = async (sess, s, ins) => {
  const w = eachWord(s, ins.ports);
  if (!w.ok) return expansionError(ins, w.error);
  const parsed = parsePorts(w.value);
  if (!parsed.ok) {
    if (sess.legacy)
      sess.stream(`Step ${++sess.legacyStep}/${sess.legacyTotal} : ${ins.original}\n`);
    return stepError(parsed.error, ins);
  }
  const config = copyConfig(s.state.config);
  const exposed = { ...(config.ExposedPorts ?? {}) };
  for (const p of parsed.ports) exposed[p] = {};
  config.ExposedPorts = exposed;
  // Go prints a map with sorted keys: map[443/tcp:{} 80/tcp:{}].
  const keys = [...new Set(parsed.ports)].sort();
  const buildkit = `EXPOSE map[${keys.map((k) => `${k}:{}`).join(' ')}]`;
  return configStep(sess, s, ins, { buildkit, legacy: nop(`EXPOSE ${w.value.join(' ')}`) }, config);
};
