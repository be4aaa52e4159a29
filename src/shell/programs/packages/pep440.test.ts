import { describe, expect, it } from 'vitest';
import { satisfies, specifierOf } from './pep440';

describe('PEP 440 specifiers', () => {
  it('reads the specifier after the name and extras', () => {
    expect(specifierOf('Flask')).toBe('');
    expect(specifierOf('flask==3.0.0')).toBe('==3.0.0');
    expect(specifierOf('redis[hiredis]>=4,<6 ; python_version>"3"')).toBe('>=4,<6 ');
  });
  it('compares release numbers, wildcards and compatible releases', () => {
    expect(satisfies('3.0.3', '')).toBe(true);
    expect(satisfies('3.0.3', '==3.0.3')).toBe(true);
    expect(satisfies('3.0.3', '==3.0.0')).toBe(false);
    expect(satisfies('3.0.3', '==3.0.*')).toBe(true);
    expect(satisfies('3.0.3', '!=3.0.*')).toBe(false);
    expect(satisfies('3.0.3', '>=2.0,<4')).toBe(true);
    expect(satisfies('3.0.3', '<3')).toBe(false);
    expect(satisfies('3.0.3', '~=3.0.1')).toBe(true);
    expect(satisfies('3.1.0', '~=3.0.1')).toBe(false);
    expect(satisfies('3.0', '==3.0.0')).toBe(true);
    expect(satisfies('3.0.3', '===3.0.3')).toBe(true);
  });
});
