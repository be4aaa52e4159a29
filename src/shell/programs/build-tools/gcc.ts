// gcc / cc: `--version` as each distribution's compiler prints it, and compiling a C file to an
// executable blob of a plausible size (the lab does not run compiled programs).

import type { Command, CommandContext } from '../../types';
import { command } from '../../coreutils/lib/errors';
import { sha256OfText } from '../../../engine/storage';
import { detectDistro } from '../packages/distro';

function versionLine(ctx: CommandContext, name: string): string {
  const d = detectDistro(ctx.fs);
  if (d.family === 'centos') return `${name} (GCC) 4.8.5 20150623 (Red Hat 4.8.5-44)`;
  if (d.family === 'alpine') return `${name} (Alpine 13.2.1_git20231014) 13.2.1 20231014`;
  if (d.id === 'ubuntu') return `${name} (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0`;
  return `${name} (Debian 12.2.0-14) 12.2.0`;
}

function compiler(name: 'gcc' | 'cc'): Command {
  return command(name, (ctx) => {
    const args = ctx.argv.slice(1);
    if (args.includes('--version')) {
      ctx.stdout.write(
        `${versionLine(ctx, name)}\nCopyright (C) 2022 Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n\n`,
      );
      return 0;
    }
    let output: string | undefined;
    let compileOnly = false;
    const inputs: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-o') output = args[++i];
      else if (a.startsWith('-o') && a.length > 2) output = a.slice(2);
      else if (a === '-c') compileOnly = true;
      else if (!a.startsWith('-')) inputs.push(a);
    }
    const missing = inputs.filter((f) => !ctx.fs.exists(ctx.resolve(f)));
    for (const f of missing) ctx.stderr.write(`${name}: error: ${f}: No such file or directory\n`);
    if (inputs.length === 0 || missing.length === inputs.length) {
      ctx.stderr.write(`${name}: fatal error: no input files\ncompilation terminated.\n`);
      return 1;
    }
    if (missing.length > 0) return 1;
    const source = inputs.map((f) => ctx.fs.readText(ctx.resolve(f))).join('\n');
    const digest = sha256OfText(`layerlab cc ${compileOnly} ${source}`);
    if (compileOnly && output === undefined) {
      for (const f of inputs) {
        const o = f.replace(/\.[^./]+$/, '') + '.o';
        ctx.fs.writeFile(ctx.resolve(o.slice(o.lastIndexOf('/') + 1)), {
          kind: 'blob',
          size: 1_504 + source.length,
          digest,
        });
      }
      return 0;
    }
    const out = ctx.resolve(output ?? 'a.out');
    ctx.fs.writeFile(
      out,
      { kind: 'blob', size: compileOnly ? 1_504 + source.length : 15_960 + source.length, digest },
      { mode: 0o755 },
    );
    if (!compileOnly) ctx.fs.chmod(out, 0o755);
    return 0;
  });
}

export const gcc = compiler('gcc');
export const cc = compiler('cc');
