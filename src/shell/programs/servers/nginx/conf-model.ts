// From directives to what nginx acts on: daemon, workers, logs, and the http servers with their
// locations. Inherited settings (root, index, access_log, error_page, …) are merged outward-in.
// Directives the lab does not act on are checked for place and otherwise ignored.

import { allowedIn, BLOCKS, isKnown, type Context } from './directives';
import { at, ConfError, type Directive } from './conf-parse';
import { parseMimeTypes } from '../lib/files';

export interface Listen {
  readonly ip: string;
  readonly port: number;
  readonly defaultServer: boolean;
}

export interface AccessLog {
  readonly path: string;
  readonly format: string;
}

export interface ErrorPage {
  readonly codes: readonly number[];
  readonly target: string;
  /** `=200` / `=` in error_page: the status to answer with. */
  readonly status?: number;
}

export interface Scope {
  root?: string;
  alias?: string;
  index?: string[];
  accessLogs?: AccessLog[] | 'off';
  errorPages?: ErrorPage[];
  defaultType?: string;
  types?: Map<string, string>;
  autoindex?: boolean;
  tryFiles?: string[];
  ret?: { readonly code: number; readonly text?: string };
}

export interface Location {
  readonly mod: '' | '=' | '^~' | '~' | '~*';
  readonly pattern: string;
  readonly regex?: RegExp;
  readonly scope: Scope;
  readonly locations: Location[];
}

export interface Server {
  readonly listens: Listen[];
  readonly names: string[];
  readonly scope: Scope;
  readonly locations: Location[];
}

export interface NginxConf {
  daemon: boolean;
  workers: number;
  errorLog: { path: string; level: string };
  pid: string;
  formats: Map<string, string>;
  http: Scope;
  servers: Server[];
}

export interface BuildDefaults {
  readonly prefix: string;
  readonly pid: string;
  readonly errorLog: string;
  readonly cpus: number;
}

export const COMBINED =
  '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';

const fail = (m: string): never => {
  throw new ConfError(m);
};

function nargs(d: Directive, ok: (n: number) => boolean): void {
  if (!ok(d.args.length))
    fail(`invalid number of arguments in "${d.name}" directive in ${at(d.file, d.line)}`);
}

function onOff(d: Directive): boolean {
  nargs(d, (n) => n === 1);
  const v = d.args[0];
  if (v !== 'on' && v !== 'off')
    fail(
      `invalid value "${v}" in "${d.name}" directive, it must be "on" or "off" in ${at(d.file, d.line)}`,
    );
  return v === 'on';
}

function parseListen(d: Directive): Listen {
  nargs(d, (n) => n >= 1);
  const spec = d.args[0] ?? '';
  let ip = '0.0.0.0';
  let portText = spec;
  const v6 = /^\[([^\]]*)\](?::(\d+))?$/.exec(spec);
  if (v6) {
    ip = v6[1] === '::' ? '::' : (v6[1] ?? '::');
    portText = v6[2] ?? '80';
  } else if (spec.includes(':')) {
    const i = spec.lastIndexOf(':');
    ip = spec.slice(0, i);
    portText = spec.slice(i + 1);
  } else if (!/^\d+$/.test(spec)) {
    ip = spec;
    portText = '80';
  }
  if (ip === '*') ip = '0.0.0.0';
  if (ip === 'localhost') ip = '127.0.0.1';
  if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535)
    fail(`invalid port in "${spec}" of the "listen" directive in ${at(d.file, d.line)}`);
  if (ip !== '::' && ip !== '0.0.0.0' && !/^\d+\.\d+\.\d+\.\d+$/.test(ip) && !ip.includes(':'))
    fail(`host not found in "${spec}" of the "listen" directive in ${at(d.file, d.line)}`);
  return { ip, port: Number(portText), defaultServer: d.args.includes('default_server') };
}

function locationOf(d: Directive): Omit<Location, 'scope' | 'locations'> {
  nargs(d, (n) => n === 1 || n === 2);
  const [a = '', b] = d.args;
  if (b === undefined) {
    if (a.startsWith('=')) return { mod: '=', pattern: a.slice(1) };
    if (a.startsWith('~*'))
      return { mod: '~*', pattern: a.slice(2), regex: new RegExp(a.slice(2), 'i') };
    if (a.startsWith('~')) return { mod: '~', pattern: a.slice(1), regex: new RegExp(a.slice(1)) };
    if (a.startsWith('^~')) return { mod: '^~', pattern: a.slice(2) };
    return { mod: '', pattern: a };
  }
  if (a === '=' || a === '^~') return { mod: a, pattern: b };
  if (a === '~' || a === '~*') {
    try {
      return { mod: a, pattern: b, regex: new RegExp(b, a === '~*' ? 'i' : '') };
    } catch {
      return fail(`pcre2_compile() failed: invalid pattern in "${b}" in ${at(d.file, d.line)}`);
    }
  }
  return fail(`invalid location modifier "${a}" in ${at(d.file, d.line)}`);
}

/** Apply one http-level directive to a scope; false when it is not one of ours. */
function scoped(d: Directive, s: Scope, formats: Map<string, string>, prefix: string): boolean {
  const abs = (p: string) => (p.startsWith('/') ? p : `${prefix}${p}`);
  switch (d.name) {
    case 'root':
      nargs(d, (n) => n === 1);
      s.root = abs(d.args[0] ?? '');
      return true;
    case 'alias':
      nargs(d, (n) => n === 1);
      s.alias = d.args[0] ?? '';
      return true;
    case 'index':
      nargs(d, (n) => n >= 1);
      s.index = [...d.args];
      return true;
    case 'autoindex':
      s.autoindex = onOff(d);
      return true;
    case 'default_type':
      nargs(d, (n) => n === 1);
      s.defaultType = d.args[0] ?? '';
      return true;
    case 'try_files':
      nargs(d, (n) => n >= 2);
      s.tryFiles = [...d.args];
      return true;
    case 'return': {
      nargs(d, (n) => n === 1 || n === 2);
      const [a = '', b] = d.args;
      if (/^\d+$/.test(a)) s.ret = { code: Number(a), ...(b !== undefined ? { text: b } : {}) };
      else s.ret = { code: 302, text: a };
      return true;
    }
    case 'access_log': {
      nargs(d, (n) => n >= 1);
      if (d.args[0] === 'off') {
        s.accessLogs = 'off';
        return true;
      }
      const name = d.args[1] ?? 'combined';
      if (name !== 'combined' && !formats.has(name))
        fail(`unknown log format "${name}" in ${at(d.file, d.line)}`);
      const prev = Array.isArray(s.accessLogs) ? s.accessLogs : [];
      s.accessLogs = [...prev, { path: abs(d.args[0] ?? ''), format: name }];
      return true;
    }
    case 'error_page': {
      nargs(d, (n) => n >= 2);
      const codes: number[] = [];
      let status: number | undefined;
      const args = [...d.args];
      const target = args.pop() ?? '';
      for (const a of args) {
        if (a.startsWith('=')) status = a.length > 1 ? Number(a.slice(1)) : 200;
        else if (/^\d{3}$/.test(a)) codes.push(Number(a));
        else fail(`invalid value "${a}" in ${at(d.file, d.line)}`);
      }
      s.errorPages = [...(s.errorPages ?? []), { codes, target, ...(status ? { status } : {}) }];
      return true;
    }
    case 'types': {
      const text = (d.block ?? []).map((t) => `${t.name} ${t.args.join(' ')};`).join('\n');
      s.types = new Map([...(s.types ?? []), ...parseMimeTypes(text)]);
      return true;
    }
  }
  return false;
}

export function buildConf(
  cmdline: readonly Directive[],
  file: readonly Directive[],
  defs: BuildDefaults,
): NginxConf {
  const conf: NginxConf = {
    daemon: true,
    workers: 1,
    errorLog: { path: defs.errorLog, level: 'error' },
    pid: defs.pid,
    formats: new Map([['combined', COMBINED]]),
    http: {},
    servers: [],
  };
  const seen = new Set<string>();
  const once = (d: Directive) => {
    if (seen.has(d.name)) fail(`"${d.name}" directive is duplicate in ${at(d.file, d.line)}`);
    seen.add(d.name);
  };

  const check = (d: Directive, ctx: Context) => {
    if (!isKnown(d.name)) fail(`unknown directive "${d.name}" in ${at(d.file, d.line)}`);
    if (!allowedIn(d.name, ctx))
      fail(`"${d.name}" directive is not allowed here in ${at(d.file, d.line)}`);
    if (BLOCKS.has(d.name) && !d.block)
      fail(`directive "${d.name}" has no opening "{" in ${at(d.file, d.line)}`);
    if (!BLOCKS.has(d.name) && d.block)
      fail(`directive "${d.name}" is not terminated by ";" in ${at(d.file, d.line)}`);
  };

  const location = (d: Directive): Location => {
    const head = locationOf(d);
    const scope: Scope = {};
    const locations: Location[] = [];
    for (const x of d.block ?? []) {
      check(x, 'location');
      if (x.name === 'location') locations.push(location(x));
      else if (x.name !== 'if') scoped(x, scope, conf.formats, defs.prefix);
    }
    return { ...head, scope, locations };
  };

  const server = (d: Directive): Server => {
    const s: Server = { listens: [], names: [], scope: {}, locations: [] };
    for (const x of d.block ?? []) {
      check(x, 'server');
      if (x.name === 'listen') s.listens.push(parseListen(x));
      else if (x.name === 'server_name') s.names.push(...x.args);
      else if (x.name === 'location') s.locations.push(location(x));
      else if (x.name !== 'if') scoped(x, s.scope, conf.formats, defs.prefix);
    }
    if (s.listens.length === 0) s.listens.push({ ip: '0.0.0.0', port: 80, defaultServer: false });
    return s;
  };

  const http = (d: Directive) => {
    for (const x of d.block ?? []) {
      check(x, 'http');
      if (x.name === 'server') conf.servers.push(server(x));
      else if (x.name === 'log_format') {
        nargs(x, (n) => n >= 2);
        conf.formats.set(x.args[0] ?? '', x.args.slice(1).join(''));
      } else if (!BLOCKS.has(x.name) || x.name === 'types')
        scoped(x, conf.http, conf.formats, defs.prefix);
    }
  };

  for (const d of [...cmdline, ...file]) {
    check(d, 'main');
    switch (d.name) {
      case 'daemon':
        once(d);
        conf.daemon = onOff(d);
        break;
      case 'user':
      case 'pid':
      case 'worker_processes':
        once(d);
        nargs(d, (n) => n >= 1);
        if (d.name === 'pid') conf.pid = d.args[0] ?? conf.pid;
        if (d.name === 'worker_processes') {
          const v = d.args[0] ?? '1';
          if (v === 'auto') conf.workers = defs.cpus;
          else if (/^\d+$/.test(v)) conf.workers = Number(v);
          else fail(`invalid value "${v}" in ${at(d.file, d.line)}`);
        }
        break;
      case 'error_log':
        nargs(d, (n) => n >= 1);
        conf.errorLog = {
          path: (d.args[0] ?? '').startsWith('/')
            ? (d.args[0] ?? '')
            : `${defs.prefix}${d.args[0]}`,
          level: d.args[1] ?? 'error',
        };
        break;
      case 'events':
        for (const x of d.block ?? []) check(x, 'events');
        break;
      case 'http':
        once(d);
        http(d);
        break;
    }
  }
  return conf;
}
