// nginx.conf as nginx reads it: tokens (quotes, escapes, `#` comments), `;`-terminated directives
// and `{}` blocks, `include` expanded in place (globs sorted, as glob(3) returns them). Errors carry
// nginx's own wording and the file:line it names.

import type { CommandContext } from '../../../types';
import { readData } from '../lib/files';

/** A file's text; '' for a blob (its contents are not modelled); undefined when missing. */
function confText(ctx: CommandContext, path: string): string | undefined {
  const d = readData(ctx, path);
  if (d === undefined) return undefined;
  return d.kind === 'text' ? d.text : '';
}

export interface Directive {
  readonly name: string;
  readonly args: readonly string[];
  readonly block?: readonly Directive[];
  readonly file: string;
  readonly line: number;
}

export class ConfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfError';
  }
}

/** Where nginx says an error is: `file:line`, or `command line` for -g directives. */
export function at(file: string, line: number): string {
  return file === COMMAND_LINE ? 'command line' : `${file}:${line}`;
}

export const COMMAND_LINE = '';

type Token =
  | { readonly kind: 'word'; readonly text: string; readonly line: number }
  | { readonly kind: ';' | '{' | '}'; readonly line: number };

function tokenize(text: string, file: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === ';' || c === '{' || c === '}') {
      out.push({ kind: c, line });
      i++;
    } else if (c === '"' || c === "'") {
      const start = line;
      let word = '';
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) {
          const n = text[i + 1];
          word += n === c || n === '\\' ? n : n === 'n' ? '\n' : n === 't' ? '\t' : `\\${n}`;
          i += 2;
          continue;
        }
        if (text[i] === '\n') line++;
        word += text[i];
        i++;
      }
      if (i >= text.length)
        throw new ConfError(`unexpected end of file, expecting ";" or "}" in ${at(file, line)}`);
      i++;
      out.push({ kind: 'word', text: word, line: start });
    } else {
      let word = '';
      while (i < text.length && !/[\s;{}]/.test(text[i] ?? '')) {
        if (text[i] === '\\' && i + 1 < text.length) {
          word += text[i + 1];
          i += 2;
          continue;
        }
        word += text[i];
        i++;
      }
      out.push({ kind: 'word', text: word, line });
    }
  }
  return out;
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** Files an include names: one path, or a glob in its last segment (no match is no error). */
function includeFiles(ctx: CommandContext, pattern: string): { files: string[]; glob: boolean } {
  if (!/[*?[]/.test(pattern)) return { files: [pattern], glob: false };
  const slash = pattern.lastIndexOf('/');
  const dir = pattern.slice(0, slash) || '/';
  const re = globToRegExp(pattern.slice(slash + 1));
  let names: string[];
  try {
    names = ctx.fs
      .readdir(dir)
      .filter((e) => e.type !== 'dir')
      .map((e) => e.name);
  } catch {
    return { files: [], glob: true };
  }
  return {
    files: names
      .filter((n) => re.test(n) && !n.startsWith('.'))
      .sort()
      .map((n) => `${dir === '/' ? '' : dir}/${n}`),
    glob: true,
  };
}

export interface ParseOptions {
  /** Relative include paths resolve here (nginx's conf prefix, /etc/nginx/). */
  readonly prefix: string;
}

/** The directives of `-g '…'`. */
export function parseCommandLine(ctx: CommandContext, text: string, o: ParseOptions): Directive[] {
  return parseText(ctx, text, COMMAND_LINE, o, 0);
}

export function parseConfFile(ctx: CommandContext, path: string, o: ParseOptions): Directive[] {
  const text = confText(ctx, path);
  if (text === undefined)
    throw new ConfError(`open() "${path}" failed (2: No such file or directory)`);
  return parseText(ctx, text, path, o, 0);
}

function parseText(
  ctx: CommandContext,
  text: string,
  file: string,
  o: ParseOptions,
  depth: number,
): Directive[] {
  const tokens = tokenize(text, file);
  let pos = 0;
  const lastLine = (): number => tokens[tokens.length - 1]?.line ?? 1;

  const block = (nested: boolean): Directive[] => {
    const out: Directive[] = [];
    for (;;) {
      const t = tokens[pos];
      if (t === undefined) {
        if (nested)
          throw new ConfError(`unexpected end of file, expecting "}" in ${at(file, lastLine())}`);
        return out;
      }
      if (t.kind === '}') {
        if (!nested) throw new ConfError(`unexpected "}" in ${at(file, t.line)}`);
        pos++;
        return out;
      }
      if (t.kind !== 'word') throw new ConfError(`unexpected "${t.kind}" in ${at(file, t.line)}`);
      pos++;
      const name = t.text;
      const args: string[] = [];
      for (;;) {
        const a = tokens[pos];
        if (a === undefined)
          throw new ConfError(
            `unexpected end of file, expecting ";" or "}" in ${at(file, lastLine())}`,
          );
        pos++;
        if (a.kind === 'word') {
          args.push(a.text);
          continue;
        }
        if (a.kind === '}') throw new ConfError(`unexpected "}" in ${at(file, a.line)}`);
        if (a.kind === ';') {
          if (name === 'include') out.push(...include(args, t.line));
          else out.push({ name, args, file, line: t.line });
        } else {
          out.push({ name, args, block: block(true), file, line: t.line });
        }
        break;
      }
    }
  };

  const include = (args: string[], line: number): Directive[] => {
    if (args.length !== 1)
      throw new ConfError(
        `invalid number of arguments in "include" directive in ${at(file, line)}`,
      );
    if (depth > 16) throw new ConfError(`include nesting too deep in ${at(file, line)}`);
    const raw = args[0] ?? '';
    const pattern = raw.startsWith('/') ? raw : `${o.prefix}${raw}`;
    const { files, glob } = includeFiles(ctx, pattern);
    const out: Directive[] = [];
    for (const f of files) {
      const text = confText(ctx, f);
      if (text === undefined) {
        if (glob) continue;
        throw new ConfError(
          `open() "${f}" failed (2: No such file or directory) in ${at(file, line)}`,
        );
      }
      out.push(...parseText(ctx, text, f, o, depth + 1));
    }
    return out;
  };

  return block(false);
}
