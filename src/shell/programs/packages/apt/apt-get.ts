// apt-get (apt 2.6) and apt: update, install, remove, purge, autoremove, clean, upgrade, with -y,
// --auto-remove, --purge, -q. `apt` is the same engine with its own warning when scripted.

import type { Command } from '../../../types';
import { command } from '../../../coreutils/lib/errors';
import { parseOptions } from '../../../coreutils/lib/options';
import { loadCatalog } from '../catalog/load';
import { detectDistro } from '../distro';
import { sizeToStr } from './apt-format';
import { runUpdate } from './apt-lists';
import { aptInstall } from './apt-install';
import { aptRemove } from './apt-remove';
import type { AptRun } from './apt-common';
import { DpkgDb } from './dpkg-db';

const OPS = [
  'update',
  'install',
  'remove',
  'purge',
  'autoremove',
  'clean',
  'autoclean',
  'upgrade',
  'dist-upgrade',
  'full-upgrade',
];

function clean(fs: AptRun['ctx']['fs']): void {
  for (const dir of [
    '/var/cache/apt/archives',
    '/var/cache/apt/archives/partial',
    '/var/cache/apt',
  ]) {
    let entries;
    try {
      entries = fs.readdir(dir);
    } catch {
      continue;
    }
    for (const e of entries)
      if (e.type === 'file' && (e.name.endsWith('.deb') || e.name.endsWith('.bin')))
        fs.unlink(`${dir}/${e.name}`);
  }
}

export function createApt(tool: 'apt-get' | 'apt'): Command {
  return command(tool, async (ctx) => {
    const r = parseOptions(ctx.argv.slice(1), {
      flags: 'yqsfV',
      long: {
        yes: { key: 'y' },
        'assume-yes': { key: 'y' },
        quiet: { key: 'q' },
        'no-install-recommends': { key: 'no-install-recommends' },
        'no-install-suggests': { key: 'no-install-suggests' },
        'auto-remove': { key: 'auto-remove' },
        autoremove: { key: 'auto-remove' },
        purge: { key: 'purge' },
        'fix-broken': { key: 'f' },
        version: { key: 'V' },
      },
    });
    if (!r.ok) {
      ctx.stderr.write(
        `E: Command line option '${r.message.replace(/^.*'(.*)'.*$/, '$1')}' is not understood in combination with the other options\n`,
      );
      return 100;
    }
    const p = r.opts;
    if (p.has('V')) {
      ctx.stdout.write(`${tool === 'apt' ? 'apt' : 'apt'} 2.6.1 (amd64)\n`);
      return 0;
    }
    const [op, ...names] = p.operands;
    if (op === undefined) {
      ctx.stdout.write(
        `${tool === 'apt' ? 'apt' : 'apt'} 2.6.1 (amd64)\nUsage: ${tool} [options] command\n\n(Layerlab's ${tool}: update, install, remove, purge, autoremove, clean, upgrade.)\n`,
      );
      return 1;
    }
    if (!OPS.includes(op)) {
      ctx.stderr.write(`E: Invalid operation ${op}\n`);
      return 100;
    }
    if (ctx.system.uid !== 0) {
      ctx.stderr.write(
        'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n',
      );
      return 100;
    }
    if (tool === 'apt' && !ctx.stdout.isTTY)
      ctx.stderr.write(
        '\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n',
      );
    const quiet = p.all('q').length;
    const run: AptRun = {
      ctx,
      yes: p.has('y'),
      out: (t) => {
        if (quiet < 2) ctx.stdout.write(t);
      },
    };
    const done = ctx.stdout.isTTY ? ' Done' : '';
    const reading = (): void => {
      run.out(`Reading package lists...${done}\n`);
      if (op !== 'update')
        run.out(`Building dependency tree...${done}\nReading state information...${done}\n`);
    };
    const distro = detectDistro(ctx.fs);
    if (op === 'clean' || op === 'autoclean') {
      clean(ctx.fs);
      return 0;
    }
    if (op === 'update') {
      const u = runUpdate(ctx.fs, distro, distro.codename);
      for (const l of u.lines) run.out(`${l}\n`);
      const ms = 400 + (u.fetched / 12_000_000) * 1000;
      if (!(await ctx.sleep(ms))) return 130;
      run.out(
        `Fetched ${sizeToStr(u.fetched)}B in ${Math.round(ms / 1000)}s (${sizeToStr(u.fetched / (ms / 1000))}B/s)\n`,
      );
      reading();
      return 0;
    }
    const catalog = await loadCatalog('debian', distro.codename);
    const db = new DpkgDb(ctx.fs);
    reading();
    if (op === 'upgrade' || op === 'dist-upgrade' || op === 'full-upgrade') {
      run.out(
        'Calculating upgrade...' +
          done +
          '\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n',
      );
      return 0;
    }
    if (op === 'install') {
      if (names.length === 0) {
        run.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
        return 0;
      }
      return aptInstall(run, catalog, db, distro, names);
    }
    const purge = op === 'purge' || p.has('purge');
    const autoRemove = op === 'autoremove' || p.has('auto-remove');
    return aptRemove(run, catalog, db, op === 'autoremove' ? [] : names, purge, autoRemove, tool);
  });
}

export const aptGet = createApt('apt-get');
export const apt = createApt('apt');
