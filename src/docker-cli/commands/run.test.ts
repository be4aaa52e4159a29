import { describe, expect, it } from 'vitest';
import { containerLab, dockerIn, mustRun, ScriptTty } from './lib/container-testing';

describe('docker run', () => {
  it('smoke', async () => {
    const lab = containerLab();
    const r = await dockerIn(lab, ['run', 'testos']);
    expect(r).toEqual({ stdout: '', stderr: '', code: 0 });
    const d = await mustRun(lab, 'run', '-d', 'testos', 'sleep', '100');
    expect(d.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const e = await dockerIn(lab, ['run', 'testos', 'echo', 'hi']);
    expect(e).toEqual({ stdout: 'hi\n', stderr: '', code: 0 });
    const tty = new ScriptTty(['echo in', 'exit 3']);
    const t = await dockerIn(lab, ['run', '-it', 'testos'], { tty });
    expect(t.code).toBe(3);
    expect(tty.screen).toContain('in');
  });
});
