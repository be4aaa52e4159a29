// The few Python values the lesson programs handle: str, int, bool, None, and objects (modules,
// functions, the Flask app, a Redis client) whose attributes and calls are written in TS.

export interface PyObject {
  readonly kind: 'object';
  /** The type name a traceback or repr shows (`module`, `function`, `Flask`, `Redis`). */
  readonly type: string;
  readonly attrs: Record<string, Value>;
  readonly call?: (args: Value[], kwargs: Record<string, Value>) => Value;
}

export type Value = string | number | boolean | null | PyObject;

/** A Python exception on its way up: `type` as printed (`redis.exceptions.ConnectionError`). */
export class PyException {
  constructor(
    readonly type: string,
    readonly message: string,
    /** Base class names `except X:` may catch it by. */
    readonly bases: readonly string[] = [],
    readonly line?: number,
  ) {}
  /** Whether `except <name>` catches this. */
  matches(name: string): boolean {
    const short = this.type.slice(this.type.lastIndexOf('.') + 1);
    return (
      name === short ||
      name === this.type ||
      this.bases.includes(name) ||
      name === 'Exception' ||
      name === 'BaseException'
    );
  }
}

export function fn(
  name: string,
  call: (args: Value[], kwargs: Record<string, Value>) => Value,
): PyObject {
  return { kind: 'object', type: 'builtin_function_or_method', attrs: { __name__: name }, call };
}

export function pyStr(v: Value): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  return `<${v.type} object>`;
}

export function pyRepr(v: Value): string {
  if (typeof v === 'string')
    return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  return pyStr(v);
}

/** str.format: `{}`, `{0}`, `{name}`, `{{`, `}}` (format specs are ignored). */
export function pyFormat(template: string, args: Value[], kwargs: Record<string, Value>): string {
  let auto = 0;
  return template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (m, field: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    const name = (field ?? '').split(/[!:]/)[0] ?? '';
    if (name === '') return pyStr(args[auto++] ?? null);
    if (/^\d+$/.test(name)) return pyStr(args[Number(name)] ?? null);
    if (!(name in kwargs)) throw new PyException('KeyError', `'${name}'`);
    return pyStr(kwargs[name] ?? null);
  });
}
