// fnmatch(3) without flags, as find -name uses it: `*` and `?` match any character including a
// leading dot and `/`, `[...]`/`[!...]` classes, backslash escapes.

export function globToRegExp(pattern: string, ignoreCase = false): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      re += pattern[++i].replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    } else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '!' || pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') {
        if (pattern[j] === '[' && pattern[j + 1] === ':') {
          const e = pattern.indexOf(':]', j + 2);
          j = e < 0 ? j + 1 : e + 2;
        } else j++;
      }
      if (j >= pattern.length) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, j);
      let neg = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        neg = true;
        body = body.slice(1);
      }
      body = body
        .replace(/[\\^]/g, (m) => `\\${m}`)
        .replace(/\[:alpha:\]/g, 'a-zA-Z')
        .replace(/\[:digit:\]/g, '0-9')
        .replace(/\[:alnum:\]/g, 'a-zA-Z0-9')
        .replace(/\[:upper:\]/g, 'A-Z')
        .replace(/\[:lower:\]/g, 'a-z')
        .replace(/\[:space:\]/g, ' \\t\\n\\r\\f\\v')
        .replace(/^\]/, '\\]');
      re += `[${neg ? '^' : ''}${body}]`;
      i = j;
    } else re += c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, ignoreCase ? 'i' : '');
}
