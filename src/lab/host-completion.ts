// Tab completion for a shell on a filesystem: command names (builtins and the programs on its
// PATH) in first position, paths elsewhere, and whatever commands registered for themselves.

import type { CompletionRegistry } from '../console/completion';
import type { Completer } from '../console/tty';
import type { FileSystem } from '../engine/fs/types';
import { builtins } from '../shell/builtins';

export interface ShellView {
  readonly cwd: string;
  getVar(name: string): string | undefined;
}

function listDir(fs: FileSystem, dir: string): { name: string; isDir: boolean }[] {
  try {
    return fs.readdir(dir).map((e) => {
      let isDir = e.type === 'dir';
      if (e.type === 'symlink') {
        try {
          isDir = fs.stat(`${dir === '/' ? '' : dir}/${e.name}`).type === 'dir';
        } catch {
          isDir = false;
        }
      }
      return { name: e.name, isDir };
    });
  } catch {
    return [];
  }
}

export function shellCompleter(
  registry: CompletionRegistry,
  fs: FileSystem,
  shell: ShellView,
): Completer {
  return registry.completer({
    commands: () => {
      const names = new Set(Object.keys(builtins));
      for (const dir of (shell.getVar('PATH') ?? '').split(':').filter(Boolean))
        for (const e of listDir(fs, dir)) names.add(e.name);
      return [...names];
    },
    paths: (prefix) => {
      const slash = prefix.lastIndexOf('/');
      const dirPart = slash >= 0 ? prefix.slice(0, slash + 1) : '';
      const namePart = prefix.slice(slash + 1);
      const home = shell.getVar('HOME') ?? '/root';
      const expanded = dirPart.startsWith('~/') ? home + dirPart.slice(1) : dirPart;
      const abs = expanded.startsWith('/')
        ? expanded
        : `${shell.cwd.replace(/\/$/, '')}/${expanded}`;
      return listDir(fs, abs === '' ? '/' : abs)
        .filter(
          (e) =>
            e.name.startsWith(namePart) && (namePart.startsWith('.') || !e.name.startsWith('.')),
        )
        .map((e) => dirPart + e.name + (e.isDir ? '/' : ''));
    },
  });
}
