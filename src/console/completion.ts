// Tab completion, as a registry: the first word completes to command names, later words to
// whatever that command registered (docker registers subcommands, flags, container names), and
// otherwise to paths. Commands register here; the line editor only asks.

import type { Completer, Completion } from './tty';

export interface ArgContext {
  /** Words before the one being completed, the command name first. */
  readonly words: readonly string[];
  /** The partial word under the cursor. */
  readonly prefix: string;
}

/** Candidates for the word being completed (full words, not suffixes). */
export type ArgCompleter = (ctx: ArgContext) => readonly string[];

export interface CompletionSources {
  /** Every command name the shell can run now (builtins, PATH, functions, aliases). */
  readonly commands: () => readonly string[];
  /** Entries matching a partial path; directories end in '/'. */
  readonly paths: (prefix: string) => readonly string[];
}

export interface CompletionRegistry {
  register(command: string, completer: ArgCompleter): void;
  completer(sources: CompletionSources): Completer;
}

export function createCompletionRegistry(): CompletionRegistry {
  const byCommand = new Map<string, ArgCompleter>();
  return {
    register(command, completer) {
      byCommand.set(command, completer);
    },
    completer(sources) {
      return (line: string, cursor: number): Completion => {
        const before = line.slice(0, cursor);
        // The current simple command starts after the last operator.
        let segStart = 0;
        for (const op of ['|', ';', '&', '(', '`', '$(']) {
          const at = before.lastIndexOf(op);
          if (at >= 0) segStart = Math.max(segStart, at + op.length);
        }
        const segment = before.slice(segStart);
        const start = cursor - (/\S*$/.exec(segment)?.[0].length ?? 0);
        const prefix = line.slice(start, cursor);
        const words = segment
          .slice(0, start - segStart)
          .trim()
          .split(/\s+/)
          .filter(Boolean);
        let candidates: readonly string[];
        if (words.length === 0 && !prefix.includes('/')) {
          candidates = sources.commands().filter((c) => c.startsWith(prefix));
        } else {
          const own = words[0] ? byCommand.get(words[0]) : undefined;
          const fromCommand = own ? own({ words, prefix }) : [];
          candidates = fromCommand.length > 0 ? fromCommand : sources.paths(prefix);
          candidates = candidates.filter((c) => c.startsWith(prefix));
        }
        return { start, candidates: [...new Set(candidates)].sort() };
      };
    },
  };
}
