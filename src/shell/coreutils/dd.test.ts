import { describe, expect, it } from 'vitest';
import { dd } from './dd';
import { createLab, run, seed } from './test-context';

describe('dd', () => {
  it('copies /dev/zero in blocks as size-only bytes, with GNU 9.1 statistics', async () => {
    const lab = createLab();
    const r = await run(lab, dd, ['if=/dev/zero', 'of=/a', 'bs=1M', 'count=100']);
    expect(r).toEqual({
      code: 0,
      stdout: '',
      stderr:
        '100+0 records in\n100+0 records out\n104857600 bytes (105 MB, 100 MiB) copied, 0.0524288 s, 2.0 GB/s\n',
    });
    expect(lab.fs.stat('/a').size).toBe(104_857_600);
    expect(lab.fs.readFile('/a').kind).toBe('blob');
  });

  it('copies text, partial records, count, status=none', async () => {
    const lab = createLab();
    seed(lab.fs, { '/t': 'hello\n' });
    expect((await run(lab, dd, ['if=/t', 'of=/u'])).stderr).toBe(
      '0+1 records in\n0+1 records out\n6 bytes copied, 0.000123 s, 49 kB/s\n',
    );
    expect(lab.fs.readText('/u')).toBe('hello\n');
    expect(await run(lab, dd, ['if=/t', 'bs=2', 'count=2', 'status=none'])).toEqual({
      code: 0,
      stdout: 'hell',
      stderr: '',
    });
  });

  it('errors as dd prints them', async () => {
    const lab = createLab();
    expect((await run(lab, dd, ['if=/nope', 'of=/x'])).stderr).toBe(
      "dd: failed to open '/nope': No such file or directory\n",
    );
    expect(await run(lab, dd, ['foo'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "dd: unrecognized operand 'foo'\nTry 'dd --help' for more information.\n",
    });
    expect((await run(lab, dd, ['bs=0'])).stderr).toBe("dd: invalid number: '0'\n");
  });
});
