import { describe, expect, it } from 'vitest';
import { goMap, goStruct } from '../go-values';
import { compileTemplate, executeTemplate, renderTemplate } from './index';

function run(src: string, data: unknown): string {
  const r = renderTemplate(src, data);
  if (!r.ok) return `ERR ${r.error}`;
  return r.output;
}

const container = goStruct('*formatter.ContainerContext', {
  ID: '3a496442147c',
  Names: 'web',
  Label(name: string) {
    return name === 'a' ? 'b' : '';
  },
});

describe('template: fields and printing', () => {
  it('prints fields, nested fields, maps, slices, nil and booleans like Go', () => {
    const data = {
      Name: 'web',
      Config: { Env: ['PATH=/usr/bin', 'A=b'], Labels: { b: '2', a: '1' }, Tty: false, Cmd: null },
      Count: 3,
    };
    expect(run('{{.Name}}', data)).toBe('web');
    expect(run('{{.Config.Env}}', data)).toBe('[PATH=/usr/bin A=b]');
    expect(run('{{.Config.Labels}}', data)).toBe('map[a:1 b:2]');
    expect(run('{{.Config.Tty}}', data)).toBe('false');
    expect(run('{{.Config.Cmd}}', data)).toBe('<nil>');
    expect(run('{{.Missing}}', data)).toBe('<no value>');
    expect(run('{{.Missing.Deeper}}', data)).toBe('<no value>');
    expect(run('{{.Count}}', data)).toBe('3');
    expect(run('{{.}}', { a: 1 })).toBe('map[a:1]');
  });
  it('fails on a missing struct field with docker wording', () => {
    expect(run('{{.Nope}}', container)).toBe(
      'ERR template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    );
  });
  it('locates errors in chained fields at the chained part, as Go does', () => {
    expect(run('x {{.Config.Nope}}', { Config: goStruct('*container.Config', {}) })).toBe(
      'ERR template: :1:11: executing "" at <.Config.Nope>: can\'t evaluate field Nope in type *container.Config',
    );
  });
  it('calls methods with arguments', () => {
    expect(run('{{.Label "a"}}|{{.Label "x"}}', container)).toBe('b|');
  });
  it('nil pointer evaluating a field of null', () => {
    expect(run('{{.A.B}}', { A: null })).toBe(
      'ERR template: :1:4: executing "" at <.A.B>: nil pointer evaluating interface {}.B',
    );
  });
});

describe('template: functions', () => {
  const data = { Names: 'web', Env: ['A=1', 'B=2'], Labels: { x: 'y' }, N: 5, S: 'a,b,c' };
  it('json, index, join, upper, lower, title, len, split', () => {
    expect(run('{{json .}}', { b: '<x>', a: 1 })).toBe('{"b":"<x>","a":1}');
    expect(run('{{json .Env}}', data)).toBe('["A=1","B=2"]');
    expect(run('{{index .Labels "x"}}', data)).toBe('y');
    expect(run('{{index .Labels "nope"}}', data)).toBe('');
    expect(run('{{index .Env 1}}', data)).toBe('B=2');
    expect(run('{{join .Env ","}}', data)).toBe('A=1,B=2');
    expect(run('{{upper .Names}} {{lower "ABC"}} {{title "hello world"}}', data)).toBe(
      'WEB abc Hello World',
    );
    expect(run('{{len .Env}} {{len .Names}} {{len .Labels}}', data)).toBe('2 3 1');
    expect(run('{{split .S ","}}', data)).toBe('[a b c]');
    expect(run('{{.Names | upper}}', data)).toBe('WEB');
    expect(run('{{.Names | printf "%s!"}}', data)).toBe('web!');
    expect(run('{{pad .Names 1 2}}|{{truncate .Names 2}}', data)).toBe(' web  |we');
  });
  it('printf verbs', () => {
    expect(run('{{printf "%s %d %v %q" "a" 5 .Env "x"}}', data)).toBe('a 5 [A=1 B=2] "x"');
    expect(run('{{printf "%-10s|%5d|%05d" "ab" 42 42}}', data)).toBe('ab        |   42|00042');
    expect(run('{{printf "%d" "x"}}', data)).toBe('%!d(string=x)');
    expect(run('{{printf "%s %s" "a"}}', data)).toBe('a %!s(MISSING)');
    expect(run('{{printf "%.2f" 1.005}} {{printf "%v" 2.5}}', data)).toBe('1.00 2.5');
    expect(run('{{println "a" 1}}', data)).toBe('a 1\n');
  });
  it('index out of range and wrong argument counts', () => {
    expect(run('{{index .Env 5}}', data)).toBe(
      'ERR template: :1:2: executing "" at <index .Env 5>: error calling index: index out of range: 5',
    );
    expect(run('{{upper "a" "b"}}', data)).toBe(
      'ERR template: :1:2: executing "" at <upper "a" "b">: wrong number of args for upper: want 1 got 2',
    );
    expect(run('{{upper .N}}', data)).toBe(
      'ERR template: :1:8: executing "" at <.N>: wrong type for value; expected string; got int',
    );
  });
});

describe('template: control flow', () => {
  const data = { Labels: goMap({ b: '2', a: '1' }), Env: ['A', 'B'], Empty: [], On: true, N: 3 };
  it('range with variables, else, and sorted map keys', () => {
    expect(run('{{range $k, $v := .Labels}}{{$k}}={{$v}};{{end}}', data)).toBe('a=1;b=2;');
    expect(run('{{range $i, $e := .Env}}{{$i}}:{{$e}} {{end}}', data)).toBe('0:A 1:B ');
    expect(run('{{range .Env}}[{{.}}]{{end}}', data)).toBe('[A][B]');
    expect(run('{{range .Empty}}x{{else}}none{{end}}', data)).toBe('none');
    expect(run('{{range .Env}}{{if eq . "B"}}{{break}}{{end}}{{.}}{{end}}', data)).toBe('A');
  });
  it('if / else if / else with comparisons and logic', () => {
    const t = '{{if gt .N 5}}big{{else if eq .N 3}}three{{else}}small{{end}}';
    expect(run(t, data)).toBe('three');
    expect(run('{{if and .On (lt .N 4)}}yes{{end}}', data)).toBe('yes');
    expect(run('{{if or false 0 ""}}t{{else}}f{{end}}', data)).toBe('f');
    expect(run('{{if not .On}}t{{else}}f{{end}}', data)).toBe('f');
    expect(run('{{if ne .N 2}}ne{{end}}{{if le 3 .N}}le{{end}}{{if ge .N 4}}ge{{end}}', data)).toBe(
      'nele',
    );
    expect(run('{{with .Env}}{{len .}}{{end}}', data)).toBe('2');
    expect(run('{{$x := .N}}{{$x}}{{$x = 4}}{{$x}}', data)).toBe('34');
  });
  it('trims with {{- and -}}', () => {
    expect(run('a  {{- "b" -}}  c', data)).toBe('abc');
    expect(run('{{range .Env -}}\n  {{.}}\n{{- end}}', data)).toBe('AB');
    expect(run('x {{/* comment */}} y', data)).toBe('x  y');
  });
  it('incompatible comparison', () => {
    expect(run('{{if eq .N "3"}}x{{end}}', data)).toBe(
      'ERR template: :1:5: executing "" at <eq .N "3">: error calling eq: incompatible types for comparison',
    );
  });
});

describe('template: parse errors (Go wording)', () => {
  const cases: [string, string][] = [
    ['{{foo}}', 'template: :1: function "foo" not defined'],
    ['{{.Names}', 'template: :1: unexpected "}" in operand'],
    ['{{.ID', 'template: :1: unclosed action'],
    ['{{if .X}}a', 'template: :1: unexpected EOF'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['a\n{{.A | 3}}', 'template: :2: non executable command in pipeline stage 2'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
  ];
  for (const [src, msg] of cases) {
    it(src, () => {
      const c = compileTemplate(src);
      expect(c.ok ? 'compiled' : c.error).toBe(msg);
    });
  }
  it('keeps output written before an execution error', () => {
    const c = compileTemplate('A{{.B.C}}');
    if (!c.ok) throw new Error(c.error);
    const r = executeTemplate(c.template, { B: 'x' });
    expect(r.ok).toBe(false);
    expect(r.output).toBe('A');
  });
});
