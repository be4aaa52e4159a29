import { describe, expect, it } from 'vitest';
import { evaluateArith } from './arith';

function calc(expr: string, vars: Record<string, string> = {}) {
  const r = evaluateArith(expr, { get: (n) => vars[n], set: (n, v) => (vars[n] = v) });
  return r.ok ? r.value : r.message;
}

describe('arithmetic', () => {
  it('follows C precedence', () => {
    expect(calc('1 + 2 * 3')).toBe(7);
    expect(calc('(1 + 2) * 3')).toBe(9);
    expect(calc('2 ** 10')).toBe(1024);
    expect(calc('7 / 2')).toBe(3);
    expect(calc('-7 % 3')).toBe(-1);
    expect(calc('1 < 2 && 3 > 2')).toBe(1);
    expect(calc('0x10 + 010')).toBe(24);
    expect(calc('1 ? 5 : 6')).toBe(5);
  });
  it('reads and assigns variables', () => {
    const vars: Record<string, string> = { x: '5', e: '' };
    expect(calc('x * 2 + e + unset', vars)).toBe(10);
    expect(calc('x += 3', vars)).toBe(8);
    expect(calc('x++', vars)).toBe(8);
    expect(vars.x).toBe('9');
  });
  it('reports errors in bash words', () => {
    expect(calc('1 / 0')).toBe('1 / 0: division by 0 (error token is "0")');
    expect(calc('1 +')).toContain('syntax error: operand expected');
  });
  it('skips the side not taken of && || ?:', () => {
    const vars: Record<string, string> = { x: '1' };
    expect(calc('0 && x++', vars)).toBe(0);
    expect(calc('1 || x++', vars)).toBe(1);
    expect(calc('1 ? x : 1/0', vars)).toBe(1);
    expect(vars.x).toBe('1');
  });
  it('evaluates variables holding expressions, and array elements when the host has them', () => {
    const arr: Record<number, string> = { 2: '40' };
    const vars: Record<string, string> = { e: '1+2', i: '2' };
    const r = evaluateArith('e * 2 + a[i] + a[7]', {
      get: (n) => vars[n],
      set: (n, v) => (vars[n] = v),
      getAt: (_n, i) => arr[i],
      setAt: (_n, i, v) => (arr[i] = v),
    });
    expect(r).toEqual({ ok: true, value: 46 });
  });
  it('words its syntax errors as bash 5.2 does', () => {
    expect(calc(' a b ')).toBe('a b : syntax error in expression (error token is "b ")');
    expect(calc('5 +')).toBe('5 +: syntax error: operand expected (error token is "+")');
    expect(calc('09')).toBe('09: value too great for base (error token is "09")');
    expect(calc('z=3; z')).toBe(
      'z=3; z: syntax error: invalid arithmetic operator (error token is "; z")',
    );
  });
});
