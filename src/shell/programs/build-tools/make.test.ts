import { describe, expect, it } from 'vitest';
import { redisTarballData } from '../../../engine/world';
import { coreutils } from '../../coreutils';
import { createLab, run, seed } from '../../coreutils/test-context';
import { createHarness } from '../../testing/harness';
import { archivePrograms } from '../archive';
import { make } from './make';
import { gcc } from './gcc';

async function redisTree(withCc = true): Promise<ReturnType<typeof createLab>> {
  const lab = createLab();
  lab.fs.writeFile('/redis.tar.gz', redisTarballData());
  lab.fs.mkdir('/usr/src/redis', { recursive: true });
  lab.fs.mkdir('/usr/bin', { recursive: true });
  if (withCc)
    lab.fs.writeFile('/usr/bin/gcc', { kind: 'blob', size: 1, digest: 'x' }, { mode: 0o755 });
  await run(lab, archivePrograms.tar, [
    '-xzf',
    '/redis.tar.gz',
    '-C',
    '/usr/src/redis',
    '--strip-components=1',
  ]);
  return lab;
}

describe('make', () => {
  it('builds redis with the real lines and creates the binaries', async () => {
    const lab = await redisTree();
    const t0 = lab.clock.now();
    const r = await run(lab, make, ['-C', '/usr/src/redis']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      "make: Entering directory '/usr/src/redis'",
      'cd src && make all',
      "make[1]: Entering directory '/usr/src/redis/src'",
      '    CC Makefile.dep',
    ]);
    expect(lines).toContain('    CC adlist.o');
    expect(lines).toContain('    LINK redis-server');
    expect(r.stdout).toContain("\nHint: It's a good idea to run 'make test' ;)\n\n");
    expect(lines.slice(-3)).toEqual([
      "make[1]: Leaving directory '/usr/src/redis/src'",
      "make: Leaving directory '/usr/src/redis'",
      '',
    ]);
    const server = lab.fs.stat('/usr/src/redis/src/redis-server');
    expect(server.size).toBeGreaterThan(7_500_000);
    expect(server.mode).toBe(0o755);
    expect(lab.fs.exists('/usr/src/redis/src/redis-cli')).toBe(true);
    expect(lab.fs.exists('/usr/src/redis/src/redis-benchmark')).toBe(true);
    expect(lab.clock.now() - t0).toBeGreaterThan(30_000);

    const inst = await run(lab, make, ['-C', '/usr/src/redis', 'install']);
    expect(inst.code).toBe(0);
    expect(inst.stdout.split('\n').filter((l) => l === '    INSTALL install')).toHaveLength(5);
    expect(lab.fs.stat('/usr/local/bin/redis-server').size).toBe(server.size);
    expect(lab.fs.readlink('/usr/local/bin/redis-sentinel')).toBe('redis-server');
  });

  it('MALLOC=libc skips jemalloc; -j is faster', async () => {
    const lab = await redisTree();
    lab.cwd = '/usr/src/redis';
    const t0 = lab.clock.now();
    const r = await run(lab, make, ['-j4', 'MALLOC=libc']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('echo MALLOC=libc >> .make-settings');
    expect(r.stdout).not.toContain('MAKE jemalloc');
    expect(r.stdout.startsWith('cd src && make all\n')).toBe(true);
    expect(lab.clock.now() - t0).toBeLessThan(20_000);
  });

  it('fails as the redis build does without a C compiler', async () => {
    const lab = await redisTree(false);
    const r = await run(lab, make, ['-C', '/usr/src/redis']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'make[3]: cc: No such file or directory\nmake[3]: *** [Makefile:156: net.o] Error 127\n',
    );
    expect(r.stderr.endsWith('make: *** [Makefile:6: all] Error 2\n')).toBe(true);
    expect(lab.fs.exists('/usr/src/redis/src/redis-server')).toBe(false);
  });

  it('says there is no makefile', async () => {
    const lab = createLab();
    expect(await run(lab, make, [])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'make: *** No targets specified and no makefile found.  Stop.\n',
    });
    expect((await run(lab, make, ['install'])).stderr).toBe(
      "make: *** No rule to make target 'install'.  Stop.\n",
    );
    expect((await run(lab, make, ['-C', '/nope'])).stderr).toBe(
      'make: *** /nope: No such file or directory.  Stop.\n',
    );
  });

  it('runs a learner Makefile through the shell, with up-to-date checks', async () => {
    const h = createHarness({ commands: { ...coreutils, make } });
    seed(h.fs, {
      '/p/Makefile':
        'OUT = hello.txt\n\nall: $(OUT)\n\n$(OUT): src.txt\n\tcat $< > $@\n\t@echo built $@\n\nclean:\n\trm -f $(OUT)\n\n.PHONY: all clean\n',
      '/p/src.txt': 'hi\n',
    });
    const [out, status] = await h.sh('cd /p && make');
    expect(status).toBe(0);
    expect(out.replace(/\r/g, '')).toBe('cat src.txt > hello.txt\nbuilt hello.txt\n');
    expect(h.fs.readText('/p/hello.txt')).toBe('hi\n');
    const [again] = await h.sh('make hello.txt');
    expect(again.replace(/\r/g, '')).toBe("make: 'hello.txt' is up to date.\n");
    const [fail, s2] = await h.sh('make nothere');
    expect(s2).toBe(2);
    expect(fail.replace(/\r/g, '')).toBe("make: *** No rule to make target 'nothere'.  Stop.\n");
  });
});

describe('gcc', () => {
  it('prints its version and compiles to a blob', async () => {
    const lab = createLab();
    seed(lab.fs, {
      '/etc/os-release': 'ID=debian\nVERSION_ID="12"\n',
      '/h.c': 'int main(){return 0;}\n',
    });
    expect((await run(lab, gcc, ['--version'])).stdout.split('\n')[0]).toBe(
      'gcc (Debian 12.2.0-14) 12.2.0',
    );
    expect((await run(lab, gcc, ['-o', '/h', '/h.c'])).code).toBe(0);
    expect(lab.fs.stat('/h')).toMatchObject({ mode: 0o755 });
    expect(await run(lab, gcc, [])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'gcc: fatal error: no input files\ncompilation terminated.\n',
    });
  });
});
