// The state of one shell process: variables (scalars and indexed arrays, with their attributes),
// functions, aliases, positional parameters, options, traps, working directory and `$?`. A
// subshell, a pipeline stage or `$(…)` works on a clone, so its `cd` and assignments never reach
// the parent — as with fork(2).

import type { Command as AstCommand } from '../parser/ast';

export interface Var {
  /** The scalar value; for an array, element 0 ('' when unset). */
  value: string;
  exported: boolean;
  readonly?: boolean;
  /** `declare -i`: assignments are evaluated as arithmetic. */
  integer?: boolean;
  /** An indexed array's elements (sparse: holes are unset elements). */
  array?: (string | undefined)[];
}

export interface ShellFlags {
  errexit: boolean;
  xtrace: boolean;
  nounset: boolean;
  pipefail: boolean;
  noglob: boolean;
}

export class ShellState {
  vars = new Map<string, Var>();
  functions = new Map<string, AstCommand>();
  aliases = new Map<string, string>();
  positional: string[] = [];
  /** $0 */
  name = 'bash';
  cwd = '/';
  /** The file mode creation mask (`umask`); children inherit it. */
  umask = 0o022;
  status = 0;
  flags: ShellFlags = {
    errexit: false,
    xtrace: false,
    nounset: false,
    pipefail: false,
    noglob: false,
  };
  /** One frame per running function: the values `local` saved, restored on return. */
  locals: Map<string, Var | undefined>[] = [];
  /** `trap` actions by signal name (EXIT, INT, …); a subshell starts with none. */
  traps = new Map<string, string>();

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  set(name: string, value: string, exported?: boolean): void {
    const v = this.vars.get(name);
    if (v) {
      v.value = value;
      if (v.array) v.array[0] = value;
      if (exported) v.exported = true;
    } else this.vars.set(name, { value, exported: exported ?? false });
  }

  unset(name: string): void {
    this.vars.delete(name);
  }

  isReadonly(name: string): boolean {
    return this.vars.get(name)?.readonly === true;
  }

  // ---- arrays ------------------------------------------------------------------------------

  /** Element i (a scalar is element 0 of itself). */
  getAt(name: string, i: number): string | undefined {
    const v = this.vars.get(name);
    if (!v) return undefined;
    if (v.array) return v.array[i];
    return i === 0 ? v.value : undefined;
  }

  setAt(name: string, i: number, value: string): void {
    const v = this.toArray(name);
    (v.array as (string | undefined)[])[i] = value;
    if (i === 0) v.value = value;
  }

  unsetAt(name: string, i: number): void {
    const v = this.vars.get(name);
    if (!v) return;
    if (!v.array) {
      if (i === 0) this.vars.delete(name);
      return;
    }
    delete v.array[i];
    if (i === 0) v.value = '';
  }

  /** The set elements in index order (a scalar is a one-element list; unset is empty). */
  values(name: string): string[] {
    const v = this.vars.get(name);
    if (!v) return [];
    if (!v.array) return [v.value];
    const out: string[] = [];
    for (const x of v.array) if (x !== undefined) out.push(x);
    return out;
  }

  /** The indices of the set elements. */
  keys(name: string): number[] {
    const v = this.vars.get(name);
    if (!v) return [];
    if (!v.array) return [0];
    const out: number[] = [];
    v.array.forEach((x, i) => {
      if (x !== undefined) out.push(i);
    });
    return out;
  }

  setArray(name: string, values: readonly string[], append = false): void {
    const v = this.toArray(name, !append);
    const arr = v.array as (string | undefined)[];
    if (!append) arr.length = 0;
    for (const x of values) arr.push(x);
    v.value = arr[0] ?? '';
  }

  private toArray(name: string, empty = false): Var {
    let v = this.vars.get(name);
    if (!v) {
      v = { value: '', exported: false, array: [] };
      this.vars.set(name, v);
    } else if (!v.array) v.array = empty ? [] : [v.value];
    return v;
  }

  // ---- processes ---------------------------------------------------------------------------

  /** Exported variables, as a child process's environment (arrays are not exported). */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of this.vars) if (v.exported && !v.array) env[k] = v.value;
    return env;
  }

  clone(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars)
      s.vars.set(k, v.array ? { ...v, array: v.array.slice() } : { ...v });
    s.functions = new Map(this.functions);
    s.aliases = new Map(this.aliases);
    s.positional = [...this.positional];
    s.name = this.name;
    s.cwd = this.cwd;
    s.umask = this.umask;
    s.status = this.status;
    s.flags = { ...this.flags };
    return s;
  }

  /** A fresh shell process started by this one (`bash script.sh`): only the environment passes. */
  child(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars)
      if (v.exported && !v.array) s.vars.set(k, { value: v.value, exported: true });
    s.cwd = this.cwd;
    s.umask = this.umask;
    return s;
  }
}
