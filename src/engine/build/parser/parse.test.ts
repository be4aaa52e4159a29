import { describe, expect, it } from 'vitest';
import type { InstructionNode } from './ast';
import { dump } from './dump';
import { parseAst } from './parse';

function ast(text: string) {
  const r = parseAst(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
}

function only(text: string): InstructionNode {
  return ast(text).children[0];
}

describe('comments', () => {
  it('are only recognised at the start of a line: EXPOSE 80 # note hands # and note on', () => {
    expect(only('EXPOSE 80 # note\n').args).toEqual(['80', '#', 'note']);
  });

  it('may be indented, and are skipped inside continuations', () => {
    const a = ast('  # hi\nRUN a \\\n  # inside\n  b\n');
    expect(dump(a)).toBe('(run "a   b")\n');
    // Upstream drops the raw line's first character, so an indented comment keeps its `#`.
    expect(a.children[0].comments).toEqual(['# hi']);
    expect(only('# note\nFROM x').comments).toEqual(['note']);
  });
});

describe('line numbers', () => {
  it('cover continuations and here-doc bodies', () => {
    const a = ast('FROM x\n\nRUN a \\\n  b\nCOPY <<EOF /f\nhello\nEOF\nCMD c\n');
    expect(a.children.map((c) => [c.startLine, c.endLine])).toEqual([
      [1, 1],
      [3, 4],
      [5, 7],
      [8, 8],
    ]);
  });
});

describe('directives', () => {
  it('switch the escape token to a backtick', () => {
    const a = ast('# escape=`\nRUN dir c:\\ `\n  && echo\n');
    expect(a.escapeToken).toBe('`');
    expect(a.children[0].args).toEqual(['dir c:\\   && echo']);
  });

  it('are case-insensitive and collected with check and syntax', () => {
    const a = ast('# Syntax=docker/dockerfile:1\n# CHECK=skip=all\nFROM x\n');
    expect(a.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1'],
      ['check', 'skip=all'],
    ]);
  });

  it('stop at the first other line', () => {
    expect(ast('FROM x\n# escape=`\n').escapeToken).toBe('\\');
    expect(ast('# hello\n# escape=`\nFROM x\n').escapeToken).toBe('\\');
  });

  it('may not repeat, and escape takes only \\ or `', () => {
    expect(parseAst('# escape=`\n# escape=\\\nFROM x\n')).toMatchObject({
      ok: false,
      error: { message: 'only one escape parser directive can be used', line: 2 },
    });
    expect(parseAst('# escape=x\nFROM x\n')).toMatchObject({
      ok: false,
      error: { message: "invalid escape token 'x' does not match ` or \\" },
    });
  });
});

describe('exec and shell form', () => {
  it('falls back to shell form when the JSON does not parse', () => {
    expect(only("RUN ['a']").json).toBe(false);
    expect(only('RUN ["a"] b').json).toBe(false);
    expect(only('RUN ["a", "b"]')).toMatchObject({ json: true, args: ['a', 'b'] });
  });

  it('rejects arrays of anything but strings', () => {
    expect(parseAst('CMD ["a", 1]')).toMatchObject({
      ok: false,
      error: { message: 'when using JSON array syntax, arrays must be comprised of strings only' },
    });
  });
});

describe('flags', () => {
  it('are normalised and end at the first non-flag word', () => {
    const n = only('COPY --from=build --chown="a b":c src /dst');
    expect(n.flags).toEqual(['--from=build', '--chown=a b:c']);
    expect(n.args).toEqual(['src', '/dst']);
  });
});

describe('ENV and LABEL', () => {
  it('keep quotes in values and mark the legacy form', () => {
    expect(only('ENV a="b c" d=e').args).toEqual(['a', '"b c"', '=', 'd', 'e', '=']);
    expect(only('LABEL a b c').args).toEqual(['a', 'b c', '']);
  });

  it('reject a word without =', () => {
    expect(parseAst('ENV a=b c')).toMatchObject({
      ok: false,
      error: {
        message: 'Syntax error - can\'t find = in "c". Must be of the form: name=value',
        line: 1,
      },
    });
  });
});

describe('here-documents', () => {
  it('read bodies in order, several on one line', () => {
    const n = only('COPY <<X <<Y /dest\nY\nX\nX\nY\n');
    expect(n.heredocs.map((h) => [h.name, h.content])).toEqual([
      ['X', 'Y\n'],
      ['Y', 'X\n'],
    ]);
  });

  it('know quoted terminators, <<- and file descriptors', () => {
    const n = only("RUN 3<<-'EOF' cat\n\tbody $X\n\tEOF\n");
    expect(n.heredocs).toEqual([
      { name: 'EOF', content: '\tbody $X\n', chomp: true, expand: false, fileDescriptor: 3 },
    ]);
    expect(only('RUN <<EOF\necho\nEOF\n').heredocs[0].expand).toBe(true);
  });

  it('are not looked for in exec form or other instructions', () => {
    expect(only('RUN ["cat", "<<EOF"]\n').heredocs).toEqual([]);
    expect(ast('ENV a=<<EOF\nFROM x\n').children).toHaveLength(2);
  });

  it('must be terminated', () => {
    expect(parseAst('RUN <<EOF\nhello\n')).toMatchObject({
      ok: false,
      error: { message: 'unterminated heredoc', line: 1, endLine: 2 },
    });
  });

  it('belong to ONBUILD when it wraps RUN', () => {
    const n = only('ONBUILD RUN <<EOF\nx\nEOF\n');
    expect(n.heredocs.map((h) => h.name)).toEqual(['EOF']);
    expect(dump(ast('ONBUILD RUN <<EOF\nx\nEOF\n'))).toBe('(onbuild (run "<<EOF"))\n');
  });
});

describe('the whole file', () => {
  it('has no instructions when empty or only comments and blanks', () => {
    for (const text of ['', '\n\n', '# a\n  # b\n']) {
      expect(parseAst(text)).toMatchObject({
        ok: false,
        error: { message: 'file with no instructions' },
      });
    }
  });

  it('strips a byte-order mark and handles CRLF', () => {
    expect(dump(ast('\uFEFFFROM x\r\nRUN a \\\r\n  b\r\n'))).toBe('(from "x")\n(run "a   b")\n');
  });

  it('keeps unknown instructions for the typed layer to reject', () => {
    expect(only('FORM alpine')).toMatchObject({ value: 'FORM', args: [] });
  });

  it('stops with an error at a line longer than 64 KiB', () => {
    expect(parseAst('FROM x\nRUN ' + 'a'.repeat(70000) + '\n')).toMatchObject({
      ok: false,
      error: { message: 'dockerfile line greater than max allowed size of 65535' },
    });
  });
});
