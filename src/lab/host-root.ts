// The host's root filesystem until the engine offers one: a memory filesystem with the usual
// directories and a file on PATH for each program the host shell can run (a program runs only
// when its file exists, as on a real machine). Replace with the engine's host root when it lands.

import type { Clock } from '../engine/clock/clock';
import { blobData, createMemoryFs } from '../engine/storage';
import type { FileSystem } from '../engine/fs/types';

const DIRS = [
  '/root',
  '/tmp',
  '/usr/bin',
  '/usr/sbin',
  '/usr/local/bin',
  '/etc',
  '/home',
  '/var/lib/docker',
];

export function createHostRoot(clock: Clock, programs: readonly string[]): FileSystem {
  const fs = createMemoryFs(clock, { id: 'host' });
  for (const d of DIRS) fs.mkdir(d, { recursive: true });
  // A merged-/usr host, like current Ubuntu: /bin and /sbin are links into /usr.
  fs.symlink('usr/bin', '/bin');
  fs.symlink('usr/sbin', '/sbin');
  fs.chmod('/tmp', 0o1777);
  fs.writeFile('/etc/hostname', 'layerlab\n');
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n');
  fs.writeFile('/etc/group', 'root:x:0:\n');
  for (const name of ['sh', 'bash', ...programs])
    fs.writeFile(`/usr/bin/${name}`, blobData(64_000, name), { mode: 0o755 });
  return fs;
}
