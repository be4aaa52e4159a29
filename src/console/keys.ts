// Splits what a terminal sends (xterm's onData, or the transcript runner) into keys. Runs of
// printable characters stay together so a 1 MB paste is inserted in one step, not a million.

export type Key =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'enter' }
  | { readonly kind: 'ctrl'; readonly letter: string } // 'a'…'z', plus '\\' ']' '^' '_' '@'
  | { readonly kind: 'alt'; readonly key: string }
  | {
      readonly kind: 'nav';
      readonly name:
        | 'up'
        | 'down'
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'delete'
        | 'backspace'
        | 'word-left'
        | 'word-right'
        | 'escape'
        | 'tab'
        | 'page-up'
        | 'page-down'
        | 'insert';
    }
  | { readonly kind: 'ignored' };

const CSI_FINAL: Record<string, Key> = {
  A: { kind: 'nav', name: 'up' },
  B: { kind: 'nav', name: 'down' },
  C: { kind: 'nav', name: 'right' },
  D: { kind: 'nav', name: 'left' },
  H: { kind: 'nav', name: 'home' },
  F: { kind: 'nav', name: 'end' },
};

const CSI_TILDE: Record<string, Key> = {
  '1': { kind: 'nav', name: 'home' },
  '7': { kind: 'nav', name: 'home' },
  '4': { kind: 'nav', name: 'end' },
  '8': { kind: 'nav', name: 'end' },
  '3': { kind: 'nav', name: 'delete' },
  '2': { kind: 'nav', name: 'insert' },
  '5': { kind: 'nav', name: 'page-up' },
  '6': { kind: 'nav', name: 'page-down' },
};

function csiKey(params: string, final: string): Key {
  if (final === '~') return CSI_TILDE[params.split(';')[0] ?? ''] ?? { kind: 'ignored' };
  const base = CSI_FINAL[final];
  if (!base) return { kind: 'ignored' };
  // Ctrl/Alt + Left/Right (`1;5D`, `1;3C`) move by words, as readline binds them.
  const mod = params.split(';')[1];
  if (mod && mod !== '1' && base.kind === 'nav') {
    if (base.name === 'left') return { kind: 'nav', name: 'word-left' };
    if (base.name === 'right') return { kind: 'nav', name: 'word-right' };
  }
  return base;
}

function isPrintable(code: number): boolean {
  return code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0);
}

/** Lone UTF-16 surrogates (invalid input) become U+FFFD so nothing downstream chokes on them. */
function sanitize(text: string): string {
  return text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

export function decodeKeys(data: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  const n = data.length;
  while (i < n) {
    const c = data.charCodeAt(i);
    if (isPrintable(c)) {
      let j = i + 1;
      while (j < n && isPrintable(data.charCodeAt(j))) j++;
      keys.push({ kind: 'text', text: sanitize(data.slice(i, j)) });
      i = j;
      continue;
    }
    if (c === 0x0d) {
      keys.push({ kind: 'enter' });
      i += data.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      continue;
    }
    if (c === 0x0a) {
      keys.push({ kind: 'enter' });
      i++;
      continue;
    }
    if (c === 0x7f || c === 0x08) {
      keys.push({ kind: 'nav', name: 'backspace' });
      i++;
      continue;
    }
    if (c === 0x09) {
      keys.push({ kind: 'nav', name: 'tab' });
      i++;
      continue;
    }
    if (c === 0x1b) {
      const next = data[i + 1];
      if (next === '[') {
        // CSI: parameters, intermediates, then one final byte in @–~.
        let j = i + 2;
        while (j < n && /[0-9;?<>=]/.test(data[j] as string)) j++;
        const final = data[j];
        if (final === undefined) {
          keys.push({ kind: 'ignored' });
          i = n;
          continue;
        }
        keys.push(csiKey(data.slice(i + 2, j), final));
        i = j + 1;
        continue;
      }
      // SS3 (application cursor keys): only a real SS3 final; ESC O x otherwise is Alt+O, x.
      const ss3 = CSI_FINAL[data[i + 2] ?? ''];
      if (next === 'O' && ss3) {
        keys.push(ss3);
        i += 3;
        continue;
      }
      if (next === undefined || next === '\x1b') {
        keys.push({ kind: 'nav', name: 'escape' });
        i++;
        continue;
      }
      keys.push(next === '\x7f' ? { kind: 'alt', key: 'backspace' } : { kind: 'alt', key: next });
      i += 2;
      continue;
    }
    if (c < 0x20) {
      keys.push({ kind: 'ctrl', letter: String.fromCharCode(c + 0x60) });
      i++;
      continue;
    }
    // C1 controls and anything else unprintable: dropped, the editor keeps going.
    keys.push({ kind: 'ignored' });
    i++;
  }
  return keys;
}

const NAV_SEQUENCES: Record<Extract<Key, { kind: 'nav' }>['name'], string> = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  delete: '\x1b[3~',
  backspace: '\x7f',
  'word-left': '\x1b[1;5D',
  'word-right': '\x1b[1;5C',
  escape: '\x1b',
  tab: '\t',
  'page-up': '\x1b[5~',
  'page-down': '\x1b[6~',
  insert: '\x1b[2~',
};

/** The bytes a key stands for, for programs that read the terminal raw (vi, nano). */
export function encodeKey(key: Key): string {
  switch (key.kind) {
    case 'text':
      return key.text;
    case 'enter':
      return '\r';
    case 'ctrl':
      return String.fromCharCode(key.letter.charCodeAt(0) - 0x60);
    case 'alt':
      return key.key === 'backspace' ? '\x1b\x7f' : `\x1b${key.key}`;
    case 'nav':
      return NAV_SEQUENCES[key.name];
    case 'ignored':
      return '';
  }
}
