import { expect, it } from 'vitest';
import { advanceColumn, type ColumnState } from './column';

const after = (data: string, from = 0, columns = 80): number => {
  const s: ColumnState = { column: from, saved: 0 };
  advanceColumn(s, data, columns);
  return s.column;
};

it('follows text, carriage returns and the line editor’s cursor moves', () => {
  expect(after('hello')).toBe(5);
  expect(after('abc\r\ndef')).toBe(3);
  expect(after('root@x:/# ls\r\x1b[21C')).toBe(21);
  expect(after('ab\x1b[2D\x1b[10G')).toBe(9);
  expect(after('\x1b[01;34mbin\x1b[0m')).toBe(3);
  expect(after('镜像')).toBe(4);
});

it('comes back to where a full-screen program started', () => {
  expect(after('\x1b[?1049h\x1b[H\x1b[2Jvi screen\x1b[?1049l', 7)).toBe(7);
});
