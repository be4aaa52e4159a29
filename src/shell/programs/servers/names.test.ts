import { expect, it } from 'vitest';
import { serverPrograms } from './index';
import { SERVER_NAMES } from './names';

it('names.ts lists exactly the programs index.ts registers, each under its own name', () => {
  expect([...SERVER_NAMES].sort()).toEqual(Object.keys(serverPrograms).sort());
  for (const [k, c] of Object.entries(serverPrograms)) expect(c.name).toBe(k);
});
