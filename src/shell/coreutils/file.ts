// file: guess a file's type from what the lab knows: directories, symlinks, devices, empty files,
// `#!` scripts, text (ASCII / UTF-8, CRLF, long lines, no terminator), HTML, JSON; blobs by where
// they live and their name (ELF executables and shared objects, archives, images) else `data`.
// -b (brief), -L (follow links).

import type { FileData, Stat } from '../../engine/fs/types';
import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { parseArgs } from './lib/options';

const ELF_EXEC =
  'ELF 64-bit LSB pie executable, x86-64, version 1 (SYSV), dynamically linked, interpreter /lib64/ld-linux-x86-64.so.2, for GNU/Linux 3.2.0, stripped';
const ELF_SO =
  'ELF 64-bit LSB shared object, x86-64, version 1 (SYSV), dynamically linked, stripped';

const INTERPRETERS: Array<[RegExp, string]> = [
  [/^(?:\/usr)?\/bin\/(?:env\s+)?sh$/, 'POSIX shell script'],
  [/^(?:\/usr)?\/bin\/(?:env\s+)?(?:ba)?sh$/, 'Bourne-Again shell script'],
  [/^(?:\/usr)?\/bin\/(?:env\s+)?dash$/, 'POSIX shell script'],
  [/^(?:\/usr(?:\/local)?)?\/bin\/(?:env\s+)?python[\d.]*$/, 'Python script'],
  [/^(?:\/usr(?:\/local)?)?\/bin\/(?:env\s+)?perl$/, 'Perl script'],
  [/^(?:\/usr(?:\/local)?)?\/bin\/(?:env\s+)?node$/, 'Node.js script'],
  [/^(?:\/usr(?:\/local)?)?\/bin\/(?:env\s+)?ruby$/, 'Ruby script'],
];

function textKind(text: string): string {
  // Control characters (other than tab, newlines, form feed, escape) mean binary data.
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1b) return 'data';
  }
  const ascii = [...text].every((ch) => ch.charCodeAt(0) < 0x80);
  let kind = ascii ? 'ASCII text' : 'Unicode text, UTF-8 text';
  const notes: string[] = [];
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  if (longest > 300) notes.push(`with very long lines (${longest})`);
  if (text.includes('\r\n')) notes.push('with CRLF line terminators');
  if (!text.includes('\n')) notes.push('with no line terminators');
  if (notes.length) kind += `, ${notes.join(', ')}`;
  return kind;
}

function describeText(text: string): string {
  if (text.startsWith('#!')) {
    const first = text.split('\n')[0].slice(2).trim();
    const interp = first.replace(/\s+-.*$/, '');
    const known = INTERPRETERS.find(([re]) => re.test(interp));
    const what = known ? known[1] : `a ${interp} script`;
    return `${what}, ${textKind(text)} executable`;
  }
  const body = textKind(text);
  if (body === 'data') return body;
  const t = text.trimStart();
  if (/^<!doctype html|^<html/i.test(t)) return `HTML document, ${body}`;
  if (/^<\?xml/.test(t)) return `XML 1.0 document, ${body}`;
  if (/^[{[]/.test(t)) {
    try {
      JSON.parse(text);
      return 'JSON text data';
    } catch {
      // not JSON
    }
  }
  return body;
}

function describeBlob(path: string, st: Stat, data: FileData): string {
  const name = path.split('/').pop() ?? path;
  if (/\.so(\.\d+)*$/.test(name)) return ELF_SO;
  if (/\.(tar\.gz|tgz|gz)$/.test(name)) return 'gzip compressed data, from Unix';
  if (/\.tar$/.test(name)) return 'POSIX tar archive (GNU)';
  if (/\.zip$|\.jar$/.test(name)) return 'Zip archive data, at least v2.0 to extract';
  if (/\.xz$/.test(name)) return 'XZ compressed data, checksum CRC64';
  if (/\.bz2$/.test(name)) return 'bzip2 compressed data, block size = 900k';
  if (/\.png$/.test(name)) return 'PNG image data';
  if (/\.jpe?g$/.test(name)) return 'JPEG image data';
  if (/\.deb$/.test(name)) return 'Debian binary package (format 2.0)';
  if (/\.rpm$/.test(name)) return 'RPM v3.0 bin';
  const inBin = /\/(s?bin|libexec)\//.test(path);
  if (inBin || st.mode & 0o111) return ELF_EXEC;
  void data;
  return 'data';
}

function describe(ctx: CommandContext, shown: string, path: string, follow: boolean): string {
  let st: Stat;
  try {
    st = follow ? ctx.fs.stat(path) : ctx.fs.lstat(path);
  } catch (e) {
    return `cannot open \`${shown}' (${errText(e)})`;
  }
  switch (st.type) {
    case 'dir':
      return (st.mode & 0o1000) !== 0 ? 'sticky, directory' : 'directory';
    case 'symlink': {
      const target = ctx.fs.readlink(path);
      return ctx.fs.exists(path)
        ? `symbolic link to ${target}`
        : `broken symbolic link to ${target}`;
    }
    case 'chardev': {
      const d = st.rdev ?? { major: 0, minor: 0 };
      return `character special (${d.major}/${d.minor})`;
    }
    case 'file': {
      if (st.size === 0) return 'empty';
      const data = ctx.fs.readFile(path);
      if (data.kind === 'blob') return describeBlob(path, st, data);
      return describeText(data.text);
    }
  }
}

export const file: Command = command('file', (ctx) => {
  const opts = parseArgs(
    ctx,
    'file',
    {
      flags: 'bLhE',
      long: { brief: { key: 'b' }, dereference: { key: 'L' }, 'no-dereference': { key: 'h' } },
    },
    '[OPTION...] [FILE...]',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) {
    ctx.stderr.write(
      'Usage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]\n            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]\n            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]\n            <file> ...\n       file -C [-m <magicfiles>]\n       file [--help]\n',
    );
    return 1;
  }
  const width = Math.max(...opts.operands.map((o) => o.length)) + 1;
  let status = 0;
  let out = '';
  for (const f of opts.operands) {
    const d = describe(ctx, f, ctx.resolve(f), opts.has('L'));
    if (opts.has('E') && d.startsWith('cannot open')) status = 1;
    out += opts.has('b') ? `${d}\n` : `${`${f}:`.padEnd(width)} ${d}\n`;
  }
  ctx.stdout.write(out);
  return status;
});
