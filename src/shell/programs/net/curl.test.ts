import { describe, expect, it } from 'vitest';
import { EXAMPLE_HTML } from '../../../engine/world/sites/example';
import { createLab, run, seed } from '../../coreutils/test-context';
import { netPrograms } from '.';

const curl = netPrograms.curl;

describe('curl', () => {
  it('prints a page to the terminal without a meter', async () => {
    const lab = createLab();
    expect(await run(lab, curl, ['example.com'], { tty: true })).toEqual({
      code: 0,
      stdout: EXAMPLE_HTML,
      stderr: '',
    });
  });

  it('shows the meter when writing to a file, and -s hides it', async () => {
    const lab = createLab();
    seed(lab.fs, { '/d/': '' });
    lab.cwd = '/d';
    const r = await run(lab, curl, ['-O', 'http://download.redis.io/releases/redis-5.0.3.tar.gz'], {
      tty: true,
    });
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
    );
    expect(lines[2]).toMatch(/^100 1913k {2}100 1913k {4}0 {5}0 {2}[ \d]{4}k {6}0 /);
    expect(lab.fs.readFile('/d/redis-5.0.3.tar.gz')).toMatchObject({ kind: 'blob', size: 1959445 });
    expect(await run(lab, curl, ['-so', 'x.html', 'http://example.com/'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(lab.fs.readText('/d/x.html')).toBe(EXAMPLE_HTML);
  });

  it('-I and -i show the headers; -v traces the exchange', async () => {
    const lab = createLab();
    const head = await run(lab, curl, ['-sI', 'http://example.com/']);
    expect(head.stdout).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(head.stdout).toMatch(/Content-Length: \d+\r\n/);
    expect(head.stdout.endsWith('\r\n\r\n')).toBe(true);
    const inc = await run(lab, curl, ['-si', 'http://example.com/']);
    expect(inc.stdout.endsWith(EXAMPLE_HTML)).toBe(true);
    const v = await run(lab, curl, ['-v', 'http://example.com/'], { tty: true });
    expect(v.stderr).toContain(
      '*   Trying 93.184.215.14:80...\n* Connected to example.com (93.184.215.14) port 80 (#0)\n> GET / HTTP/1.1\n> Host: example.com\n> User-Agent: curl/7.88.1\n> Accept: */*\n> \n< HTTP/1.1 200 OK\n',
    );
    expect(v.stderr.endsWith('* Connection #0 to host example.com left intact\n')).toBe(true);
  });

  it('fails as curl does: 6, 7, 22, binary to a terminal, no URL', async () => {
    const lab = createLab();
    expect(await run(lab, curl, ['http://nosuch.example/'])).toEqual({
      code: 6,
      stdout: '',
      stderr: 'curl: (6) Could not resolve host: nosuch.example\n',
    });
    expect((await run(lab, curl, ['-s', 'nosuch.example'])).stderr).toBe('');
    expect((await run(lab, curl, ['-sS', 'nosuch.example'])).stderr).toBe(
      'curl: (6) Could not resolve host: nosuch.example\n',
    );
    expect(await run(lab, curl, ['localhost:8082'], { tty: true })).toEqual({
      code: 7,
      stdout: '',
      stderr:
        "curl: (7) Failed to connect to localhost port 8082 after 0 ms: Couldn't connect to server\n",
    });
    const f = await run(lab, curl, ['-f', 'http://example.com/missing'], { tty: true });
    expect(f).toEqual({
      code: 22,
      stdout: '',
      stderr: 'curl: (22) The requested URL returned error: 404\n',
    });
    const nf = await run(lab, curl, ['http://example.com/missing'], { tty: true });
    expect(nf.code).toBe(0);
    expect(nf.stdout).toContain('404 Not Found');
    const bin = await run(lab, curl, ['http://download.redis.io/releases/redis-5.0.3.tar.gz'], {
      tty: true,
    });
    expect(bin.code).toBe(23);
    expect(bin.stderr).toContain('Warning: Binary output can mess up your terminal.');
    expect(await run(lab, curl, [])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    });
    expect((await run(lab, curl, ['ftp://x/'])).stderr).toBe(
      'curl: (1) Protocol "ftp" not supported\n',
    );
  });

  it('-L follows redirects; -XGET glued works', async () => {
    const lab = createLab();
    const r = await run(lab, curl, ['-sL', 'http://pypi.python.org/'], { tty: true });
    expect(r.stdout).toContain('PyPI');
    const x = await run(lab, curl, ['-XGET', 'http://example.com/'], { tty: true });
    expect(x.code).toBe(0);
    expect((await run(lab, curl, ['--version'])).stdout).toMatch(/^curl 7\.88\.1 /);
  });
});
