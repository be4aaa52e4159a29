import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';

const run = (source: string) => createHarness().sh(source);

describe('umask', () => {
  it('prints the mask as bash does: 0022, -S, -p', async () => {
    expect(await run('umask; umask -S; umask -p; umask -p -S')).toEqual([
      '0022\nu=rwx,g=rx,o=rx\numask 0022\numask -S u=rwx,g=rx,o=rx\n',
      0,
    ]);
  });
  it('sets octal and symbolic masks', async () => {
    expect(await run('umask 077; umask; umask -S')).toEqual(['0077\nu=rwx,g=,o=\n', 0]);
    expect(await run('umask 0027; umask')).toEqual(['0027\n', 0]);
    expect(await run('umask u=rwx,g=rx,o=; umask')).toEqual(['0027\n', 0]);
    expect(await run('umask g+w; umask; umask o-rwx; umask; umask a+rwx; umask')).toEqual([
      '0002\n0007\n0000\n',
      0,
    ]);
    expect(await run('umask -S 077')).toEqual(['u=rwx,g=,o=\n', 0]);
  });
  it('a subshell and a child process inherit the mask; their changes stay there', async () => {
    expect(await run('umask 077; (umask; umask 000; umask); umask; bash -c umask')).toEqual([
      '0077\n0000\n0077\n0077\n',
      0,
    ]);
  });
  it("reports bash's errors", async () => {
    expect(await run('umask 8')).toEqual(['bash: umask: 8: octal number out of range\n', 1]);
    expect(await run('umask 08')).toEqual(['bash: umask: 08: octal number out of range\n', 1]);
    expect(await run('umask z')).toEqual(["bash: umask: `z': invalid symbolic mode operator\n", 1]);
    expect(await run('umask u=q')).toEqual([
      "bash: umask: `q': invalid symbolic mode character\n",
      1,
    ]);
    expect(await run('umask -x')).toEqual([
      'bash: umask: -x: invalid option\numask: usage: umask [-p] [-S] [mode]\n',
      2,
    ]);
    expect(await run('umask 8; umask')).toEqual([
      'bash: umask: 8: octal number out of range\n0022\n',
      0,
    ]);
  });
});
