// source and `.`: run a file in this shell (its `cd`, variables and functions stay). A name
// without a slash is looked for on PATH, then in the working directory, as bash does.

import { errnoMessage, isFsError } from '../../engine/fs/errors';
import { ReturnSignal } from '../interp/control';
import { resolvePath } from '../interp/paths';
import { parse } from '../parser/parser';
import type { Builtin, BuiltinContext } from './builtin';

async function run(ctx: BuiltinContext): Promise<number> {
  const name = ctx.argv[0];
  const file = ctx.argv[1];
  const sh = ctx.shell;
  if (file === undefined) {
    ctx.stderr.write(
      `bash: ${name}: filename argument required\n${name}: usage: ${name} filename [arguments]\n`,
    );
    return 2;
  }
  let path = resolvePath(sh.state.cwd, file);
  if (!file.includes('/')) {
    for (const dir of (sh.state.get('PATH') ?? '').split(':')) {
      const p = resolvePath(sh.state.cwd, `${dir || '.'}/${file}`);
      try {
        if (ctx.fs.stat(p).type === 'file') {
          path = p;
          break;
        }
      } catch {
        // keep looking
      }
    }
  }
  let text: string;
  try {
    if (ctx.fs.stat(path).type === 'dir') {
      ctx.stderr.write(`bash: ${file}: is a directory\n`);
      return 1;
    }
    text = ctx.fs.readText(path);
  } catch (e) {
    ctx.stderr.write(`bash: ${file}: ${isFsError(e) ? errnoMessage(e.code) : String(e)}\n`);
    return 1;
  }
  const parsed = parse(text);
  if (!parsed.ok) {
    ctx.stderr.write(`${file}: line ${parsed.error.line}: ${parsed.error.message}\n`);
    return 2;
  }
  const st = sh.state;
  const args = ctx.argv.slice(2);
  const savedPositional = st.positional;
  if (args.length > 0) st.positional = args;
  const { loopDepth, noErrexit } = sh;
  sh.sourceDepth++;
  try {
    return await sh.runInThisShell(parsed.script, ctx.io);
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw e;
    // `return` may leave loops of the sourced file: their counters end here.
    sh.loopDepth = loopDepth;
    sh.noErrexit = noErrexit;
    return e.status;
  } finally {
    sh.sourceDepth--;
    if (args.length > 0) st.positional = savedPositional;
  }
}

export const source: Builtin = { name: 'source', run };
export const dot: Builtin = { name: '.', run };
