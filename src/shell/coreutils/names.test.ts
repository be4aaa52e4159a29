import { expect, it } from 'vitest';
import { coreutils } from './index';
import { COREUTIL_NAMES } from './names';

it('names.ts lists exactly the commands index.ts registers', () => {
  expect([...COREUTIL_NAMES].sort()).toEqual(Object.keys(coreutils).sort());
});
