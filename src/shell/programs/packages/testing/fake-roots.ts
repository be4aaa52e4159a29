// Small fake root filesystems for tests: the files the package managers read to know where they
// are (os-release, the package database) and the programs the seeds' commands need on PATH.

import type { FileSystem } from '../../../../engine/fs/types';
import { debianCatalog } from '../catalog/debian';

function bin(fs: FileSystem, path: string): void {
  fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  fs.writeFile(path, { kind: 'blob', size: 1000, digest: `sha256:${path}` }, { mode: 0o755 });
  fs.chmod(path, 0o755);
}

export function debianRoot(fs: FileSystem, codename = 'bookworm', version = '12'): void {
  for (const d of [
    '/etc/apt/apt.conf.d',
    '/var/lib/dpkg/info',
    '/var/lib/apt/lists/partial',
    '/var/cache/apt/archives/partial',
    '/root',
    '/tmp',
    '/usr/local/bin',
    '/usr/src',
  ])
    fs.mkdir(d, { recursive: true });
  fs.writeFile(
    '/etc/os-release',
    `PRETTY_NAME="Debian GNU/Linux ${version} (${codename})"\nNAME="Debian GNU/Linux"\nVERSION_ID="${version}"\nVERSION="${version} (${codename})"\nVERSION_CODENAME=${codename}\nID=debian\n`,
  );
  fs.writeFile(
    '/etc/apt/apt.conf.d/docker-clean',
    'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\n',
  );
  const status = debianCatalog.base
    .map(
      (p) =>
        `Package: ${p}\nStatus: install ok installed\nPriority: required\nArchitecture: amd64\nVersion: 1.0\nDescription: ${p}\n`,
    )
    .join('\n');
  fs.writeFile('/var/lib/dpkg/status', status);
  for (const b of [
    '/bin/sh',
    '/bin/bash',
    '/bin/tar',
    '/bin/gzip',
    '/bin/mkdir',
    '/bin/rm',
    '/bin/ls',
    '/bin/cat',
    '/usr/bin/apt-get',
    '/usr/bin/apt',
    '/usr/bin/dpkg',
  ])
    bin(fs, b);
}

export function centosRoot(fs: FileSystem): void {
  for (const d of [
    '/etc/yum/pluginconf.d',
    '/etc/yum.repos.d',
    '/var/lib/rpm',
    '/var/cache/yum',
    '/root',
    '/tmp',
  ])
    fs.mkdir(d, { recursive: true });
  fs.writeFile(
    '/etc/os-release',
    'NAME="CentOS Linux"\nVERSION="7 (Core)"\nID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="7"\nPRETTY_NAME="CentOS Linux 7 (Core)"\n',
  );
  fs.writeFile('/etc/yum/pluginconf.d/ovl.conf', '[main]\nenabled=1\n');
  fs.writeFile('/var/lib/rpm/Packages', {
    kind: 'blob',
    size: 12_000_000,
    digest: 'sha256:centos7-image-rpmdb',
  });
  for (const b of ['/bin/sh', '/bin/bash', '/usr/bin/yum', '/usr/bin/rpm', '/usr/bin/curl'])
    bin(fs, b);
}

export function alpineRoot(fs: FileSystem): void {
  for (const d of ['/etc/apk', '/lib/apk/db', '/var/cache/apk', '/root', '/tmp'])
    fs.mkdir(d, { recursive: true });
  fs.writeFile(
    '/etc/os-release',
    'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"\n',
  );
  fs.writeFile(
    '/etc/apk/world',
    'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n',
  );
  for (const b of ['/bin/sh', '/sbin/apk']) bin(fs, b);
}
