// httpd.conf as Apache reads it, for what the lab acts on: ServerRoot, Listen, ServerName,
// DocumentRoot, DirectoryIndex, Options Indexes, Alias, ErrorDocument (also in <LocationMatch>),
// ErrorLog, CustomLog/LogFormat, Include/IncludeOptional (globs). <IfModule> sections count as
// loaded (the lab does not track module files); other sections are read for their directives.

import type { CommandContext } from '../../../types';
import { readData } from '../lib/files';

export interface HttpdConf {
  serverRoot: string;
  listens: { ip: string; port: number }[];
  serverName?: string;
  documentRoot: string;
  directoryIndex: string[];
  /** Directories with `Options Indexes`. */
  indexes: Map<string, boolean>;
  aliases: [string, string][];
  errorDocuments: Map<number, string>;
  locationMatches: { re: RegExp; indexes?: boolean; errorDocuments: Map<number, string> }[];
  errorLog: string;
  customLogs: { path: string; format: string }[];
  formats: Map<string, string>;
}

export class HttpdConfError extends Error {}

function words(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line))
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? ''));
  return out;
}

function expand(ctx: CommandContext, pattern: string, optional: boolean, where: string): string[] {
  if (!/[*?]/.test(pattern)) {
    if (ctx.fs.exists(pattern)) return [pattern];
    if (optional) return [];
    throw new HttpdConfError(
      `AH00526: Syntax error on line ${where}:\nInvalid Include path ${pattern}`,
    );
  }
  const dir = pattern.slice(0, pattern.lastIndexOf('/')) || '/';
  const re = new RegExp(
    `^${pattern
      .slice(pattern.lastIndexOf('/') + 1)
      .replace(/[.+^${}()|\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  try {
    return ctx.fs
      .readdir(dir)
      .filter((e) => e.type !== 'dir' && re.test(e.name))
      .map((e) => `${dir}/${e.name}`)
      .sort();
  } catch {
    return [];
  }
}

export function loadHttpdConf(
  ctx: CommandContext,
  file: string,
  defaults: { serverRoot: string },
): HttpdConf {
  const conf: HttpdConf = {
    serverRoot: defaults.serverRoot,
    listens: [],
    documentRoot: `${defaults.serverRoot}/htdocs`,
    directoryIndex: ['index.html'],
    indexes: new Map(),
    aliases: [],
    errorDocuments: new Map(),
    locationMatches: [],
    errorLog: 'logs/error_log',
    customLogs: [],
    formats: new Map([
      ['common', '%h %l %u %t \\"%r\\" %>s %b'.replace(/\\"/g, '"')],
      ['combined', '%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i"'],
    ]),
  };
  const abs = (p: string) => (p.startsWith('/') ? p : `${conf.serverRoot}/${p}`);
  const loaded = new Set(['core_module', 'so_module', 'http_module']);
  // An included file the lab holds as bytes only (CentOS's conf.modules.d): assume the usual set.
  let unknownModules = false;
  const active = (arg: string): boolean => {
    const neg = arg.startsWith('!');
    const raw = arg.replace(/^!/, '');
    const name = /^mod_(\w+)\.c$/.test(raw) ? `${raw.slice(4, -2)}_module` : raw;
    const on =
      loaded.has(name) || (unknownModules && !['ssl_module', 'proxy_html_module'].includes(name));
    return neg ? !on : on;
  };
  const read = (path: string, depth: number) => {
    const d = readData(ctx, path);
    if (d === undefined)
      throw new HttpdConfError(
        `httpd: Could not open configuration file ${path}: No such file or directory`,
      );
    if (d.kind !== 'text') {
      unknownModules = true;
      return;
    }
    const lines = d.text.replace(/\\\n/g, ' ').split('\n');
    const stack: {
      kind: string;
      arg: string;
      skip: boolean;
      lm?: HttpdConf['locationMatches'][number];
    }[] = [];
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const where = `${i + 1} of ${path}`;
      const open = /^<(\w+)\s*(.*?)>$/.exec(line);
      if (open) {
        const kind = (open[1] ?? '').toLowerCase();
        const arg = words(open[2] ?? '')[0] ?? '';
        const skip =
          (stack[stack.length - 1]?.skip ?? false) || (kind === 'ifmodule' && !active(arg));
        const entry: (typeof stack)[number] = { kind, arg, skip };
        if (kind === 'locationmatch' && !skip) {
          entry.lm = { re: new RegExp(arg), errorDocuments: new Map() };
          conf.locationMatches.push(entry.lm);
        }
        stack.push(entry);
        return;
      }
      if (/^<\/\w+>$/.test(line)) {
        stack.pop();
        return;
      }
      const [name = '', ...args] = words(line);
      const top = stack[stack.length - 1];
      if (top?.skip) return;
      switch (name.toLowerCase()) {
        case 'loadmodule':
          loaded.add(args[0] ?? '');
          break;
        case 'serverroot':
          conf.serverRoot = args[0] ?? conf.serverRoot;
          break;
        case 'listen': {
          const spec = args[0] ?? '80';
          const i2 = spec.lastIndexOf(':');
          const port = Number(i2 < 0 ? spec : spec.slice(i2 + 1));
          if (!Number.isInteger(port) || port < 1 || port > 65535)
            throw new HttpdConfError(
              `AH00526: Syntax error on line ${where}:\nPort must be specified`,
            );
          conf.listens.push({
            ip: i2 < 0 ? '0.0.0.0' : spec.slice(0, i2).replace(/^\[|\]$/g, ''),
            port,
          });
          break;
        }
        case 'servername':
          conf.serverName = args[0];
          break;
        case 'documentroot':
          conf.documentRoot = abs(args[0] ?? '').replace(/\/$/, '');
          break;
        case 'directoryindex':
          conf.directoryIndex = args;
          break;
        case 'options': {
          const on = args.some((a) => /^\+?Indexes$/i.test(a) || /^All$/i.test(a));
          const off = args.some((a) => /^-Indexes$/i.test(a) || /^None$/i.test(a));
          if (top?.kind === 'directory')
            conf.indexes.set(abs(top.arg).replace(/\/$/, ''), on && !off);
          if (top?.lm) top.lm.indexes = on && !off;
          break;
        }
        case 'alias':
          conf.aliases.push([args[0] ?? '', args[1] ?? '']);
          break;
        case 'errordocument': {
          const code = Number(args[0]);
          if (top?.lm) top.lm.errorDocuments.set(code, args[1] ?? '');
          else conf.errorDocuments.set(code, args[1] ?? '');
          break;
        }
        case 'errorlog':
          conf.errorLog = args[0] ?? conf.errorLog;
          break;
        case 'logformat':
          conf.formats.set(args[1] ?? 'default', args[0] ?? '');
          break;
        case 'customlog':
          conf.customLogs.push({ path: args[0] ?? '', format: args[1] ?? 'common' });
          break;
        case 'include':
        case 'includeoptional':
          if (depth > 8) break;
          for (const f of expand(
            ctx,
            abs(args[0] ?? ''),
            name.toLowerCase() === 'includeoptional',
            where,
          ))
            read(f, depth + 1);
          break;
      }
    });
  };
  read(file, 0);
  return conf;
}
