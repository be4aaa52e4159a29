import { describe, expect, it } from 'vitest';
import { renderPlain } from '../../console/screen';
import { buildLab } from './build-testing';

const screen = (s: string): string => renderPlain(s.replace(/\n/g, '\r\n'));

const DF = 'FROM alpine\nWORKDIR /app\nCOPY . .\nRUN echo hello\nEXPOSE 80\nCMD ["cat", "a.txt"]\n';

describe('docker build (BuildKit)', () => {
  it('draws the TTY list, tags without :latest in `naming to`, and rebuilds all CACHED to the same ID', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: DF, 'a.txt': 'A\n' });
    const first = await l.run(['build', '-t', 'demo', '.'], { tty: true });
    expect(first.code).toBe(0);
    const s1 = screen(first.stderr);
    expect(s1).toMatch(/^\[\+\] Building \d+\.\ds \(10\/10\) FINISHED {2,}docker:default$/m);
    expect(s1).toContain(' => [2/4] WORKDIR /app');
    expect(s1).toContain(' => => naming to docker.io/library/demo ');
    for (const line of s1.split('\n').filter((x) => x.startsWith(' =>')))
      expect(line.length).toBe(79);
    const id1 = /writing image (sha256:[0-9a-f]{64})/.exec(first.stderr)?.[1];
    const again = await l.run(['build', '-t', 'demo', '.'], { tty: true });
    const s2 = screen(again.stderr);
    expect(s2).toContain(' => CACHED [4/4] RUN echo hello');
    expect(/writing image (sha256:[0-9a-f]{64})/.exec(again.stderr)?.[1]).toBe(id1);
  });

  it("replays the step list at the page's pace: none at instant, stretched when slow", async () => {
    const timed = async (displayPace?: number): Promise<[number, string]> => {
      const l = buildLab();
      l.files('/ctx', { Dockerfile: DF, 'a.txt': 'A\n' });
      const r = await l.run(['build', '--no-cache', '-t', 'demo', '.'], { tty: true, displayPace });
      expect(r.code).toBe(0);
      const header = /Building (\d+\.\d)s/.exec(screen(r.stderr))?.[1] ?? '';
      return [r.sleptMs, header];
    };
    const [labTime, shown] = await timed();
    expect(labTime).toBeGreaterThan(0);
    // Instant: nothing waited, and the header still shows the build's own duration.
    expect(await timed(0)).toEqual([0, shown]);
    expect(await timed(1)).toEqual([labTime, shown]);
    expect((await timed(2.2))[0]).toBeGreaterThan(labTime * 2);
  });

  it('prints the plain progress with #N lines and RUN output', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: DF, 'a.txt': 'A\n' });
    const r = await l.run(['build', '--progress=plain', '.']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^#0 building with "default" instance using docker driver\n\n#1 \[internal\] load build definition from Dockerfile\n#1 transferring dockerfile: 80B done\n#1 DONE 0\.0s\n/,
    );
    expect(r.stderr).toMatch(/#\d+ \d\.\d{3} hello\n/);
    expect(r.stderr).not.toContain('naming to');
  });

  it('-q prints only the image ID', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: DF, 'a.txt': 'A\n' });
    const r = await l.run(['build', '-q', '.'], { tty: true });
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(r.stderr).toBe('');
  });

  it('fails on the trailing-comment pitfall with the excerpt', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: 'FROM alpine\nEXPOSE 80  # web port\n' });
    const r = await l.run(['build', '.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Dockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> EXPOSE 80  # web port\n--------------------\nERROR: failed to solve: invalid containerPort: #\n',
    );
  });

  it('fails a RUN with exit code 127 and shows its output', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: 'FROM alpine\nRUN foo\n' });
    const r = await l.run(['build', '.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(' > [2/2] RUN foo:\n');
    expect(r.stderr).toContain(
      'ERROR: failed to solve: process "/bin/sh -c foo" did not complete successfully: exit code: 127\n',
    );
  });

  it('reports unknown instructions, a missing COPY source and an image that exists nowhere', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: 'FORM alpine\n' });
    let r = await l.run(['build', '.']);
    expect(r.stderr).toContain(
      'ERROR: failed to solve: dockerfile parse error on line 1: unknown instruction: FORM (did you mean FROM?)\n',
    );
    l.files('/ctx', { Dockerfile: 'FROM alpine\nCOPY missing.txt /app/\n' });
    r = await l.run(['build', '.']);
    expect(r.stderr).toMatch(
      /ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref [0-9a-f-]{36}::[0-9a-z]{25}: "\/missing.txt": not found\n/,
    );
    l.files('/ctx', { Dockerfile: 'FROM nosuchimage\n' });
    r = await l.run(['build', '.']);
    expect(r.stderr).toContain(
      'ERROR: failed to solve: nosuchimage:latest: failed to resolve source metadata for docker.io/library/nosuchimage:latest: pull access denied',
    );
  });
});

describe('docker build (legacy, DOCKER_BUILDKIT=0)', () => {
  it('prints the banner, the context size and the Step stream; rebuilds use the cache', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: DF, 'a.txt': 'A\n' });
    const env = { DOCKER_BUILDKIT: '0' };
    const r = await l.run(['build', '-t', 'demo', '.'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^DEPRECATED: The legacy builder is deprecated/);
    expect(r.stdout).toMatch(
      /^Sending build context to Docker daemon {2}3\.072kB\nStep 1\/6 : FROM alpine\nlatest: Pulling from library\/alpine\n[0-9a-f]{12}: Pull complete\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for alpine:latest\n ---> [0-9a-f]{12}\nStep 2\/6 : WORKDIR \/app\n ---> Running in [0-9a-f]{12}\n ---> Removed intermediate container [0-9a-f]{12}\n ---> [0-9a-f]{12}\n/,
    );
    expect(r.stdout).toMatch(/Successfully built [0-9a-f]{12}\nSuccessfully tagged demo:latest\n$/);
    const again = await l.run(['build', '-t', 'demo', '.'], { env });
    expect(again.stdout.match(/ ---> Using cache/g)?.length).toBe(5);
    const h = await l.run(['history', '--no-trunc', '--format', '{{.CreatedBy}}', 'demo']);
    expect(h.stdout.split('\n').slice(0, 2)).toEqual([
      '/bin/sh -c #(nop)  CMD ["cat" "a.txt"]',
      '/bin/sh -c #(nop)  EXPOSE 80',
    ]);
  });

  it('passes a RUN exit code on', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: 'FROM alpine\nRUN foo\n' });
    const r = await l.run(['build', '.'], { env: { DOCKER_BUILDKIT: '0' } });
    expect(r.code).toBe(127);
    expect(r.stderr).toContain("The command '/bin/sh -c foo' returned a non-zero code: 127\n");
  });
});

describe('docker build: where the base image goes', () => {
  it('BuildKit keeps a pulled base in its own cache: not in `docker images`; a later pull finds its layers', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: 'FROM alpine\nRUN echo hi > /hi\n' });
    expect((await l.run(['build', '-t', 'demo', '.'])).code).toBe(0);
    const images = await l.run(['images', '--format', '{{.Repository}}:{{.Tag}}']);
    expect(images.stdout).toBe('demo:latest\n');
    const again = await l.run(['build', '-t', 'demo2', '.']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/#(\d+) \[2\/2\] RUN echo hi > \/hi\n#\1 CACHED\n/);
    const pull = await l.run(['pull', 'alpine']);
    expect(pull.stdout).toMatch(/[0-9a-f]{12}: Already exists\n/);
  });

  it('the legacy builder pulls the base into the image store', async () => {
    const l = buildLab();
    l.files('/ctx', { Dockerfile: 'FROM alpine\nRUN echo hi > /hi\n' });
    const r = await l.run(['build', '-t', 'demo', '.'], { env: { DOCKER_BUILDKIT: '0' } });
    expect(r.code).toBe(0);
    const images = await l.run(['images', '--format', '{{.Repository}}:{{.Tag}}']);
    expect(images.stdout).toBe('demo:latest\nalpine:latest\n');
  });

  it('an image already in the store stays there after a BuildKit build from it', async () => {
    const l = buildLab();
    await l.run(['pull', 'alpine']);
    l.files('/ctx', { Dockerfile: 'FROM alpine\nRUN echo hi > /hi\n' });
    expect((await l.run(['build', '-t', 'demo', '.'])).code).toBe(0);
    const images = await l.run(['images', '--format', '{{.Repository}}:{{.Tag}}']);
    expect(images.stdout).toBe('demo:latest\nalpine:latest\n');
  });
});

describe('docker build: a 10,000-line Dockerfile through the CLI', () => {
  it('BuildKit builds 10,000 ENV lines on a terminal; legacy refuses in one layerlab line', async () => {
    const l = buildLab();
    const lines = ['FROM alpine'];
    for (let i = 0; i < 9999; i++) lines.push(`ENV V${i}=${i}`);
    l.files('/ctx', { Dockerfile: `${lines.join('\n')}\n` });
    const r = await l.run(['build', '-t', 'many', '.'], { tty: true });
    expect(r.code).toBe(0);
    const legacy = await l.run(['build', '-t', 'many', '.'], { env: { DOCKER_BUILDKIT: '0' } });
    expect(legacy.code).toBe(1);
    expect(legacy.stderr).toContain(
      'layerlab: the legacy builder commits an image per instruction; the lab stops at 500 instructions (this Dockerfile has 10,000); BuildKit builds it\n',
    );
  }, 60_000);
});
