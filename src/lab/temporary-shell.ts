// A stand-in host shell until the real one (src/shell, issue 4) is wired in: it offers help,
// clear, history, echo and exit, and says `command not found` for everything else. It never
// pretends to run a command it does not have.

import type { Tty } from '../console/tty';
import type { ShellSession } from '../shell/session';

function splitWords(line: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3] ?? ''));
  }
  return words;
}

const HELP = [
  'Layerlab: a Docker host simulated in your browser.',
  'Commands available so far:',
  '  help       this list',
  '  echo       print its arguments',
  '  history    commands typed at this prompt',
  '  clear      clear the screen (or press Ctrl+L)',
  '  exit       leave this shell',
  'Keys: Up/Down history, Ctrl+R search, Ctrl+A/E line start/end, Ctrl+C interrupt, Tab complete.',
  '',
].join('\n');

export function createTemporaryShell(): ShellSession {
  let status = 0;
  let exited = false;
  let exitStatus = 0;

  const run = async (source: string, tty: Tty): Promise<number> => {
    const words = splitWords(source.trim());
    const [name, ...args] = words;
    switch (name) {
      case undefined:
        return status;
      case 'help':
        tty.write(HELP);
        status = 0;
        break;
      case 'echo': {
        const noNewline = args[0] === '-n';
        tty.write((noNewline ? args.slice(1) : args).join(' ') + (noNewline ? '' : '\n'));
        status = 0;
        break;
      }
      case 'history': {
        const h = tty.history();
        tty.write(h.map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join(''));
        status = 0;
        break;
      }
      case 'clear':
        tty.write('\x1b[H\x1b[2J\x1b[3J');
        status = 0;
        break;
      case 'exit':
        exited = true;
        exitStatus = args[0] !== undefined ? Number(args[0]) & 255 : status;
        tty.write('exit\n');
        break;
      default:
        tty.write(`bash: ${name}: command not found\n`);
        status = 127;
    }
    return status;
  };

  return {
    prompt: () => 'root@layerlab:~# ',
    continuationPrompt: () => '> ',
    isComplete: (source) => !/\\$/.test(source),
    run,
    get lastExitCode() {
      return status;
    },
    get exited() {
      return exited;
    },
    get exitStatus() {
      return exitStatus;
    },
  };
}
