import type { Builtin } from './builtin';
import { describe } from './describe';

export const type: Builtin = {
  name: 'type',
  run(ctx) {
    let terse = false;
    let pathOnly = false;
    let status = 0;
    const names: string[] = [];
    for (const a of ctx.argv.slice(1)) {
      if (/^-[tpaPf]+$/.test(a)) {
        if (a.includes('t')) terse = true;
        if (a.includes('p') || a.includes('P')) pathOnly = true;
      } else names.push(a);
    }
    for (const n of names) {
      const m = describe(ctx.shell, n, pathOnly);
      if (m.kind === 'none') {
        if (!terse && !pathOnly) ctx.stderr.write(`bash: type: ${n}: not found\n`);
        status = 1;
        continue;
      }
      if (pathOnly) {
        if (m.kind === 'file') ctx.stdout.write(`${m.path}\n`);
        continue;
      }
      if (terse) {
        ctx.stdout.write(`${m.kind}\n`);
        continue;
      }
      switch (m.kind) {
        case 'alias':
          ctx.stdout.write(`${n} is aliased to \`${m.value}'\n`);
          break;
        case 'keyword':
          ctx.stdout.write(`${n} is a shell keyword\n`);
          break;
        case 'function':
          ctx.stdout.write(`${n} is a function\n`);
          break;
        case 'builtin':
          ctx.stdout.write(`${n} is a shell builtin\n`);
          break;
        case 'file':
          ctx.stdout.write(`${n} is ${m.path}\n`);
          break;
      }
    }
    return status;
  },
};
