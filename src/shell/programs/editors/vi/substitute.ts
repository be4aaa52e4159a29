// :[range]s/pattern/replacement/[flags] — vim's substitute with the replacement specials learners
// meet: & (the match), \1…\9, \r (line break), \& and \\; flags g, i, I, n, e.

import { compilePattern } from './pattern';
import { error, firstNonBlank, info, type ViState } from './state';

/** 'report': a count is shown when more substitutions than this were made. */
const REPORT = 2;

interface Parsed {
  pattern: string;
  replacement: string;
  flags: string;
}

function parse(arg: string): Parsed | null {
  const delim = arg[0];
  if (delim === undefined || /[\w\s"|\\]/.test(delim)) return null;
  const parts: string[] = [];
  let cur = '';
  let i = 1;
  for (; i < arg.length && parts.length < 2; i++) {
    const ch = arg[i] as string;
    if (ch === '\\' && i + 1 < arg.length) {
      const next = arg[i + 1] as string;
      cur += next === delim ? (delim === '/' ? '/' : next) : ch + next;
      i++;
    } else if (ch === delim) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (parts.length === 0) return { pattern: cur, replacement: '', flags: '' };
  if (parts.length === 1) return { pattern: parts[0] as string, replacement: cur, flags: '' };
  return {
    pattern: parts[0] as string,
    replacement: parts[1] as string,
    flags: arg.slice(i).trim(),
  };
}

/** Expand a vim replacement for one match. */
function expand(replacement: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i] as string;
    if (ch === '&') out += match[0];
    else if (ch === '\\' && i + 1 < replacement.length) {
      const next = replacement[++i] as string;
      if (/[0-9]/.test(next)) out += next === '0' ? match[0] : (match[Number(next)] ?? '');
      else if (next === 'r' || next === 'n') out += next === 'r' ? '\n' : '\x00';
      else if (next === 't') out += '\t';
      else out += next;
    } else out += ch;
  }
  return out;
}

export function substitute(s: ViState, first: number, last: number, arg: string): void {
  const p = parse(arg);
  if (!p) {
    error(s, 'E488: Trailing characters');
    return;
  }
  const pattern = p.pattern === '' ? (s.lastSearch?.pattern ?? '') : p.pattern;
  if (pattern === '') {
    error(s, 'E35: No previous regular expression');
    return;
  }
  s.lastSearch = { pattern, forward: true };
  const ignoreCase = p.flags.includes('i')
    ? true
    : p.flags.includes('I')
      ? false
      : s.options.ignorecase;
  const re = compilePattern(pattern, ignoreCase);
  const unknown = p.flags.replace(/[&cegiInp#l]/g, '');
  if (unknown !== '') {
    error(s, `E488: Trailing characters: ${unknown}`);
    return;
  }
  if (p.flags.includes('c')) {
    error(s, 'layerlab: the c flag (confirm each substitution) is not part of this lab');
    return;
  }
  if (!re) {
    error(s, `E486: Pattern not found: ${pattern}`);
    return;
  }
  const global = p.flags.includes('g');
  const countOnly = p.flags.includes('n');
  let subs = 0;
  let lines = 0;
  let lastLine = -1;
  // Walk bottom-up so inserted line breaks do not shift lines still to do.
  for (let l = last; l >= first; l--) {
    const text = s.buf.line(l);
    re.lastIndex = 0;
    let out = '';
    let at = 0;
    let n = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out += text.slice(at, m.index) + expand(p.replacement, m);
      at = m.index + m[0].length;
      n++;
      if (m[0] === '') re.lastIndex++;
      if (!global || re.lastIndex > text.length) break;
    }
    if (n === 0) continue;
    subs += n;
    lines++;
    if (lastLine < 0) lastLine = l;
    if (countOnly) continue;
    out += text.slice(at);
    const split = out.split('\n');
    s.buf.replace(l, 1, split);
    if (lastLine === l) lastLine = l + split.length - 1;
  }
  if (subs === 0) {
    if (!p.flags.includes('e')) error(s, `E486: Pattern not found: ${pattern}`);
    return;
  }
  const what = `${subs} ${countOnly ? 'match' : 'substitution'}${subs === 1 ? '' : countOnly ? 'es' : 's'} on ${lines} line${lines === 1 ? '' : 's'}`;
  if (countOnly || subs > REPORT) info(s, what);
  if (!countOnly) s.cursor = { line: lastLine, col: firstNonBlank(s.buf.line(lastLine)) };
}
