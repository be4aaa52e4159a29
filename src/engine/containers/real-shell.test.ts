// The ProcessRunner contract exercised with the real shell (tests only: the engine itself never
// imports src/shell).

import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock/clock';
import { createImagesApi } from '../images';
import { createRandom } from '../random/random';
import { createShell, utilities } from '../../shell';
import { runRepl } from '../../shell/repl';
import { createContainersApi } from './api';
import { interruptOf, type ProcessRunner } from './process';
import { addImage, must } from './testing';

const quote = (w: string): string => `'${w.replace(/'/g, `'\\''`)}'`;

const shellRunner: ProcessRunner = {
  async run(spec) {
    const io = { ...spec, signal: interruptOf(spec.signals) };
    const shell = createShell({
      fs: spec.fs,
      commands: utilities,
      clock: spec.clock,
      system: { hostname: spec.hostname, uid: spec.user.uid, gid: spec.user.gid },
      flavor: 'debian',
      env: spec.env,
      cwd: spec.cwd,
      pid: spec.pid,
      sleep: (ms) => spec.sleep(ms),
    });
    const base = spec.executable.split('/').pop();
    if (base === 'bash' || base === 'sh') {
      const c = spec.argv.indexOf('-c');
      if (c < 0) {
        if (spec.tty) return runRepl(shell, spec.tty);
        return shell.execute(await spec.stdin.readAll(), io);
      }
      return shell.execute(spec.argv[c + 1] ?? '', io);
    }
    return shell.execute(spec.argv.map(quote).join(' '), io);
  },
};

describe('with the real shell as the runner', () => {
  it('sh -c with echo, sleep and a redirection into the writable layer', async () => {
    const clock = createManualClock();
    const random = createRandom(3);
    const images = createImagesApi({ clock, random, emit: () => undefined });
    const bins = ['sh', 'bash', 'echo', 'sleep', 'hostname'].map((n) => ({
      path: `/bin/${n}`,
      type: 'file' as const,
      mode: 0o755,
      data: { kind: 'blob' as const, size: 100_000, digest: `sha256:${n}` },
    }));
    addImage(images, 'deb', { Cmd: ['bash'] }, [
      ...bins,
      { path: '/tmp', type: 'dir', mode: 0o1777 },
    ]);
    const api = createContainersApi({
      clock,
      random,
      emit: () => undefined,
      images,
      runner: shellRunner,
    });
    const out = {
      text: '',
      write(t: string) {
        out.text += t;
      },
      isTTY: false,
      columns: 80,
    };
    const { id } = must(
      api.createContainer({
        image: 'deb',
        cmd: ['sh', '-c', 'echo hi $HOSTNAME; sleep 3; echo x > /tmp/f; hostname'],
      }),
    );
    must(api.attachContainer(id, { stdout: out, stderr: out }));
    const t0 = clock.now();
    must(api.startContainer(id));
    expect(must(await api.waitContainer(id)).statusCode).toBe(0);
    expect(clock.now() - t0).toBe(3000);
    expect(out.text).toBe(`hi ${id.slice(0, 12)}\n${id.slice(0, 12)}\n`);
    expect(must(api.containerDiff(id)).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /tmp',
      'A /tmp/f',
    ]);
  });
});
