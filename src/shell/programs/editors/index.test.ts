import { describe, expect, it } from 'vitest';
import { editors } from './index';
import { splitKeys } from './keys';
import { EDITOR_NAMES } from './names';

describe('editors registry', () => {
  it('lists every editor by the name it answers to', () => {
    expect(Object.keys(editors).sort()).toEqual([...EDITOR_NAMES].sort());
    for (const [name, command] of Object.entries(editors)) expect(command.name).toBe(name);
  });
});

describe('splitKeys', () => {
  it('splits several keys arriving together, Escape before a letter included', () => {
    expect(splitKeys('ihello\x1b\x1b[A\x03:wq\r')).toEqual([
      ...'ihello'.split(''),
      '<Esc>',
      '<Up>',
      '<C-C>',
      ':',
      'w',
      'q',
      '<CR>',
    ]);
    expect(splitKeys('\x1bx\x7f\x1b[3~\x1b[H\x1b[F\x1b[5~\t中')).toEqual([
      '<Esc>',
      'x',
      '<BS>',
      '<Del>',
      '<Home>',
      '<End>',
      '<PageUp>',
      '\t',
      '中',
    ]);
  });
});
