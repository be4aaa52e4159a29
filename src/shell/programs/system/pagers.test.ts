// less, more and man: they print (no paging in the lab) with their real errors and exit codes.

import { describe, expect, it } from 'vitest';
import { createHarness, testCat } from '../../testing/harness';
import { systemPrograms } from './index';

function harness() {
  const h = createHarness({ commands: { ...systemPrograms, cat: testCat } });
  h.fs.writeFile('/root/a.txt', 'one\ntwo\n');
  h.fs.writeFile('/root/b.txt', 'three\n');
  return h;
}

describe('less', () => {
  it('prints a file and stdin', async () => {
    const h = harness();
    expect(await h.sh('cd /root; less a.txt')).toEqual(['one\ntwo\n', 0]);
    expect(await h.sh('cat /root/b.txt | less')).toEqual(['three\n', 0]);
    expect(await h.sh('less -N /root/a.txt /root/b.txt')).toEqual(['one\ntwo\nthree\n', 0]);
  });
  it('reports missing files and directories as less does', async () => {
    const h = harness();
    expect(await h.sh('less /nope')).toEqual(['/nope: No such file or directory\n', 1]);
    expect(await h.sh('less /root')).toEqual(['/root is a directory\n', 1]);
    expect(await h.sh('less /nope /root/b.txt')).toEqual([
      '/nope: No such file or directory\nthree\n',
      0,
    ]);
    expect(await h.sh('less')).toEqual(['Missing filename ("less --help" for help)\n', 1]);
  });
});

describe('more', () => {
  it('prints files, with headers when there are several', async () => {
    const h = harness();
    expect(await h.sh('more /root/a.txt')).toEqual(['one\ntwo\n', 0]);
    expect(await h.sh('more /root/a.txt /root/b.txt')).toEqual([
      '::::::::::::::\n/root/a.txt\n::::::::::::::\none\ntwo\n::::::::::::::\n/root/b.txt\n::::::::::::::\nthree\n',
      0,
    ]);
    expect(await h.sh('cat /root/b.txt | more')).toEqual(['three\n', 0]);
  });
  it('reports errors as util-linux more does', async () => {
    const h = harness();
    expect(await h.sh('more /nope')).toEqual([
      'more: cannot open /nope: No such file or directory\n',
      0,
    ]);
    expect(await h.sh('more /root')).toEqual(['\n*** /root: directory ***\n\n', 0]);
    expect(await h.sh('more')).toEqual([
      "more: bad usage\nTry 'more --help' for more information.\n",
      1,
    ]);
  });
});

describe('man', () => {
  it('has no pages, says so and points at --help', async () => {
    const h = harness();
    expect(await h.sh('man ls')).toEqual([
      "No manual entry for ls\nlayerlab: manual pages are not installed in the lab; try 'ls --help'\n",
      16,
    ]);
    expect(await h.sh('man 1 docker-run')).toEqual([
      "No manual entry for docker-run\nlayerlab: manual pages are not installed in the lab; try 'docker run --help'\n",
      16,
    ]);
    expect(await h.sh('man')).toEqual([
      "What manual page do you want?\nFor example, try 'man man'.\n",
      1,
    ]);
  });
});
