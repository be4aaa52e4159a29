// What every shell process of one session shares: the machine (filesystem, clock, identity),
// the registered programs, the builtins, the step budget, and the terminal if there is one.

import type { Clock } from '../../engine/clock/clock';
import type { FileSystem } from '../../engine/fs/types';
import type { Tty } from '../../console/tty';
import type { Builtin } from '../builtins/builtin';
import type { Command, Interrupt, SystemInfo } from '../types';
import type { Budget } from './budget';
import type { ShellState } from './state';

export interface Runtime {
  readonly fs: FileSystem;
  readonly commands: Readonly<Record<string, Command>>;
  readonly builtins: Readonly<Record<string, Builtin>>;
  readonly clock: Clock;
  readonly system: SystemInfo;
  readonly pid: number;
  readonly budget: Budget;
  sleep(ms: number, signal: Interrupt): Promise<boolean>;
  /** The terminal of the current interactive run, if any (history, nested shells). */
  tty?: Tty;
  /** Start an interactive shell on the terminal (`bash` typed at a prompt). */
  nestedShell?: (state: ShellState) => Promise<number>;
  /** Prefix of the shell's own error messages: `bash`, or `sh` for ash. */
  readonly errorPrefix: string;
  /** Whether we already said `&` runs in the foreground (said once per session). */
  backgroundNoted: boolean;
  /** Other once-per-session notes already given (`trap`, …). */
  readonly noted: Set<string>;
}
