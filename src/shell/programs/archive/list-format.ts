// tar -tv's long line: `-rw-r--r-- root/root      1234 2026-11-22 14:00 name`, with the owner and
// size column growing as GNU tar's does (it starts 19 wide and only widens).

import type { TarMember } from '../../../engine/world';
import { modeString } from '../../coreutils/lib/format';

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function tarDate(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`
  );
}

export class LongLister {
  private width = 19;
  constructor(private readonly numericOwner: boolean) {}

  line(m: TarMember, shownName: string): string {
    const type = m.type === 'hardlink' ? 'file' : m.type;
    const mode = modeString(type, m.mode);
    const user = this.numericOwner || m.uname === '' ? String(m.uid) : m.uname;
    const group = this.numericOwner || m.gname === '' ? String(m.gid) : m.gname;
    const size =
      m.type === 'chardev' && m.rdev
        ? `${m.rdev.major},${m.rdev.minor}`
        : String(m.type === 'file' && m.data ? sizeOf(m) : 0);
    const used = user.length + 1 + group.length + 1 + size.length;
    if (used > this.width) this.width = used;
    const gap = ' '.repeat(this.width - used + 1);
    let name = shownName;
    if (m.type === 'symlink') name += ` -> ${m.target ?? ''}`;
    if (m.type === 'hardlink') name += ` link to ${m.target ?? ''}`;
    return `${mode} ${user}/${group}${gap}${size} ${tarDate(m.mtimeMs)} ${name}\n`;
  }
}

function sizeOf(m: TarMember): number {
  const d = m.data;
  if (!d) return 0;
  if (d.kind === 'blob') return d.size;
  let n = 0;
  for (let i = 0; i < d.text.length; i++) {
    const c = d.text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}
