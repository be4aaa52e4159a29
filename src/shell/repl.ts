// The read-eval loop: prompt, read (with PS2 continuation lines), run, repeat until `exit` or
// Ctrl+D on an empty line. Ctrl+C at a prompt abandons the line, as bash does.

import type { History } from '../console/history';
import type { Completer, Tty } from '../console/tty';
import type { ShellSession } from './session';

/** `history`: the shell's own history; default the terminal's (the host shell's). */
export async function runRepl(
  shell: ShellSession,
  tty: Tty,
  complete?: Completer,
  history?: History,
): Promise<number> {
  for (;;) {
    let source = '';
    let prompt = shell.prompt();
    let first = true;
    for (;;) {
      const r = await tty.readLine({
        prompt,
        history: history ?? true,
        shell: first ? { exitCode: shell.lastExitCode } : undefined,
        complete,
      });
      if (r.kind === 'eof') {
        if (first) {
          tty.write('exit\r\n');
          return shell.lastExitCode;
        }
        // bash: EOF inside an unfinished command is a syntax error; we just drop the command.
        source = '';
        break;
      }
      if (r.kind === 'interrupt') {
        source = '';
        break;
      }
      source = first ? r.text : `${source}\n${r.text}`;
      first = false;
      if (shell.isComplete(source)) break;
      prompt = shell.continuationPrompt();
    }
    if (source.trim() === '') continue;
    await shell.run(source, tty);
    if (shell.exited) return shell.exitStatus;
  }
}
