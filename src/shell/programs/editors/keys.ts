// Splits what the terminal hands a raw reader into keys, in vim's notation: a printable character
// is itself ('a', ':', '中'); anything else is a name in angle brackets ('<Esc>', '<CR>', '<BS>',
// '<Up>', '<C-R>'). Several keys may arrive in one string, and an Escape typed just before a letter
// arrives as '\x1b' + letter: the editors want Escape, then the letter (vi) or Meta+letter (nano
// pairs them itself), so only complete cursor-key sequences are taken as one key.

export type Key = string;

/** True for named keys ('<Esc>'), false for a typed character (including a lone '<'). */
export function isNamed(key: Key): boolean {
  return key.length > 2 && key.startsWith('<') && key.endsWith('>');
}

const CSI_FINAL: Readonly<Record<string, Key>> = {
  A: '<Up>',
  B: '<Down>',
  C: '<Right>',
  D: '<Left>',
  H: '<Home>',
  F: '<End>',
};

const CSI_TILDE: Readonly<Record<string, Key>> = {
  '1': '<Home>',
  '7': '<Home>',
  '4': '<End>',
  '8': '<End>',
  '3': '<Del>',
  '2': '<Insert>',
  '5': '<PageUp>',
  '6': '<PageDown>',
};

/** A CSI sequence at i ('\x1b[' params final), or null when what follows is not one. */
function csiAt(data: string, i: number): { key: Key; end: number } | null {
  let j = i + 2;
  while (j < data.length && /[0-9;]/.test(data[j] as string)) j++;
  const final = data[j];
  if (final === undefined) return null;
  const params = data.slice(i + 2, j);
  if (final === '~') {
    const key = CSI_TILDE[params.split(';')[0] ?? ''];
    return key ? { key, end: j + 1 } : null;
  }
  const base = CSI_FINAL[final];
  if (!base) return null;
  const mod = params.split(';')[1];
  if (mod === '5' && (base === '<Left>' || base === '<Right>'))
    return { key: base === '<Left>' ? '<C-Left>' : '<C-Right>', end: j + 1 };
  return { key: base, end: j + 1 };
}

function controlKey(code: number): Key {
  switch (code) {
    case 0x0d:
    case 0x0a:
      return '<CR>';
    case 0x09:
      return '\t';
    case 0x08:
    case 0x7f:
      return '<BS>';
    case 0x00:
      return '<C-@>';
    default:
      return code < 0x20 ? `<C-${String.fromCharCode(code + 0x40)}>` : '<Nop>';
  }
}

export function splitKeys(data: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  while (i < data.length) {
    const code = data.charCodeAt(i);
    if (code === 0x1b) {
      if (data[i + 1] === '[') {
        const csi = csiAt(data, i);
        if (csi) {
          keys.push(csi.key);
          i = csi.end;
          continue;
        }
      } else if (data[i + 1] === 'O') {
        const ss3 = CSI_FINAL[data[i + 2] ?? ''];
        if (ss3) {
          keys.push(ss3);
          i += 3;
          continue;
        }
      }
      keys.push('<Esc>');
      i++;
      continue;
    }
    if (code === 0x0d && data.charCodeAt(i + 1) === 0x0a) {
      keys.push('<CR>');
      i += 2;
      continue;
    }
    if (code < 0x20 || code === 0x7f) {
      keys.push(controlKey(code));
      i++;
      continue;
    }
    if (code >= 0x80 && code < 0xa0) {
      i++; // C1 controls: dropped
      continue;
    }
    const cp = data.codePointAt(i) ?? code;
    const ch = String.fromCodePoint(cp);
    keys.push(ch);
    i += ch.length;
  }
  return keys;
}
