// pip 24 (pip, pip3): install NAME… and -r FILE (with --trusted-host, -i, --no-cache-dir,
// --upgrade accepted), uninstall -y, list, freeze, --version. Installs into the image's Python
// site-packages with a .dist-info per project, caches wheels under ~/.cache/pip.

import type { Command, CommandContext } from '../../types';
import { command } from '../../coreutils/lib/errors';
import { sha256OfText } from '../../../engine/storage';
import { loadCatalog } from './catalog/load';
import { satisfies, specifierOf } from './pep440';
import { parseFile, parseSize, type Catalog } from './catalog/types';

const norm = (n: string): string => n.toLowerCase().replace(/[-_.]+/g, '-');

interface Python {
  readonly version: string;
  readonly site: string;
}

function findPython(ctx: CommandContext): Python {
  for (const root of ['/usr/local/lib', '/usr/lib']) {
    let names: string[];
    try {
      names = ctx.fs.readdir(root).map((e) => e.name);
    } catch {
      continue;
    }
    const v = names
      .filter((n) => /^python3\.\d+$/.test(n))
      .sort((a, b) => Number(b.slice(8)) - Number(a.slice(8)))[0];
    if (v === undefined) continue;
    const version = v.slice(6);
    if (root === '/usr/local/lib') return { version, site: `/usr/local/lib/${v}/site-packages` };
    const debian = ctx.fs.exists('/usr/lib/python3/dist-packages');
    return { version, site: `/usr/local/lib/${v}/${debian ? 'dist' : 'site'}-packages` };
  }
  return { version: '3.12', site: '/usr/local/lib/python3.12/site-packages' };
}

function lookup(catalog: Catalog, name: string): string | undefined {
  return Object.keys(catalog.packages).find((k) => norm(k) === norm(name));
}

function installedVersion(ctx: CommandContext, py: Python, name: string): string | undefined {
  try {
    for (const e of ctx.fs.readdir(py.site)) {
      const m = /^(.+)-([^-]+)\.dist-info$/.exec(e.name);
      if (m && norm(m[1]) === norm(name)) return m[2];
    }
  } catch {
    // no site-packages yet
  }
  return undefined;
}

function wheelName(catalog: Catalog, name: string): string {
  const s = catalog.packages[name];
  return `${name.toLowerCase().replace(/-/g, '_')}-${s.version}-${s.arch ?? 'py3-none-any'}.whl`;
}

function kB(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${bytes >= 10_000 ? Math.round(bytes / 1000) : (bytes / 1000).toFixed(1)} kB`;
}

interface Want {
  readonly spec: string;
  readonly from: string;
}

function parseRequirements(text: string, file: string): Want[] {
  const out: Want[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '' || line.startsWith('-')) return;
    out.push({ spec: line, from: `-r ${file} (line ${i + 1})` });
  });
  return out;
}

const specName = (spec: string): string => spec.split(/[<>=!~;[\s]/)[0];

function writeDistribution(ctx: CommandContext, catalog: Catalog, py: Python, name: string): void {
  const s = catalog.packages[name];
  const now = ctx.clock.now();
  for (const f of s.files) {
    const e = parseFile(f, catalog.texts);
    const path = e.path.startsWith('../')
      ? `/usr/local/bin/${e.path.split('/').pop()}`
      : `${py.site}/${e.path}`;
    ctx.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    if (e.kind === 'blob') {
      if (path.startsWith('/usr/local/bin/')) {
        ctx.fs.writeFile(
          path,
          `#!/usr/local/bin/python${py.version}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom ${name.toLowerCase()}.cli import main\nif __name__ == "__main__":\n    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])\n    sys.exit(main())\n`,
          { mode: 0o755 },
        );
        ctx.fs.chmod(path, 0o755);
      } else
        ctx.fs.writeFile(path, {
          kind: 'blob',
          size: e.size,
          digest: sha256OfText(`pypi ${name} ${s.version} ${e.path}`),
        });
      ctx.fs.utimes(path, now);
    }
  }
  const info = `${py.site}/${name.replace(/-/g, '_')}-${s.version}.dist-info`;
  ctx.fs.mkdir(info, { recursive: true });
  ctx.fs.writeFile(
    `${info}/METADATA`,
    `Metadata-Version: 2.1\nName: ${name}\nVersion: ${s.version}\nSummary: ${s.desc}\n${(s.deps ?? []).map((d) => `Requires-Dist: ${d}\n`).join('')}`,
  );
  ctx.fs.writeFile(`${info}/INSTALLER`, 'pip\n');
  ctx.fs.writeFile(
    `${info}/WHEEL`,
    `Wheel-Version: 1.0\nGenerator: layerlab\nRoot-Is-Purelib: ${s.arch ? 'false' : 'true'}\nTag: ${s.arch ?? 'py3-none-any'}\n`,
  );
  ctx.fs.writeFile(
    `${info}/RECORD`,
    s.files.map((f) => `${parseFile(f, catalog.texts).path},,\n`).join(''),
  );
  ctx.fs.writeFile(`${info}/top_level.txt`, `${name.toLowerCase().replace(/-/g, '_')}\n`);
}

async function install(ctx: CommandContext, args: string[]): Promise<number> {
  const out = (s: string): void => ctx.stdout.write(s);
  const catalog = await loadCatalog('pypi');
  const py = findPython(ctx);
  const wants: Want[] = [];
  let noCache = false;
  // -q lowers pip's log level one step (warnings still show), -qq two (errors only).
  let quiet = 0;
  let rootWarning = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-r' || a === '--requirement') {
      const file = args[++i] ?? '';
      let text: string;
      try {
        text = ctx.fs.readText(ctx.resolve(file));
      } catch {
        ctx.stderr.write(
          `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`,
        );
        return 1;
      }
      wants.push(...parseRequirements(text, file));
    } else if (
      a === '--trusted-host' ||
      a === '-i' ||
      a === '--index-url' ||
      a === '--extra-index-url'
    )
      i++;
    else if (a === '--no-cache-dir') noCache = true;
    else if (a === '-q' || a === '--quiet') quiet++;
    else if (/^-q+$/.test(a)) quiet += a.length - 1;
    else if (a === '--root-user-action=ignore') rootWarning = false;
    else if (a === '--root-user-action') rootWarning = args[++i] !== 'ignore';
    else if (!a.startsWith('-')) wants.push({ spec: a, from: '' });
  }
  if (wants.length === 0) {
    ctx.stderr.write(
      'ERROR: You must give at least one requirement to install (see "pip help install")\n',
    );
    return 1;
  }
  const log = (s: string): void => {
    if (quiet === 0) out(s);
  };
  const chosen: string[] = [];
  const queue = [...wants];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const w = queue.shift() as Want;
    const n = specName(w.spec);
    if (seen.has(norm(n))) continue;
    seen.add(norm(n));
    const from = w.from ? ` (from ${w.from})` : '';
    const have = installedVersion(ctx, py, n);
    if (have !== undefined) {
      log(`Requirement already satisfied: ${w.spec} in ${py.site}${from} (${have})\n`);
      continue;
    }
    const name = lookup(catalog, n);
    if (name === undefined) {
      ctx.stderr.write(
        `ERROR: Could not find a version that satisfies the requirement ${w.spec} (from versions: none)\nERROR: No matching distribution found for ${w.spec}\n`,
      );
      return 1;
    }
    const offered = catalog.packages[name].version;
    if (!satisfies(offered, specifierOf(w.spec))) {
      ctx.stderr.write(
        `ERROR: Could not find a version that satisfies the requirement ${w.spec} (from versions: ${offered})\nERROR: No matching distribution found for ${w.spec}\n`,
      );
      return 1;
    }
    log(`Collecting ${w.spec}${from}\n`);
    log(
      `  Downloading ${wheelName(catalog, name).replace('.whl', '.whl.metadata')} (${kB(1500 + (catalog.packages[name].deps?.length ?? 0) * 400)})\n`,
    );
    chosen.push(name);
    // pip's from_path(): each requirement as it was written, innermost first (`Werkzeug>=3.0.0->flask`).
    const parent = w.from ? `${w.spec}->${w.from}` : w.spec;
    for (const d of catalog.packages[name].deps ?? []) queue.push({ spec: d, from: parent });
  }
  if (chosen.length === 0) return 0;
  let bytes = 0;
  for (const name of chosen) {
    const size = parseSize(catalog.packages[name].size);
    bytes += size;
    log(`Downloading ${wheelName(catalog, name)} (${kB(size)})\n`);
    if (!noCache) {
      const h = sha256OfText(`pip cache ${name} ${catalog.packages[name].version}`).slice(7);
      const dir = `${ctx.env.HOME ?? '/root'}/.cache/pip/http-v2/${h[0]}/${h[1]}/${h[2]}/${h[3]}/${h[4]}`;
      ctx.fs.mkdir(dir, { recursive: true });
      ctx.fs.writeFile(`${dir}/${h.slice(5)}.body`, { kind: 'blob', size, digest: `sha256:${h}` });
      ctx.fs.writeFile(`${dir}/${h.slice(5)}`, {
        kind: 'blob',
        size: 1_100,
        digest: sha256OfText(`pip cache meta ${h}`),
      });
    }
  }
  if (!(await ctx.sleep(300 + bytes / 5_000))) return 130;
  // Dependencies before dependents, as pip installs them.
  const order: string[] = [];
  const visit = (n: string): void => {
    if (order.includes(n) || !chosen.includes(n)) return;
    for (const d of catalog.packages[n].deps ?? []) {
      const c = lookup(catalog, specName(d));
      if (c !== undefined) visit(c);
    }
    order.push(n);
  };
  for (const n of [...chosen].reverse()) visit(n);
  log(`Installing collected packages: ${order.join(', ')}\n`);
  for (const n of order) writeDistribution(ctx, catalog, py, n);
  const done = [...order].sort().map((n) => `${n}-${catalog.packages[n].version}`);
  log(`Successfully installed ${done.join(' ')}\n`);
  // A warning: pip logs it to stderr, and -q alone does not hide it.
  if (ctx.system.uid === 0 && quiet < 2 && rootWarning)
    ctx.stderr.write(
      "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable.It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n",
    );
  return 0;
}

function rmTree(ctx: CommandContext, p: string): void {
  let st;
  try {
    st = ctx.fs.lstat(p);
  } catch {
    return;
  }
  if (st.type === 'dir') {
    for (const e of ctx.fs.readdir(p)) rmTree(ctx, `${p}/${e.name}`);
    ctx.fs.rmdir(p);
  } else ctx.fs.unlink(p);
}

function listInstalled(ctx: CommandContext, py: Python): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  try {
    for (const e of ctx.fs.readdir(py.site)) {
      const m = /^(.+)-([^-]+)\.dist-info$/.exec(e.name);
      if (m) out.push([m[1].replace(/_/g, '-'), m[2]]);
    }
  } catch {
    // none
  }
  return out.sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1));
}

function pipCommand(name: 'pip' | 'pip3'): Command {
  return command(name, async (ctx) => {
    const [op, ...rest] = ctx.argv.slice(1);
    const py = findPython(ctx);
    if (op === '--version' || op === '-V') {
      ctx.stdout.write(`pip 24.0 from ${py.site}/pip (python ${py.version})\n`);
      return 0;
    }
    if (op === 'install') return install(ctx, rest);
    if (op === 'list' || op === 'freeze') {
      const pkgs = listInstalled(ctx, py);
      if (op === 'freeze') for (const [n, v] of pkgs) ctx.stdout.write(`${n}==${v}\n`);
      else {
        const w = Math.max(7, ...pkgs.map(([n]) => n.length));
        ctx.stdout.write(`${'Package'.padEnd(w)} Version\n${'-'.repeat(w)} -------\n`);
        for (const [n, v] of pkgs) ctx.stdout.write(`${n.padEnd(w)} ${v}\n`);
      }
      return 0;
    }
    if (op === 'uninstall') {
      const names = rest.filter((a) => !a.startsWith('-'));
      for (const n of names) {
        const v = installedVersion(ctx, py, n);
        if (v === undefined) {
          ctx.stdout.write(`WARNING: Skipping ${n} as it is not installed.\n`);
          continue;
        }
        const hit = listInstalled(ctx, py).find(([k]) => norm(k) === norm(n));
        const shown = hit ? hit[0] : n;
        ctx.stdout.write(
          `Found existing installation: ${shown} ${v}\nUninstalling ${shown}-${v}:\n  Successfully uninstalled ${shown}-${v}\n`,
        );
        const catalog = await loadCatalog('pypi');
        const key = lookup(catalog, n);
        const dirs = new Set<string>([`${py.site}/${shown.replace(/-/g, '_')}-${v}.dist-info`]);
        if (key)
          for (const f of catalog.packages[key].files) {
            const p = parseFile(f, catalog.texts).path;
            if (!p.startsWith('../')) dirs.add(`${py.site}/${p.split('/')[0]}`);
          }
        for (const d of dirs) rmTree(ctx, d);
      }
      return 0;
    }
    ctx.stderr.write(
      op === undefined
        ? `\nUsage:   \n  ${name} <command> [options]\n`
        : `ERROR: unknown command "${op}"\n`,
    );
    return 1;
  });
}

export const pip = pipCommand('pip');
export const pip3 = pipCommand('pip3');
