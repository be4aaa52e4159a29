import { describe, expect, it } from 'vitest';
import { createCompletionRegistry } from './completion';

const sources = {
  commands: () => ['docker', 'echo', 'exit', 'ls'],
  paths: (prefix: string) => ['/etc/', '/etc/hosts', '/var/'].filter((p) => p.startsWith(prefix)),
};

describe('completion registry', () => {
  it('completes command names in first position, also after a pipe', () => {
    const c = createCompletionRegistry().completer(sources);
    expect(c('e', 1)).toEqual({ start: 0, candidates: ['echo', 'exit'] });
    expect(c('ls | d', 6)).toEqual({ start: 5, candidates: ['docker'] });
  });

  it('uses a command’s own completer, falling back to paths', () => {
    const reg = createCompletionRegistry();
    reg.register('docker', ({ words }) => (words.length === 1 ? ['images', 'info', 'ps'] : []));
    const c = reg.completer(sources);
    expect(c('docker i', 8)).toEqual({ start: 7, candidates: ['images', 'info'] });
    expect(c('docker run /e', 13)).toEqual({ start: 11, candidates: ['/etc/', '/etc/hosts'] });
    expect(c('cat /v', 6)).toEqual({ start: 4, candidates: ['/var/'] });
  });
});
