// The Docker host's root filesystem: an Ubuntu-like machine with the engine's /var/lib/docker
// generated underneath (read-only to the learner, see src/engine/storage README), and a file on
// PATH for each program the host shell can run (a program runs only when its file exists, as on
// a real machine).

import type { Clock } from '../engine/clock/clock';
import { blobData, createHostFs, type DockerRootState } from '../engine/storage';
import type { FileSystem } from '../engine/fs/types';

const DIRS = [
  '/root',
  '/tmp',
  '/usr/bin',
  '/usr/sbin',
  '/usr/local/bin',
  '/etc',
  '/home',
  '/etc/docker',
  '/var/run',
  '/var/log',
];

const OS_RELEASE = `PRETTY_NAME="Ubuntu 24.04.1 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.1 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`;

export function createHostRoot(
  clock: Clock,
  programs: readonly string[],
  dockerState?: () => DockerRootState,
): FileSystem {
  const fs = createHostFs({ clock, ...(dockerState ? { dockerState } : {}) });
  for (const d of DIRS) fs.mkdir(d, { recursive: true });
  // A merged-/usr host, like current Ubuntu: /bin and /sbin are links into /usr.
  fs.symlink('usr/bin', '/bin');
  fs.symlink('usr/sbin', '/sbin');
  fs.chmod('/tmp', 0o1777);
  fs.writeFile('/etc/hostname', 'layerlab\n');
  fs.writeFile('/etc/os-release', OS_RELEASE);
  fs.writeFile('/etc/hosts', '127.0.0.1\tlocalhost\n127.0.1.1\tlayerlab\n');
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n');
  fs.writeFile('/etc/group', 'root:x:0:\n');
  for (const name of ['sh', 'bash', ...programs])
    fs.writeFile(`/usr/bin/${name}`, blobData(64_000, name), { mode: 0o755 });
  return fs;
}
