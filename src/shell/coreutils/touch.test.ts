import { describe, expect, it } from 'vitest';
import { LAB_EPOCH_MS } from '../../engine/clock/clock';
import { createLab, run, seed } from './test-context';
import { touch } from './touch';

describe('touch', () => {
  it('creates empty files and updates mtimes to lab time', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'x' });
    lab.clock.advance(5000);
    expect((await run(lab, touch, ['/a', '/b'])).code).toBe(0);
    expect(lab.fs.stat('/a').mtimeMs).toBe(LAB_EPOCH_MS + 5000);
    expect(lab.fs.readText('/b')).toBe('');
  });

  it('-c does not create; -d and -r set times', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'x' });
    expect((await run(lab, touch, ['-c', '/none'])).code).toBe(0);
    expect(lab.fs.exists('/none')).toBe(false);
    await run(lab, touch, ['-d', '2024-01-02 03:04:05', '/a']);
    expect(lab.fs.stat('/a').mtimeMs).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
    await run(lab, touch, ['-r', '/a', '/c']);
    expect(lab.fs.stat('/c').mtimeMs).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
  });

  it('errors', async () => {
    const lab = createLab();
    expect(await run(lab, touch, ['/no/such'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "touch: cannot touch '/no/such': No such file or directory\n",
    });
    expect((await run(lab, touch, [])).stderr).toBe(
      "touch: missing file operand\nTry 'touch --help' for more information.\n",
    );
  });
});
