// A redis keyspace with the commands the lessons use (strings and counters, PING, KEYS, DEL, …),
// answering in RESP types with redis 7's error texts.

import type { RedisReply } from '../../../../engine/listeners';

const ok: RedisReply = { type: 'status', text: 'OK' };
const err = (text: string): RedisReply => ({ type: 'error', text });
const int = (value: number): RedisReply => ({ type: 'integer', value });
const bulk = (value: string | null): RedisReply => ({ type: 'bulk', value });

const ARITY: Readonly<Record<string, number>> = {
  ping: -1,
  echo: 2,
  set: -3,
  get: 2,
  incr: 2,
  decr: 2,
  incrby: 3,
  decrby: 3,
  del: -2,
  exists: -2,
  keys: 2,
  dbsize: 1,
  flushall: -1,
  flushdb: -1,
  select: 2,
  append: 3,
  strlen: 2,
  mset: -3,
  mget: -2,
  type: 2,
  ttl: 2,
  expire: 3,
  shutdown: -1,
  info: -1,
  command: -1,
  quit: -1,
  setnx: 3,
  getset: 3,
  config: -2,
  save: 1,
  bgsave: -1,
  client: -2,
  hello: -1,
};

function glob(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export class RedisStore {
  private readonly data = new Map<string, string>();

  constructor(
    private readonly version: string,
    private readonly onShutdown: () => void,
  ) {}

  get size(): number {
    return this.data.size;
  }

  private add(key: string, by: number): RedisReply {
    const cur = this.data.get(key) ?? '0';
    if (!/^-?\d+$/.test(cur)) return err('ERR value is not an integer or out of range');
    const next = Number(cur) + by;
    this.data.set(key, String(next));
    return int(next);
  }

  command(args: readonly string[]): RedisReply {
    const [rawName = '', ...a] = args;
    const name = rawName.toLowerCase();
    const arity = ARITY[name];
    if (arity === undefined) {
      const shown = a
        .slice(0, 20)
        .map((x) => `'${x}' `)
        .join('');
      return err(`ERR unknown command '${rawName}', with args beginning with: ${shown}`);
    }
    const n = args.length;
    if ((arity > 0 && n !== arity) || (arity < 0 && n < -arity))
      return err(`ERR wrong number of arguments for '${name}' command`);
    const k = a[0] ?? '';
    switch (name) {
      case 'ping':
        return a.length > 0 ? bulk(a[0] ?? '') : { type: 'status', text: 'PONG' };
      case 'echo':
        return bulk(k);
      case 'set':
        this.data.set(k, a[1] ?? '');
        return ok;
      case 'setnx':
        if (this.data.has(k)) return int(0);
        this.data.set(k, a[1] ?? '');
        return int(1);
      case 'getset': {
        const old = this.data.get(k) ?? null;
        this.data.set(k, a[1] ?? '');
        return bulk(old);
      }
      case 'mset':
        if (a.length % 2 !== 0) return err("ERR wrong number of arguments for 'mset' command");
        for (let i = 0; i < a.length; i += 2) this.data.set(a[i] ?? '', a[i + 1] ?? '');
        return ok;
      case 'get':
        return bulk(this.data.get(k) ?? null);
      case 'mget':
        return { type: 'array', items: a.map((x) => bulk(this.data.get(x) ?? null)) };
      case 'append':
        this.data.set(k, (this.data.get(k) ?? '') + (a[1] ?? ''));
        return int((this.data.get(k) ?? '').length);
      case 'strlen':
        return int((this.data.get(k) ?? '').length);
      case 'incr':
        return this.add(k, 1);
      case 'decr':
        return this.add(k, -1);
      case 'incrby':
      case 'decrby': {
        if (!/^-?\d+$/.test(a[1] ?? '')) return err('ERR value is not an integer or out of range');
        return this.add(k, Number(a[1]) * (name === 'decrby' ? -1 : 1));
      }
      case 'del':
      case 'exists': {
        let count = 0;
        for (const x of a)
          if (this.data.has(x)) {
            count++;
            if (name === 'del') this.data.delete(x);
          }
        return int(count);
      }
      case 'type':
        return { type: 'status', text: this.data.has(k) ? 'string' : 'none' };
      case 'ttl':
        return int(this.data.has(k) ? -1 : -2);
      case 'expire':
        return int(0);
      case 'keys': {
        const re = glob(k);
        return {
          type: 'array',
          items: [...this.data.keys()].filter((x) => re.test(x)).map((x) => bulk(x)),
        };
      }
      case 'dbsize':
        return int(this.data.size);
      case 'flushall':
      case 'flushdb':
        this.data.clear();
        return ok;
      case 'select':
        return k === '0' ? ok : err('ERR DB index is out of range');
      case 'save':
      case 'bgsave':
        return name === 'save' ? ok : { type: 'status', text: 'Background saving started' };
      case 'info':
        return bulk(
          `# Server\r\nredis_version:${this.version}\r\nredis_mode:standalone\r\nos:Linux\r\narch_bits:64\r\ntcp_port:6379\r\n\r\n# Keyspace\r\n${this.data.size > 0 ? `db0:keys=${this.data.size},expires=0,avg_ttl=0\r\n` : ''}`,
        );
      case 'command':
      case 'client':
      case 'hello':
      case 'config':
        return { type: 'array', items: [] };
      case 'quit':
        return ok;
      case 'shutdown':
        this.onShutdown();
        return { type: 'status', text: 'OK' };
    }
    return err(`ERR unknown command '${rawName}'`);
  }
}
