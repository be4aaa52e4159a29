// The shell's command history: what Up/Down walk through, Ctrl+R searches and `history` prints.

export interface History {
  entries(): readonly string[];
  add(line: string): void;
  clear(): void;
}

export function createHistory(
  initial: readonly string[] = [],
  limit = 1000,
  onChange?: (entries: readonly string[]) => void,
): History {
  let list = initial.filter((l) => typeof l === 'string' && l.trim() !== '').slice(-limit);
  return {
    entries: () => list,
    add(line) {
      if (line.trim() === '') return;
      list = [...list, line].slice(-limit);
      onChange?.(list);
    },
    clear() {
      list = [];
      onChange?.(list);
    },
  };
}
