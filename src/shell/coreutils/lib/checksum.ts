// md5sum and sha256sum share everything but the hash: `HASH  NAME` lines, `-` for stdin, and
// -c to check a list. Text hashes its UTF-8 bytes; a blob's sha256 is its own digest (the lab's
// content address), its md5 the md5 of that digest — deterministic, and equal for equal blobs.

import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FileData } from '../../../engine/fs/types';
import type { Command } from '../../types';
import { command, errText } from './errors';
import { parseArgs } from './options';

export type Algo = 'md5' | 'sha256';

export function hashData(algo: Algo, data: FileData): string {
  if (data.kind === 'blob') {
    const m = /^sha256:([0-9a-f]{64})$/.exec(data.digest);
    if (algo === 'sha256' && m) return m[1];
    return bytesToHex((algo === 'md5' ? md5 : sha256)(utf8ToBytes(`${data.digest}:${data.size}`)));
  }
  return bytesToHex((algo === 'md5' ? md5 : sha256)(utf8ToBytes(data.text)));
}

export function checksumCommand(name: string, algo: Algo): Command {
  const hexLen = algo === 'md5' ? 32 : 64;
  return command(name, async (ctx) => {
    const opts = parseArgs(
      ctx,
      name,
      {
        flags: 'bctwz',
        long: {
          check: { key: 'c' },
          binary: { key: 'b' },
          text: { key: 't' },
          quiet: { key: 'quiet' },
          status: { key: 'status' },
          warn: { key: 'w' },
        },
      },
      '[OPTION]... [FILE]...',
    );
    if (typeof opts === 'number') return opts;
    const files = opts.operands.length ? opts.operands : ['-'];
    const read = async (f: string): Promise<FileData> => {
      if (f === '-') return { kind: 'text', text: await ctx.stdin.readAll() };
      return ctx.fs.readFile(ctx.resolve(f));
    };
    let status = 0;
    if (!opts.has('c')) {
      let out = '';
      for (const f of files) {
        try {
          out += `${hashData(algo, await read(f))}  ${f}\n`;
        } catch (e) {
          ctx.stdout.write(out);
          out = '';
          ctx.stderr.write(`${name}: ${f}: ${errText(e)}\n`);
          status = 1;
        }
      }
      ctx.stdout.write(out);
      return status;
    }
    let failed = 0;
    let unreadable = 0;
    let lines = 0;
    for (const list of files) {
      let text: string;
      try {
        const d = await read(list);
        text = d.kind === 'text' ? d.text : '';
      } catch (e) {
        ctx.stderr.write(`${name}: ${list}: ${errText(e)}\n`);
        status = 1;
        continue;
      }
      for (const line of text.split('\n')) {
        const m = new RegExp(`^([0-9a-fA-F]{${hexLen}}) [ *](.+)$`).exec(line);
        if (!m) continue;
        lines++;
        let ok: boolean;
        try {
          ok = hashData(algo, await read(m[2])) === m[1].toLowerCase();
        } catch (e) {
          ctx.stderr.write(`${name}: ${m[2]}: ${errText(e)}\n`);
          if (!opts.has('status')) ctx.stdout.write(`${m[2]}: FAILED open or read\n`);
          unreadable++;
          continue;
        }
        if (!ok) failed++;
        if (!opts.has('status') && !(ok && opts.has('quiet')))
          ctx.stdout.write(`${m[2]}: ${ok ? 'OK' : 'FAILED'}\n`);
      }
      if (lines === 0) {
        ctx.stderr.write(
          `${name}: ${list === '-' ? 'standard input' : list}: no properly formatted checksum lines found\n`,
        );
        status = 1;
      }
    }
    if (!opts.has('status')) {
      if (unreadable)
        ctx.stderr.write(
          `${name}: WARNING: ${unreadable} listed file${unreadable > 1 ? 's' : ''} could not be read\n`,
        );
      if (failed)
        ctx.stderr.write(
          `${name}: WARNING: ${failed} computed checksum${failed > 1 ? 's' : ''} did NOT match\n`,
        );
    }
    return failed || unreadable || status ? 1 : 0;
  });
}
