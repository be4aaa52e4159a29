// Endless producers: to the terminal they stop at 8 MiB with one layerlab line; through pipes
// without newlines they hand over blocks, so `cat /dev/zero | head -c 10` ends.

import { describe, expect, it } from 'vitest';
import { coreutils } from './coreutils';
import { createHarness } from './testing/harness';

describe('endless output', () => {
  it('yes on the terminal stops after 8 MiB and the shell goes on', async () => {
    const h = createHarness({ commands: coreutils });
    const [out, status] = await h.sh('yes');
    expect(status).toBe(130);
    expect(out.length).toBeLessThan(8 * 1024 * 1024 + 200);
    expect(
      out.endsWith('\nlayerlab: command stopped: it printed more than 8 MiB to the terminal\n'),
    ).toBe(true);
    expect(await h.sh('echo after')).toEqual(['after\n', 0]);
  });

  it('a pipe of NULs hands over blocks: cat /dev/zero | head -c 10 | wc -c', async () => {
    const h = createHarness({ commands: coreutils });
    expect(await h.sh('cat /dev/zero | head -c 10 | wc -c')).toEqual(['10\n', 0]);
    expect(await h.sh('yes | head -c 5')).toEqual(['y\ny\ny', 0]);
  });
});
