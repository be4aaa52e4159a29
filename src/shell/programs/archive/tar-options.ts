// tar's command line: the old style (`tar xzf a.tgz`, `tar cvf x.tar /`: a first word of letters
// whose f/C take the following words in order) and the GNU style (`-xzf`, `--exclude=/proc`).

import type { Compression } from '../../../engine/world';
import { parseOptions } from '../../coreutils/lib/options';

export type TarMode = 'create' | 'extract' | 'list';

export interface TarOptions {
  readonly mode: TarMode;
  readonly file?: string;
  readonly directory?: string;
  readonly verbose: number;
  readonly compression?: Compression;
  readonly excludes: readonly string[];
  readonly numericOwner: boolean;
  readonly strip: number;
  readonly absoluteNames: boolean;
  readonly toStdout: boolean;
  readonly keepOld: boolean;
  readonly operands: readonly string[];
}

export type TarParse =
  | { ok: true; opts: TarOptions }
  | { ok: false; message: string; usage: boolean }
  | { ok: 'help' }
  | { ok: 'version' };

const WITH_ARG = 'fCXbT';
const LONG = {
  create: { key: 'c' },
  extract: { key: 'x' },
  get: { key: 'x' },
  list: { key: 't' },
  file: { key: 'f', arg: 'required' },
  directory: { key: 'C', arg: 'required' },
  verbose: { key: 'v' },
  gzip: { key: 'z' },
  gunzip: { key: 'z' },
  ungzip: { key: 'z' },
  bzip2: { key: 'j' },
  xz: { key: 'J' },
  exclude: { key: 'exclude', arg: 'required' },
  'numeric-owner': { key: 'numeric-owner' },
  'strip-components': { key: 'strip', arg: 'required' },
  'absolute-names': { key: 'P' },
  'to-stdout': { key: 'O' },
  'keep-old-files': { key: 'k' },
  'preserve-permissions': { key: 'p' },
  'same-permissions': { key: 'p' },
  'same-owner': { key: 'same-owner' },
  'no-same-owner': { key: 'no-same-owner' },
  'one-file-system': { key: 'one-file-system' },
  overwrite: { key: 'overwrite' },
  totals: { key: 'totals' },
  help: { key: 'help' },
  version: { key: 'version' },
} as const;

/** Expand an old-style first word (`xzvf a.tgz` → `-x -z -v -f a.tgz`). */
function expandOldStyle(args: readonly string[]): string[] {
  const first = args[0];
  if (first === undefined || first.startsWith('-') || !/^[a-zA-Z]+$/.test(first)) return [...args];
  const out: string[] = [];
  let next = 1;
  for (const c of first) {
    out.push(`-${c}`);
    if (WITH_ARG.includes(c) && next < args.length) out.push(args[next++]);
  }
  return [...out, ...args.slice(next)];
}

export function parseTarArgs(args: readonly string[]): TarParse {
  const r = parseOptions(expandOldStyle(args), {
    flags: 'cxtzjJvPOkphm',
    withArg: WITH_ARG,
    long: LONG,
  });
  if (!r.ok) return { ok: false, message: r.message, usage: true };
  const o = r.opts;
  if (o.has('help')) return { ok: 'help' };
  if (o.has('version')) return { ok: 'version' };
  const modes = (['c', 'x', 't'] as const).filter((k) => o.has(k));
  if (modes.length === 0)
    return {
      ok: false,
      message: "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options",
      usage: true,
    };
  if (modes.length > 1)
    return {
      ok: false,
      message: "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option",
      usage: true,
    };
  const mode: TarMode = modes[0] === 'c' ? 'create' : modes[0] === 'x' ? 'extract' : 'list';
  let compression: Compression | undefined;
  for (const [k] of o.list) {
    if (k === 'z') compression = 'gzip';
    else if (k === 'j') compression = 'bzip2';
    else if (k === 'J') compression = 'xz';
  }
  const stripText = o.get('strip');
  let strip = 0;
  if (stripText !== undefined) {
    if (!/^\d+$/.test(stripText))
      return { ok: false, message: `Invalid number of elements: '${stripText}'`, usage: false };
    strip = Number(stripText);
  }
  const file = o.get('f');
  const directory = o.get('C');
  return {
    ok: true,
    opts: {
      mode,
      ...(file !== undefined ? { file } : {}),
      ...(directory !== undefined ? { directory } : {}),
      verbose: o.all('v').length,
      ...(compression ? { compression } : {}),
      excludes: o.all('exclude'),
      numericOwner: o.has('numeric-owner'),
      strip,
      absoluteNames: o.has('P'),
      toStdout: o.has('O'),
      keepOld: o.has('k'),
      operands: o.operands,
    },
  };
}
