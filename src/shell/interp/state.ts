// The state of one shell process: variables, functions, aliases, positional parameters, options,
// working directory and `$?`. A subshell, a pipeline stage or `$(…)` works on a clone, so its
// `cd` and assignments never reach the parent — as with fork(2).

import type { Command as AstCommand } from '../parser/ast';

export interface Var {
  value: string;
  exported: boolean;
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

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  set(name: string, value: string, exported?: boolean): void {
    const v = this.vars.get(name);
    if (v) {
      v.value = value;
      if (exported) v.exported = true;
    } else this.vars.set(name, { value, exported: exported ?? false });
  }

  unset(name: string): void {
    this.vars.delete(name);
  }

  /** Exported variables, as a child process's environment. */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of this.vars) if (v.exported) env[k] = v.value;
    return env;
  }

  clone(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars) s.vars.set(k, { ...v });
    s.functions = new Map(this.functions);
    s.aliases = new Map(this.aliases);
    s.positional = [...this.positional];
    s.name = this.name;
    s.cwd = this.cwd;
    s.status = this.status;
    s.flags = { ...this.flags };
    return s;
  }

  /** A fresh shell process started by this one (`bash script.sh`): only the environment passes. */
  child(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars) if (v.exported) s.vars.set(k, { ...v });
    s.cwd = this.cwd;
    return s;
  }
}
