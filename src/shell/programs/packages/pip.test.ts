import { describe, expect, it } from 'vitest';
import { createLab, run, seed } from '../../coreutils/test-context';
import { pip } from './pip';

describe('pip', () => {
  it('a pin the mirror cannot meet fails as pip does; -q keeps the root warning, -qq hides it', async () => {
    const lab = createLab();
    seed(lab.fs, { '/usr/local/lib/python3.12/site-packages/': '' });
    const pinned = await run(lab, pip, ['install', 'flask==3.0.0']);
    expect(pinned).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'ERROR: Could not find a version that satisfies the requirement flask==3.0.0 (from versions: 3.0.3)\nERROR: No matching distribution found for flask==3.0.0\n',
    });
    const q = await run(lab, pip, ['install', '-q', 'flask>=3,<4']);
    expect(q.code).toBe(0);
    expect(q.stdout).toBe('');
    expect(q.stderr).toMatch(/^WARNING: Running pip as the 'root' user/);
    const qq = await run(lab, pip, ['install', '-qq', '--root-user-action=ignore', 'redis']);
    expect(qq).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('installs the seed Flask app requirements with the real lines', async () => {
    const lab = createLab();
    seed(lab.fs, {
      '/usr/local/lib/python3.12/site-packages/': '',
      '/app/requirements.txt': 'Flask\nRedis\n',
    });
    lab.cwd = '/app';
    const r = await run(lab, pip, [
      'install',
      '--trusted-host',
      'pypi.python.org',
      '-r',
      'requirements.txt',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Collecting Flask (from -r requirements.txt (line 1))');
    expect(lines[1]).toMatch(
      /^ {2}Downloading flask-3\.0\.3-py3-none-any\.whl\.metadata \([\d.]+ kB\)$/,
    );
    expect(lines[2]).toBe('Collecting Redis (from -r requirements.txt (line 2))');
    expect(r.stdout).toContain(
      'Collecting Werkzeug>=3.0.0 (from Flask->-r requirements.txt (line 1))\n',
    );
    expect(r.stdout).toContain(
      'Installing collected packages: MarkupSafe, blinker, click, itsdangerous, Jinja2, Werkzeug, redis, Flask\n',
    );
    expect(r.stdout).toContain(
      'Successfully installed Flask-3.0.3 Jinja2-3.1.4 MarkupSafe-2.1.5 Werkzeug-3.0.3 blinker-1.8.2 click-8.1.7 itsdangerous-2.2.0 redis-5.0.7\n',
    );
    expect(r.stderr).toMatch(/^WARNING: Running pip as the 'root' user/);
    expect(lab.fs.exists('/usr/local/lib/python3.12/site-packages/flask/app.py')).toBe(true);
    expect(
      lab.fs.readText('/usr/local/lib/python3.12/site-packages/Flask-3.0.3.dist-info/INSTALLER'),
    ).toBe('pip\n');
    expect(lab.fs.exists('/root/.cache/pip/http-v2')).toBe(true);
    const again = await run(lab, pip, ['install', '-r', 'requirements.txt']);
    expect(again.stdout.split('\n')[0]).toBe(
      'Requirement already satisfied: Flask in /usr/local/lib/python3.12/site-packages (from -r requirements.txt (line 1)) (3.0.3)',
    );
    expect((await run(lab, pip, ['freeze'])).stdout).toContain('Flask==3.0.3\n');
  });

  it('fails on unknown projects and missing files', async () => {
    const lab = createLab();
    expect(await run(lab, pip, ['install', 'nosuchpkg'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'ERROR: Could not find a version that satisfies the requirement nosuchpkg (from versions: none)\nERROR: No matching distribution found for nosuchpkg\n',
    });
    expect((await run(lab, pip, ['install', '-r', 'nope.txt'])).stderr).toBe(
      "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'nope.txt'\n",
    );
  });

  it('uninstalls', async () => {
    const lab = createLab();
    seed(lab.fs, { '/usr/local/lib/python3.12/site-packages/': '' });
    await run(lab, pip, ['install', 'redis']);
    const r = await run(lab, pip, ['uninstall', '-y', 'redis']);
    expect(r.stdout).toBe(
      'Found existing installation: redis 5.0.7\nUninstalling redis-5.0.7:\n  Successfully uninstalled redis-5.0.7\n',
    );
    expect(lab.fs.exists('/usr/local/lib/python3.12/site-packages/redis')).toBe(false);
  });
});
