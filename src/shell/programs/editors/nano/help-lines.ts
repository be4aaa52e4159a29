// The two shortcut lines at the bottom, laid out as nano 7 lays them out: as many items as the
// width allows (((COLS + 40) / 20) * 2), in columns of COLS / (items / 2), the key in reverse.

import { sgr } from '../screen';

type Item = readonly [key: string, label: string];

const MAIN: readonly Item[] = [
  ['^G', 'Help'],
  ['^X', 'Exit'],
  ['^O', 'Write Out'],
  ['^R', 'Read File'],
  ['^W', 'Where Is'],
  ['^\\', 'Replace'],
  ['^K', 'Cut'],
  ['^U', 'Paste'],
  ['^T', 'Execute'],
  ['^J', 'Justify'],
  ['^C', 'Location'],
  ['^/', 'Go To Line'],
  ['M-U', 'Undo'],
  ['M-E', 'Redo'],
  ['M-A', 'Set Mark'],
  ['M-6', 'Copy'],
  ['M-]', 'To Bracket'],
  ['^Q', 'Where Was'],
  ['M-Q', 'Previous'],
  ['M-W', 'Next'],
  ['^B', 'Back'],
  ['^F', 'Forward'],
];

const WRITE: readonly Item[] = [
  ['^G', 'Help'],
  ['^C', 'Cancel'],
  ['M-D', 'DOS Format'],
  ['M-M', 'Mac Format'],
  ['M-A', 'Append'],
  ['M-P', 'Prepend'],
  ['M-B', 'Backup File'],
  ['^T', 'Browse'],
];

const SEARCH: readonly Item[] = [
  ['^G', 'Help'],
  ['^C', 'Cancel'],
  ['M-C', 'Case Sens'],
  ['M-B', 'Backwards'],
  ['M-R', 'Reg.exp.'],
  ['^R', 'Replace'],
  ['^P', 'Older'],
  ['^N', 'Newer'],
  ['^T', 'Go To Line'],
];

const GOTO: readonly Item[] = [
  ['^G', 'Help'],
  ['^C', 'Cancel'],
  ['^Y', 'First Line'],
  ['^V', 'Last Line'],
  ['^T', 'Beg of Par'],
  ['^W', 'End of Par'],
];

export type Menu = 'main' | 'write' | 'search' | 'goto' | 'yesno';

const MENUS: Readonly<Record<Exclude<Menu, 'yesno'>, readonly Item[]>> = {
  main: MAIN,
  write: WRITE,
  search: SEARCH,
  goto: GOTO,
};

function item(key: string, label: string, width: number): string {
  const room = Math.max(0, width - key.length - 1);
  const text = label.slice(0, room);
  return `${sgr.reverse(key)} ${text}${' '.repeat(Math.max(0, width - key.length - 1 - text.length))}`;
}

export function helpLines(menu: Menu, columns: number): [string, string] {
  if (menu === 'yesno') {
    const w = Math.max(8, Math.floor(columns / 5));
    return [item(' Y', 'Yes', w), item(' N', 'No', w) + item('^C', 'Cancel', w)];
  }
  const all = MENUS[menu];
  const max = Math.floor((columns + 40) / 20) * 2;
  const number = Math.min(all.length, max);
  const width = Math.floor(columns / Math.max(1, Math.floor((number + 1) / 2)));
  if (width === 0) return ['', ''];
  const rows: [string, string] = ['', ''];
  for (let i = 0; i < number; i++) {
    const [key, label] = all[i] as Item;
    const last = i >= number - 2;
    const w = width + (last ? columns % width : 0);
    rows[i % 2] += item(key, label, last ? w - 1 : w);
  }
  return rows;
}
