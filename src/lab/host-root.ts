// The Docker host's root filesystem: an Ubuntu-like machine with the engine's /var/lib/docker
// generated underneath once the engine is in (read-only to the learner, see src/engine/storage
// README), and a file on PATH for each program the host shell can run (a program runs only when
// its file exists, as on a real machine).

import { LAB_EPOCH_MS, type Clock } from '../engine/clock/clock';
import type { FileSystem } from '../engine/fs/types';
// Straight from the files, not the storage barrel: a chunk takes whatever its static imports
// reach, and the barrel reaches every storage module.
import { Changeset, type ReadonlyChangeset } from '../engine/storage/changeset';
import { blobData } from '../engine/storage/file-data';
import { createUnionMount } from '../engine/storage/union-mount';

/**
 * Docker's data root (engine/storage's DOCKER_ROOT, which host-root.test.ts checks), spelled out:
 * importing it would bring its module's digest helpers into the first chunk.
 */
export const HOST_DOCKER_ROOT = '/var/lib/docker';

export interface HostRoot {
  readonly fs: FileSystem;
  /**
   * Put the engine's generated /var/lib/docker under the host (src/engine/storage's
   * dockerRootChangeset). It comes with the engine's chunk; until then only its top directories
   * are there, which no command sees: the host shell runs commands only once the engine is in.
   */
  setDockerRoot(changes: ReadonlyChangeset): void;
}

/**
 * /var/lib/docker as a new engine's generated tree begins (src/engine/storage/docker-root-view.ts:
 * the root and its parents, 0710 and 0755 at the lab epoch), standing in until the engine brings
 * the whole tree. Building the host on the same parents as before keeps it the same host: its
 * copy-ups, and so its inode numbers, come out as they always did.
 */
function dockerRootTop(): Changeset {
  const top = new Changeset();
  const dir = (mode: number) =>
    ({ kind: 'dir', mode, uid: 0, gid: 0, mtimeMs: LAB_EPOCH_MS, opaque: false }) as const;
  for (const key of ['/', '/var', '/var/lib']) top.set(key, dir(0o755));
  top.set(HOST_DOCKER_ROOT, dir(0o710));
  return top;
}

/** A lower layer that shows `target` once it is set, and the top of an empty tree before. */
function deferredChangeset(): { changes: ReadonlyChangeset; set(c: ReadonlyChangeset): void } {
  let target: ReadonlyChangeset = dockerRootTop();
  return {
    set: (c) => (target = c),
    changes: {
      get: (key) => target.get(key),
      childNames: (dir) => target.childNames(dir),
      get opaqueCount() {
        return target.opaqueCount;
      },
      get size() {
        return target.size;
      },
      keys: () => target.keys(),
      entries: () => target.entries(),
    },
  };
}

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

export function createHostRoot(clock: Clock, programs: readonly string[]): HostRoot {
  const dockerRoot = deferredChangeset();
  // What engine/storage's createHostFs makes, with the generated lower arriving later. Writes
  // under /var/lib/docker fail with EROFS: that tree is the engine's state, shown, not stored.
  const fs = createUnionMount({
    id: 'host',
    upperId: 'host',
    lowers: [{ id: 'docker-root', changes: dockerRoot.changes, dynamic: true }],
    readOnlyUnder: [HOST_DOCKER_ROOT],
    clock,
  });
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
  return { fs, setDockerRoot: dockerRoot.set };
}
