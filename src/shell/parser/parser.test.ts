import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from './parser';

function error(src: string) {
  const r = parse(src);
  return r.ok ? null : r.error;
}

function incomplete(src: string): boolean {
  const r = parse(src);
  return !r.ok && r.error.incomplete;
}

describe('parse', () => {
  it('builds simple commands with assignments and redirections', () => {
    const r = parse('A=1 B=x echo hi 2>&1 > out');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cmd = r.script.items[0].command.first.commands[0];
    expect(cmd.type).toBe('simple');
    if (cmd.type !== 'simple') return;
    expect(cmd.assigns.map((a) => a.name)).toEqual(['A', 'B']);
    expect(cmd.words).toHaveLength(2);
    expect(cmd.redirs.map((x) => [x.fd, x.op])).toEqual([
      [2, '>&'],
      [undefined, '>'],
    ]);
  });

  it('parses compound commands', () => {
    for (const src of [
      'if a; then b; elif c; then d; else e; fi',
      'for x in 1 2; do echo $x; done',
      'for x; do :; done',
      'while read l; do echo "$l"; done < f',
      'until false; do break; done',
      'case $x in a|b) echo ab;; (c) echo c;& *) ;; esac',
      'f() { echo f; }',
      'function g { echo g; }',
      '( cd /; ls ) | cat',
      '{ a; b; } && ! c || d &',
      'echo $(case x in x) echo y;; esac)',
      'cat <<EOF | grep a\nabc\nEOF\necho next',
    ])
      expect(parse(src).ok, src).toBe(true);
  });

  it('reports bash syntax errors', () => {
    expect(error('echo )')?.message).toBe("syntax error near unexpected token `)'");
    expect(error('| a')?.message).toBe("syntax error near unexpected token `|'");
    expect(error('if; then fi')?.message).toBe("syntax error near unexpected token `;'");
    expect(error('echo >')?.message).toBe("syntax error near unexpected token `newline'");
    expect(error('{ }')?.message).toBe("syntax error near unexpected token `}'");
    expect(error('fi')?.message).toBe("syntax error near unexpected token `fi'");
  });

  it('tells unfinished input from errors', () => {
    for (const src of [
      "echo 'open",
      'echo "open',
      'echo a \\',
      'if true; then',
      'for x in a; do',
      'while true',
      'case x in',
      'a &&',
      'a |',
      'a ||',
      'cat <<EOF\nline',
      'f() {',
      'echo $(',
      'echo `x',
      '( echo',
      '{ echo a }',
    ])
      expect(incomplete(src), src).toBe(true);
    for (const src of ['echo a', 'if true; then :; fi', 'echo )', 'cat <<EOF\nx\nEOF'])
      expect(incomplete(src), src).toBe(false);
  });

  it('expands aliases in command position only', () => {
    const alias = (n: string) => (n === 'll' ? 'ls -l' : undefined);
    const r = parse('ll x; echo ll', { alias });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const words = r.script.items.map((i) => {
      const c = i.command.first.commands[0];
      return c.type === 'simple' ? c.words.length : 0;
    });
    expect(words).toEqual([3, 2]);
  });

  it('never throws, whatever the input', () => {
    const alphabet = fc.constantFrom(
      ...'ab $(){}[]|&;<>\'"`\\\n#=~*?!-:+%/0123456789'.split(''),
      'if ',
      'then ',
      'fi',
      'do ',
      'done',
      'case ',
      'esac',
      ' in ',
      '<<EOF\n',
      'EOF\n',
      '$((',
      '${',
      ';;',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (src) => {
          const r = parse(src);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (src) => {
        expect(typeof parse(src).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
