// Expectations ported from docker/cli's tabwriter_test.go (inherited from Go's text/tabwriter);
// the HTML-filter and escape cases are left out because docker never sets those flags.

import { describe, expect, it } from 'vitest';
import { tabwrite, TABLE_WRITER, VERSION_WRITER, type TabwriterOptions } from './tabwriter';

interface Case {
  name: string;
  o: [number, number, number, string];
  flags?: Partial<TabwriterOptions>;
  src: string;
  want: string;
}

const cases: Case[] = [
  { name: '1a', o: [8, 0, 1, '.'], src: '', want: '' },
  { name: '1a debug', o: [8, 0, 1, '.'], flags: { debug: true }, src: '', want: '' },
  { name: '2', o: [8, 0, 1, '.'], src: '\n\n\n', want: '\n\n\n' },
  { name: '3', o: [8, 0, 1, '.'], src: 'a\nb\nc', want: 'a\nb\nc' },
  { name: '4a', o: [8, 0, 1, '.'], src: '\t', want: '' },
  { name: '4b', o: [8, 0, 1, '.'], flags: { alignRight: true }, src: '\t', want: '' },
  { name: '5', o: [8, 0, 1, '.'], src: '*\t*', want: '*.......*' },
  { name: '5b', o: [8, 0, 1, '.'], src: '*\t*\n', want: '*.......*\n' },
  { name: '5c', o: [8, 0, 1, '.'], src: '*\t*\t', want: '*.......*' },
  {
    name: '5c debug',
    o: [8, 0, 1, '.'],
    flags: { debug: true },
    src: '*\t*\t',
    want: '*.......|*',
  },
  { name: '5d', o: [8, 0, 1, '.'], flags: { alignRight: true }, src: '*\t*\t', want: '.......**' },
  { name: '6', o: [8, 0, 1, '.'], src: '\t\n', want: '........\n' },
  { name: '7a', o: [8, 0, 1, '.'], src: 'a) foo', want: 'a) foo' },
  { name: '7b', o: [8, 0, 1, ' '], src: 'b) foo\tbar', want: 'b) foo  bar' },
  { name: '7c', o: [8, 0, 1, '.'], src: 'c) foo\tbar\t', want: 'c) foo..bar' },
  { name: '7d', o: [8, 0, 1, '.'], src: 'd) foo\tbar\n', want: 'd) foo..bar\n' },
  { name: '7e', o: [8, 0, 1, '.'], src: 'e) foo\tbar\t\n', want: 'e) foo..bar.....\n' },
  { name: '8', o: [8, 0, 1, '*'], src: 'Hello, world!\n', want: 'Hello, world!\n' },
  {
    name: '9a',
    o: [1, 0, 0, '.'],
    src: '1\t2\t3\t4\n11\t222\t3333\t44444\n',
    want: '1.2..3...4\n11222333344444\n',
  },
  {
    name: '9c',
    o: [1, 0, 0, '.'],
    src: '1\t2\t3\t4\f11\t222\t3333\t44444\n',
    want: '1234\n11222333344444\n',
  },
  { name: '10a', o: [5, 0, 0, '.'], src: '1\t2\t3\t4\n', want: '1....2....3....4\n' },
  { name: '10b', o: [5, 0, 0, '.'], src: '1\t2\t3\t4\t\n', want: '1....2....3....4....\n' },
  {
    name: '11',
    o: [8, 0, 1, '.'],
    src: '本\tb\tc\naa\t本本本\tcccc\tddddd\naaa\tbbbb\n',
    // display width: 本本本 takes six cells, plus padding 1 gives 7, under minwidth 8
    want: '本......b.......c\naa......本本本..cccc....ddddd\naaa.....bbbb\n',
  },
  {
    name: '12a',
    o: [8, 0, 1, ' '],
    flags: { alignRight: true },
    src: 'a\tè\tc\t\naa\tèèè\tcccc\tddddd\t\naaa\tèèèè\t\n',
    want: '       a       è       c\n      aa     èèè    cccc   ddddd\n     aaa    èèèè\n',
  },
  {
    name: '12b',
    o: [2, 0, 0, ' '],
    src: 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n',
    want: 'a  b  c\naa bbbcccc\naaabbbb\n',
  },
  {
    name: '12c',
    o: [8, 0, 1, '_'],
    src: 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n',
    want: 'a_______b_______c\naa______bbb_____cccc\naaa_____bbbb\n',
  },
  {
    name: '13a',
    o: [4, 0, 1, '-'],
    src: '4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
    want: '4444------日本語-22--1---333\n999999999-22\n7---------22\n------------------88888888\n\n666666-666666-666666----4444\n1------1------999999999-0000000000\n',
  },
  {
    name: '13b',
    o: [4, 0, 3, '.'],
    src: '4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
    want: '4444........333...22...1...333\n999999999...22\n7...........22\n....................88888888\n\n666666...666666...666666......4444\n1........1........999999999...0000000000\n',
  },
  {
    name: '14',
    o: [1, 0, 2, ' '],
    flags: { alignRight: true },
    src: '.0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t',
    want: '    .0          .3    2.4    -5.1\n  23.0  12345678.9    2.4  -989.4\n   5.1        12.0    2.4    -7.0\n    .0         0.0  332.0  8908.0\n    .0         -.3  456.4    22.1\n    .0         1.2   44.4   -13.3',
  },
  {
    name: '14 debug',
    o: [1, 0, 2, ' '],
    flags: { alignRight: true, debug: true },
    src: '.0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t',
    want: '    .0|          .3|    2.4|    -5.1|\n  23.0|  12345678.9|    2.4|  -989.4|\n   5.1|        12.0|    2.4|    -7.0|\n    .0|         0.0|  332.0|  8908.0|\n    .0|         -.3|  456.4|    22.1|\n    .0|         1.2|   44.4|   -13.3|',
  },
  { name: '15a', o: [4, 0, 0, '.'], src: 'a\t\tb', want: 'a.......b' },
  {
    name: '15b',
    o: [4, 0, 0, '.'],
    flags: { discardEmptyColumns: true },
    src: 'a\t\tb',
    want: 'a.......b',
  },
  {
    name: '15c',
    o: [4, 0, 0, '.'],
    flags: { discardEmptyColumns: true },
    src: 'a\v\vb',
    want: 'a...b',
  },
  {
    name: '15d',
    o: [4, 0, 0, '.'],
    flags: { alignRight: true, discardEmptyColumns: true },
    src: 'a\v\vb',
    want: '...ab',
  },
  {
    name: '16a',
    o: [100, 100, 0, '\t'],
    src: 'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
    want: 'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
  },
  {
    name: '16b',
    o: [100, 100, 0, '\t'],
    flags: { discardEmptyColumns: true },
    src: 'a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n',
    want: 'a\tb\td\na\tb\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
  },
  {
    name: '16c debug',
    o: [100, 100, 0, '\t'],
    flags: { discardEmptyColumns: true, debug: true },
    src: 'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
    want: 'a\t|b\t|\t|d\na\t|b\t|\t|d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n',
  },
];

describe('tabwriter (Go text/tabwriter cases)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const [minwidth, tabwidth, padding, padchar] = c.o;
      expect(tabwrite(c.src, { minwidth, tabwidth, padding, padchar, ...c.flags })).toBe(c.want);
    });
  }
});

describe('tabwriter (docker settings)', () => {
  it('pads to max(10, longest + 3) and leaves the last column alone', () => {
    expect(tabwrite('CONTAINER ID\tIMAGE\tNAMES\n3a496442147c\tnginx\tweb\n', TABLE_WRITER)).toBe(
      'CONTAINER ID   IMAGE     NAMES\n3a496442147c   nginx     web\n',
    );
  });
  it('pads an empty next-to-last cell', () => {
    expect(tabwrite('A\tB\tC\nx\t\ty\n', TABLE_WRITER)).toBe(
      'A         B         C\nx                   y\n',
    );
  });
  it('counts CJK as two cells and … as one', () => {
    expect(tabwrite('名字\tX\nab…\tY\n', TABLE_WRITER)).toBe('名字      X\nab…       Y\n');
  });
  it('aligns docker version values at column 20', () => {
    expect(tabwrite('Client:\n Version:\t28.2.2\n API version:\t1.50\n', VERSION_WRITER)).toBe(
      'Client:\n Version:           28.2.2\n API version:       1.50\n',
    );
  });
});
