import { describe, expect, it } from 'vitest';
import { createLab, run } from '../../../coreutils/test-context';
import { centosRoot } from '../testing/fake-roots';
import { rpm } from './rpm';
import { yum } from './yum';

function du(lab: ReturnType<typeof createLab>, dir: string): number {
  let n = 0;
  const walk = (p: string): void => {
    for (const e of lab.fs.readdir(p)) {
      const c = `${p}/${e.name}`;
      if (e.type === 'dir') walk(c);
      else if (e.type === 'file') n += lab.fs.stat(c).size;
    }
  };
  if (lab.fs.exists(dir)) walk(dir);
  return n;
}

describe('yum and rpm on CentOS 7', () => {
  it('installs httpd with the CentOS 7 layout and files', async () => {
    const lab = createLab();
    centosRoot(lab.fs);
    const r = await run(lab, yum, ['-y', 'install', 'httpd']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Loaded plugins: fastestmirror, ovl');
    expect(r.stdout).toContain(
      'Resolving Dependencies\n--> Running transaction check\n---> Package httpd.x86_64 0:2.4.6-99.el7.centos.1 will be installed\n',
    );
    expect(r.stdout).toContain(
      '\nDependencies Resolved\n\n' +
        '='.repeat(80) +
        '\n Package             Arch         Version                     Repository   Size\n',
    );
    expect(r.stdout).toContain(
      'Installing:\n httpd               x86_64       2.4.6-99.el7.centos.1       updates     2.6 M\n',
    );
    expect(r.stdout).toContain('Install  1 Package (+5 Dependent packages)\n');
    expect(r.stdout).toMatch(/ {2}Installing : apr-1\.4\.8-7\.el7\.x86_64 +\d\/6\n/);
    expect(r.stdout).toContain(
      '\nInstalled:\n  httpd.x86_64 0:2.4.6-99.el7.centos.1\n\nDependency Installed:\n',
    );
    expect(r.stdout.endsWith('\nComplete!\n')).toBe(true);
    expect(r.stderr).toContain('NOKEY');
    expect(lab.fs.readText('/etc/httpd/conf/httpd.conf')).toContain('DocumentRoot "/var/www/html"');
    expect(lab.fs.stat('/var/www/html').type).toBe('dir');
    expect(lab.fs.stat('/usr/sbin/httpd').mode).toBe(0o755);
    const qa = await run(lab, rpm, ['-qa']);
    expect(qa.stdout).toContain('httpd-2.4.6-99.el7.centos.1.x86_64\n');
    expect(qa.stdout).toContain('gpg-pubkey-f4a80eb5-53a7ff4b\n');
    expect(qa.stdout).toContain('bash-4.2.46-31.el7.x86_64\n');
    expect((await run(lab, rpm, ['--rebuilddb'])).code).toBe(0);
    expect((await run(lab, rpm, ['-q', 'httpd'])).stdout).toBe(
      'httpd-2.4.6-99.el7.centos.1.x86_64\n',
    );
  });

  it('-q keeps only the NOKEY warning and the GPG key import', async () => {
    const lab = createLab();
    centosRoot(lab.fs);
    const r = await run(lab, yum, ['install', '-y', '-q', 'net-tools']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: \/var\/cache\/yum\/.*: NOKEY\n$/);
    expect(r.stdout.split('\n')[0]).toBe('Importing GPG key 0xF4A80EB5:');
    expect(r.stdout).toMatch(/\n From {7}: \/etc\/pki\/rpm-gpg\/RPM-GPG-KEY-CentOS-7\n$/);
    expect(r.stdout.split('\n')).toHaveLength(6);
    expect(lab.fs.exists('/sbin/ifconfig') || lab.fs.exists('/usr/sbin/ifconfig')).toBe(true);
  });

  it('yum clean all removes the metadata cache that makes layers big', async () => {
    const lab = createLab();
    centosRoot(lab.fs);
    await run(lab, yum, ['-y', 'install', 'httpd']);
    expect(du(lab, '/var/cache/yum')).toBeGreaterThan(100_000_000);
    const c = await run(lab, yum, ['clean', 'all']);
    expect(c.stdout).toBe(
      'Loaded plugins: fastestmirror, ovl\nCleaning repos: base extras updates\nCleaning up list of fastest mirrors\n',
    );
    expect(du(lab, '/var/cache/yum')).toBe(0);
  });

  it('nginx needs EPEL; yum-plugin-ovl is already there', async () => {
    const lab = createLab();
    centosRoot(lab.fs);
    const n = await run(lab, yum, ['-y', 'install', 'nginx']);
    expect(n.code).toBe(1);
    expect(n.stdout).toContain('No package nginx available.\n');
    expect(n.stderr).toBe('Error: Nothing to do\n');
    const o = await run(lab, yum, ['-y', 'install', 'yum-plugin-ovl']);
    expect(o.stdout).toContain(
      'Package yum-plugin-ovl-1.1.31-50.el7.noarch already installed and latest version\nNothing to do\n',
    );
    expect((await run(lab, yum, ['-y', 'install', 'epel-release'])).code).toBe(0);
    const ok = await run(lab, yum, ['-y', 'install', 'nginx']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(' * epel: ');
    expect(lab.fs.readText('/etc/nginx/nginx.conf')).toContain('worker_processes auto;');
  });

  it('without -y and no terminal, yum exits on user command', async () => {
    const lab = createLab();
    centosRoot(lab.fs);
    const r = await run(lab, yum, ['install', 'wget']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Is this ok [y/d/N]: \nExiting on user command\n');
    expect(lab.fs.exists('/usr/bin/wget')).toBe(false);
  });
});

describe('yum on CentOS 8 (end of life)', () => {
  it('fails to fetch AppStream metadata as dnf does today; clean all still works', async () => {
    const lab = createLab();
    centosRoot(lab.fs);
    lab.fs.writeFile('/etc/os-release', 'NAME="CentOS Linux"\nID="centos"\nVERSION_ID="8"\n');
    const r = await run(lab, yum, ['install', '-y', 'httpd']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^CentOS Linux 8 - AppStream +0\.0 {2}B\/s \| {3}0 {2}B {5}00:00 {4}\n$/,
    );
    expect(r.stderr).toContain(
      "Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: Curl error (6)",
    );
    expect(lab.fs.exists('/usr/sbin/httpd')).toBe(false);
    expect(await run(lab, yum, ['clean', 'all'])).toMatchObject({
      code: 0,
      stdout: '0 files removed\n',
    });
  });
});
