import { expect, it } from 'vitest';
import { systemPrograms } from './index';
import { SYSTEM_PROGRAM_NAMES } from './names';

it('names.ts lists exactly the commands index.ts registers', () => {
  expect([...SYSTEM_PROGRAM_NAMES].sort()).toEqual(Object.keys(systemPrograms).sort());
});

it('each program is registered under its own name', () => {
  for (const [name, c] of Object.entries(systemPrograms)) expect(c.name).toBe(name);
});
