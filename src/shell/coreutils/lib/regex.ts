// POSIX regular expressions (BRE for grep/sed by default, ERE for -E and awk) translated to
// JavaScript RegExp source. Covers what learners type: anchors, classes and [:name:] classes,
// intervals, groups and back-references, alternation, and GNU's \< \> \b \w \s extensions.

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-/:-@\\[-`{-~',
  xdigit: '0-9a-fA-F',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
};

export class RegexError extends Error {}

/** Translate a bracket expression starting at src[i] === '['; returns [jsSource, nextIndex]. */
function bracket(src: string, i: number): [string, number] {
  let j = i + 1;
  let out = '[';
  if (src[j] === '^') {
    out += '^';
    j++;
  }
  let first = true;
  for (; j < src.length; j++) {
    const c = src[j];
    if (c === ']' && !first) return [out + ']', j + 1];
    first = false;
    if (c === '[' && src[j + 1] === ':') {
      const end = src.indexOf(':]', j + 2);
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      const name = src.slice(j + 2, end);
      const cls = CLASSES[name];
      if (cls === undefined) throw new RegexError('Invalid character class name');
      out += cls;
      j = end + 1;
      continue;
    }
    if (c === '\\' || c === ']' || c === '[' || c === '^') out += `\\${c}`;
    else out += c;
  }
  throw new RegexError('Unmatched [, [^, [:, [., or [=');
}

/** JS RegExp source for a POSIX regex; `extended` selects ERE. Throws RegexError. */
export function posixSource(src: string, extended: boolean): string {
  let out = '';
  let groups = 0;
  // Where a `*` would be literal in a BRE: at the start, after `\(`, `\|` or `^`.
  let atStart = true;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const start = atStart;
    atStart = false;
    if (c === '\\') {
      i++;
      if (i >= src.length) throw new RegexError('Trailing backslash');
      const e = src[i];
      if (!extended && e === '(') {
        out += '(';
        groups++;
        atStart = true;
      } else if (!extended && e === ')') out += ')';
      else if (!extended && e === '|') {
        out += '|';
        atStart = true;
      } else if (!extended && (e === '{' || e === '}' || e === '+' || e === '?')) out += e;
      else if (e === '<') out += '\\b(?=\\w)';
      else if (e === '>') out += '\\b(?<=\\w)';
      else if ('bBwWsS'.includes(e)) out += `\\${e}`;
      else if (/[1-9]/.test(e)) out += `\\${e}`;
      else if (e === 'n') out += '\\n';
      else if (e === 't') out += '\\t';
      else if (/[\\^$.*+?()[\]{}|/]/.test(e)) out += `\\${e}`;
      else out += e;
      continue;
    }
    if (c === '[') {
      const [s, next] = bracket(src, i);
      out += s;
      i = next - 1;
      continue;
    }
    if (extended) {
      if (c === '(') {
        groups++;
        atStart = true;
        out += '(';
      } else if (c === '|') {
        atStart = true;
        out += '|';
      } else if (c === '{' && !/^\{\d+(,\d*)?\}/.test(src.slice(i))) out += '\\{';
      else if (c === '}' && !/\{\d+(,\d*)?$/.test(src.slice(0, i))) out += '\\}';
      else if (c === '*' && start) out += '\\*';
      else if (c === '^') {
        out += '^';
        atStart = true;
      } else out += c === '/' ? '\\/' : c;
      continue;
    }
    // Basic RE.
    if ('(){}|+?'.includes(c)) out += `\\${c}`;
    else if (c === '*' && start) out += '\\*';
    else if (c === '^') {
      if (start) {
        out += '^';
        atStart = true;
      } else out += '\\^';
    } else if (c === '$') {
      const rest = src.slice(i + 1);
      out += rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|') ? '$' : '\\$';
    } else out += c === '/' ? '\\/' : c;
  }
  void groups;
  return out;
}

/** Compile a POSIX regex; throws RegexError with GNU's wording where it can. */
export function compilePosix(src: string, extended: boolean, flags = ''): RegExp {
  const s = posixSource(src, extended);
  try {
    return new RegExp(s, flags);
  } catch {
    if (/\((?![^)]*\))/.test(s)) throw new RegexError('Unmatched ( or \\(');
    throw new RegexError('Invalid regular expression');
  }
}

/** Escape a literal string for a JS RegExp (grep -F, -w on fixed strings). */
export function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, (c) => `\\${c}`);
}
