// Container names as moby's daemon/names.go: user names must match
// `^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$`; generated names are `adjective_surname` (never
// `boring_wozniak`); a taken generated name is drawn again, from the second try with one random
// digit appended, and after six tries the 12-hex short ID is used.

import type { Random } from '../random/random';
import { invalidName, type ContainerError } from './errors';
import { shortId } from './ids';
import { LEFT, RIGHT } from './names-data';

const VALID = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** The name without its leading slash, or the error Docker gives for it. */
export function validateName(name: string): { ok: true; name: string } | ContainerError {
  if (!VALID.test(name)) return invalidName(name);
  return { ok: true, name: name.replace(/^\//, '') };
}

/** namesgenerator.GetRandomName(retry). */
export function randomName(random: Random, retry: number): string {
  for (;;) {
    const name = `${random.pick(LEFT)}_${random.pick(RIGHT)}`;
    if (name === 'boring_wozniak') continue;
    return retry > 0 ? `${name}${random.int(10)}` : name;
  }
}

/** generateAndReserveName: six draws, then the short ID. */
export function generateName(random: Random, id: string, taken: (name: string) => boolean): string {
  for (let i = 0; i < 6; i++) {
    const name = randomName(random, i);
    if (!taken(name)) return name;
  }
  return shortId(id);
}
