// A shell as the console drives it: one per host login, one per `docker exec -it … bash`, one
// per RUN step. The read-eval loop in repl.ts is the only place that talks to both.

import type { Tty } from '../console/tty';

export interface ShellSession {
  /** PS1, expanded: `root@layerlab:~# `, `[root@3f4e5d6c7b8a /]# `, `/ # `. */
  prompt(): string;
  /** PS2, shown while a command is unfinished (open quote, `if` without `fi`, trailing `\`). */
  continuationPrompt(): string;
  /** Whether `source` is a whole command (false: read another line and append it). */
  isComplete(source: string): boolean;
  /** Run one (possibly multi-line) command; resolves to `$?`. */
  run(source: string, tty: Tty): Promise<number>;
  readonly lastExitCode: number;
  /** Set once `exit` ran; the loop stops and the status is `exitStatus`. */
  readonly exited: boolean;
  readonly exitStatus: number;
}
