// What `go build` leaves behind: a blob of a Go binary's real size whose digest names the checked
// program, registered with the shell (interp/binaries.ts) so running the file — `./hello`, `/app`
// as a container's CMD, a copy made by `COPY --from=build` — runs that program. A binary linked
// against libc (cgo on, net imported) needs the loader, as on Linux: in a scratch image it fails
// as runc reports it.

import { sha256OfText } from '../../../engine/storage';
import { registerBinary } from '../../interp/binaries';
import type { Command, CommandContext } from '../../types';
import type { ProgramNet } from '../servers/net';
import type { FuncDecl } from './syntax';
import { GoProcess } from './runtime';

export const BINARY_RUNNER = 'layerlab-go-binary';

export interface GoBinary {
  readonly funcs: ReadonlyMap<string, FuncDecl>;
  readonly imports: ReadonlySet<string>;
  /** Linked against libc (needs /lib64/ld-linux-x86-64.so.2). */
  readonly dynamic: boolean;
  /** GOOS/GOARCH other than linux/amd64: the kernel refuses it. */
  readonly foreign: boolean;
  /** The main file as the build saw it (panic traces). */
  readonly source: string;
}

const programs = new Map<string, GoBinary>();

/** Bytes of a Go 1.24 linux/amd64 binary for what it imports (`-s -w` strips ~30%). */
export function binarySize(imports: ReadonlySet<string>, stripped: boolean, salt: string): number {
  const base = imports.has('net/http')
    ? 7_716_000
    : imports.has('fmt') || imports.has('log')
      ? 2_141_000
      : 1_512_000;
  const size =
    base +
    (parseInt(
      sha256OfText(salt)
        .replace(/^sha256:/, '')
        .slice(0, 4),
      16,
    ) %
      40_000);
  return stripped ? Math.round(size * 0.69) : size;
}

/** Register a built program; returns its blob digest. */
export function registerGoBinary(b: GoBinary, key: string): string {
  const digest = sha256OfText(`layerlab go binary\0${key}`);
  programs.set(digest, b);
  registerBinary(digest, BINARY_RUNNER);
  return digest;
}

function pathOf(ctx: CommandContext, typed: string): string | undefined {
  if (typed.includes('/')) return ctx.resolve(typed);
  for (const dir of (ctx.env.PATH ?? '').split(':')) {
    const p = ctx.resolve(`${dir || '.'}/${typed}`);
    if (ctx.fs.exists(p)) return p;
  }
  return undefined;
}

/** Run a program `go build` made (also what `go run` runs). */
export function runGoProgram(
  ctx: CommandContext,
  net: ProgramNet,
  b: GoBinary,
  shown: string,
): Promise<number> | number {
  if (b.foreign) {
    ctx.stderr.write(`exec ${shown}: exec format error\n`);
    return 126;
  }
  if (b.dynamic && !ctx.fs.exists('/lib64/ld-linux-x86-64.so.2')) {
    // The file is there; its ELF interpreter is not (a scratch or alpine image).
    ctx.stderr.write(`exec ${shown}: no such file or directory\n`);
    return 127;
  }
  return new GoProcess({ ctx, net, funcs: b.funcs, source: b.source }).main();
}

export function binaryRunner(net: ProgramNet): Command {
  return {
    name: BINARY_RUNNER,
    run(ctx) {
      const typed = ctx.argv[0] ?? '';
      const path = pathOf(ctx, typed);
      const data = path !== undefined ? ctx.fs.readFile(path) : undefined;
      const b = data?.kind === 'blob' ? programs.get(data.digest) : undefined;
      if (!b) {
        ctx.stderr.write(
          `layerlab: ${typed}: a Go binary from an earlier page load: build it again\n`,
        );
        return 126;
      }
      return runGoProgram(ctx, net, b, path ?? typed);
    },
  };
}
