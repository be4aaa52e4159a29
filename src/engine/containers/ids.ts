// Container, exec and endpoint IDs: 64 random hex from the lab's seeded Random. As moby's
// stringid.GenerateRandomID does, an ID whose first 12 characters are all digits is drawn again,
// so a short ID never looks like a number (FIDELITY §0.2).

import type { Random } from '../random/random';

export function newId(random: Random): string {
  for (;;) {
    const id = random.hex(64);
    if (!/^\d{12}/.test(id)) return id;
  }
}

/** The 12-hex short form tables and hostnames use. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** A locally administered unicast MAC, as libnetwork's GenerateRandomMAC in 28.x. */
export function randomMac(random: Random): string {
  const bytes: number[] = [];
  for (let i = 0; i < 6; i++) bytes.push(random.int(256));
  bytes[0] = ((bytes[0] as number) & 0xfe) | 0x02;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
