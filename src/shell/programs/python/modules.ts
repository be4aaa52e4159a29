// The modules the lesson programs import: os, socket, sys (stdlib); flask and redis when pip put
// them in site-packages. Anything else in the standard library imports as an empty module.

import type { CommandContext } from '../../types';
import type { ProgramNet } from '../servers/net';
import { connectRedis } from '../servers/redis/client';
import { fn, PyException, pyStr, type PyObject, type Value } from './values';

export const STDLIB = new Set(
  'os sys socket time json random datetime math re logging collections pathlib subprocess typing functools itertools string uuid hashlib base64 threading signal http urllib io csv sqlite3 argparse platform shutil tempfile copy pprint textwrap traceback'.split(
    ' ',
  ),
);

export function module(name: string, attrs: Record<string, Value> = {}): PyObject {
  return { kind: 'object', type: 'module', attrs: { __name__: name, ...attrs } };
}

export interface FlaskRoute {
  readonly path: string;
  readonly methods: readonly string[];
  readonly view: PyObject;
}

export interface FlaskApp extends PyObject {
  readonly routes: FlaskRoute[];
  run?: Record<string, Value>;
}

export function osModule(ctx: CommandContext): PyObject {
  const env = ctx.env;
  const get = fn('get', (a) => {
    const k = pyStr(a[0] ?? null);
    return Object.hasOwn(env, k) ? (env[k] ?? null) : (a[1] ?? null);
  });
  const environ: PyObject = {
    kind: 'object',
    type: 'os._Environ',
    attrs: {
      get,
      __getitem__: fn('__getitem__', (a) => {
        const k = pyStr(a[0] ?? null);
        if (!Object.hasOwn(env, k)) throw new PyException('KeyError', `'${k}'`);
        return env[k] ?? null;
      }),
    },
  };
  return module('os', {
    getenv: get,
    environ,
    getcwd: fn('getcwd', () => ctx.cwd),
    sep: '/',
  });
}

export function socketModule(ctx: CommandContext): PyObject {
  return module('socket', { gethostname: fn('gethostname', () => ctx.system.hostname) });
}

export function flaskModule(): PyObject {
  const Flask = fn('Flask', (args) => {
    const routes: FlaskRoute[] = [];
    const app: FlaskApp = {
      kind: 'object',
      type: 'Flask',
      routes,
      attrs: { import_name: args[0] ?? '__main__' },
    };
    app.attrs.route = fn('route', (a, k) => {
      const path = pyStr(a[0] ?? '/');
      const methods = ['GET'];
      void k;
      return fn('decorator', (f) => {
        const view = f[0];
        if (view && typeof view === 'object') routes.push({ path, methods, view });
        return view ?? null;
      });
    });
    app.attrs.run = fn('run', (_a, k) => {
      app.run = k;
      return null;
    });
    return app;
  });
  return module('flask', { Flask });
}

export const REDIS_ERROR = ['RedisError', 'redis.exceptions.RedisError'];

export function redisModule(ctx: CommandContext, net: ProgramNet): PyObject {
  const client = fn('Redis', (_a, k) => {
    const host = pyStr(k.host ?? 'localhost');
    const port = typeof k.port === 'number' ? k.port : Number(pyStr(k.port ?? 6379));
    const call = (args: string[]): Value => {
      const c = connectRedis(ctx, net, host, port);
      if (!c.ok) {
        const errno =
          c.message === 'Name or service not known'
            ? -2
            : c.message === 'Connection refused'
              ? 111
              : 113;
        throw new PyException(
          'redis.exceptions.ConnectionError',
          `Error ${errno} connecting to ${host}:${port}. ${c.message}.`,
          REDIS_ERROR,
        );
      }
      const r = c.send(args);
      if (r.type === 'error')
        throw new PyException('redis.exceptions.ResponseError', r.text, REDIS_ERROR);
      if (r.type === 'integer') return r.value;
      if (r.type === 'status') return r.text === 'OK' ? true : r.text;
      if (r.type === 'bulk') return r.value === null ? null : `b'${r.value}'`;
      return null;
    };
    const cmd = (name: string) => fn(name, (a) => call([name.toUpperCase(), ...a.map(pyStr)]));
    return {
      kind: 'object',
      type: 'Redis',
      attrs: {
        incr: cmd('incr'),
        decr: cmd('decr'),
        get: cmd('get'),
        set: cmd('set'),
        ping: cmd('ping'),
        delete: fn('delete', (a) => call(['DEL', ...a.map(pyStr)])),
      },
    };
  });
  const exc = (name: string): PyObject => ({
    kind: 'object',
    type: 'type',
    attrs: { __name__: name },
  });
  return module('redis', {
    Redis: client,
    StrictRedis: client,
    RedisError: exc('RedisError'),
    ConnectionError: exc('ConnectionError'),
    exceptions: module('redis.exceptions', {
      RedisError: exc('RedisError'),
      ConnectionError: exc('ConnectionError'),
    }),
  });
}
