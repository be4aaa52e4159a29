// How template and JSON code tells Go kinds apart in plain JS data. Plain objects behave like
// Go maps decoded from JSON (a missing key is `<no value>`, printed as `map[k:v]`); objects made
// with goStruct behave like Go structs (a missing field is an error naming the type, printed
// as `{v1 v2}`); goMap marks an object whose JSON keys are sorted as Go sorts map keys.

const STRUCT = Symbol('goStruct');
const MAP = Symbol('goMap');
const FLOAT = Symbol('goFloat');

export interface GoStructInfo {
  /** The Go type named in errors, e.g. `*formatter.ContainerContext`. */
  readonly typeName: string;
}

type Tagged = Record<PropertyKey, unknown>;

/** Mark an object as a Go struct (field order = key order; getters and methods allowed). */
export function goStruct<T extends object>(typeName: string, fields: T): T {
  Object.defineProperty(fields, STRUCT, { value: { typeName }, enumerable: false });
  return fields;
}

/** Mark an object as a Go map: JSON keys sorted, printed `map[k:v]`. */
export function goMap<T extends object>(entries: T): T {
  Object.defineProperty(entries, MAP, { value: true, enumerable: false });
  return entries;
}

/** A number that Go holds as float64 (printed `1.5e+06` style by %v), not as an integer. */
export interface GoFloat {
  readonly [FLOAT]: true;
  readonly value: number;
}

export function goFloat(value: number): GoFloat {
  return { [FLOAT]: true, value };
}

export function isGoFloat(v: unknown): v is GoFloat {
  return typeof v === 'object' && v !== null && (v as Tagged)[FLOAT] === true;
}

export function structInfo(v: unknown): GoStructInfo | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  return (v as Tagged)[STRUCT] as GoStructInfo | undefined;
}

export function isGoMap(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as Tagged)[MAP] === true;
}

/** A plain record (not an array, not a GoFloat). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isGoFloat(v);
}
