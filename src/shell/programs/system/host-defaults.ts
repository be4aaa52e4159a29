// What a plain Docker host looks like when the machine gives no provider (SystemInfo): systemd
// as PID 1, containerd, dockerd, sshd and the learner's login bash; eth0 10.0.2.15/24 behind a
// NAT gateway, docker0 172.17.0.1/16 without containers; 4 GiB of memory, 2 CPUs. The host
// booted 23 minutes before the lab's first instant, so uptime grows with lab time.

import { LAB_EPOCH_MS } from '../../../engine/clock/clock';
import type { CommandContext, MemoryInfo, NetInterface, ProcessInfo, RouteInfo } from '../../types';

export const DOCKERD_COMMAND =
  '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock';
const DOCKERD_PID = 842;
const BOOT_MS = LAB_EPOCH_MS - (23 * 60 + 11) * 1000;

export function uptimeMs(ctx: CommandContext): number {
  return Math.max(0, ctx.system.uptimeMs?.() ?? ctx.clock.now() - BOOT_MS);
}

export function bootMs(ctx: CommandContext): number {
  return ctx.clock.now() - uptimeMs(ctx);
}

export function dockerdPid(ctx: CommandContext): number {
  return ctx.system.daemon?.mainPid?.() ?? DOCKERD_PID;
}

export function processes(ctx: CommandContext): readonly ProcessInfo[] {
  const given = ctx.system.processes?.();
  if (given) return given;
  const boot = bootMs(ctx);
  const running = ctx.system.daemon?.isRunning() ?? true;
  const list: ProcessInfo[] = [
    {
      pid: 1,
      ppid: 0,
      uid: 0,
      command: '/sbin/init',
      comm: 'systemd',
      stat: 'Ss',
      vszKb: 167_744,
      rssKb: 11_520,
      cpuMs: 2_140,
    },
    {
      pid: 2,
      ppid: 0,
      uid: 0,
      command: '[kthreadd]',
      comm: 'kthreadd',
      stat: 'S',
      vszKb: 0,
      rssKb: 0,
    },
    {
      pid: 312,
      ppid: 1,
      uid: 0,
      command: '/usr/lib/systemd/systemd-journald',
      comm: 'systemd-journal',
      stat: 'Ss',
      vszKb: 47_880,
      rssKb: 15_232,
      cpuMs: 310,
    },
    {
      pid: 589,
      ppid: 1,
      uid: 0,
      command: '/usr/bin/containerd',
      comm: 'containerd',
      stat: 'Ssl',
      vszKb: 1_875_432,
      rssKb: 47_104,
      cpuMs: 1_020,
    },
  ];
  if (running)
    list.push({
      pid: dockerdPid(ctx),
      ppid: 1,
      uid: 0,
      command: DOCKERD_COMMAND,
      comm: 'dockerd',
      stat: 'Ssl',
      vszKb: 2_493_832,
      rssKb: 88_412,
      cpuMs: 1_203,
      startMs: ctx.system.daemon?.startedAtMs?.() ?? boot + 4_000,
    });
  list.push(
    {
      pid: 871,
      ppid: 1,
      uid: 0,
      command: 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups',
      comm: 'sshd',
      stat: 'Ss',
      vszKb: 15_436,
      rssKb: 9_216,
    },
    {
      pid: 1204,
      ppid: 871,
      uid: 0,
      command: 'sshd: root@pts/0',
      comm: 'sshd',
      stat: 'Ss',
      vszKb: 17_184,
      rssKb: 10_880,
      startMs: LAB_EPOCH_MS,
    },
    {
      pid: 1287,
      ppid: 1204,
      uid: 0,
      command: '-bash',
      comm: 'bash',
      tty: 'pts/0',
      stat: 'Ss',
      vszKb: 8_652,
      rssKb: 5_376,
      startMs: LAB_EPOCH_MS,
      cpuMs: 40,
    },
  );
  return list;
}

export function interfaces(ctx: CommandContext): readonly NetInterface[] {
  const given = ctx.system.interfaces?.();
  if (given) return given;
  return [
    {
      name: 'lo',
      index: 1,
      kind: 'loopback',
      mtu: 65536,
      up: true,
      carrier: true,
      ipv4: [{ address: '127.0.0.1', prefix: 8 }],
    },
    {
      name: 'eth0',
      index: 2,
      kind: 'ether',
      mac: '52:54:00:12:34:56',
      mtu: 1500,
      up: true,
      carrier: true,
      ipv4: [{ address: '10.0.2.15', prefix: 24 }],
      rxBytes: 1_843_263,
      rxPackets: 1_523,
      txBytes: 112_410,
      txPackets: 1_087,
    },
    {
      name: 'docker0',
      index: 3,
      kind: 'bridge',
      mac: '02:42:8f:3a:1c:5e',
      mtu: 1500,
      up: true,
      carrier: false,
      ipv4: [{ address: '172.17.0.1', prefix: 16 }],
    },
  ];
}

export function routes(ctx: CommandContext): readonly RouteInfo[] {
  const given = ctx.system.routes?.();
  if (given) return given;
  return [
    { dest: 'default', via: '10.0.2.2', dev: 'eth0', proto: 'dhcp', src: '10.0.2.15', metric: 100 },
    {
      dest: '10.0.2.0/24',
      dev: 'eth0',
      proto: 'kernel',
      scope: 'link',
      src: '10.0.2.15',
      metric: 100,
    },
    { dest: '10.0.2.2', dev: 'eth0', proto: 'dhcp', scope: 'link', src: '10.0.2.15', metric: 100 },
    {
      dest: '172.17.0.0/16',
      dev: 'docker0',
      proto: 'kernel',
      scope: 'link',
      src: '172.17.0.1',
      linkdown: true,
    },
  ];
}

/** A plain Docker host's /proc/mounts, before any container runs. */
export const HOST_MOUNTS: readonly string[] = [
  'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  'udev /dev devtmpfs rw,nosuid,relatime,size=1967168k,nr_inodes=491792,mode=755,inode64 0 0',
  'devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=000 0 0',
  'tmpfs /run tmpfs rw,nosuid,nodev,noexec,relatime,size=402520k,mode=755,inode64 0 0',
  '/dev/vda1 / ext4 rw,relatime,discard,errors=remount-ro 0 0',
  'tmpfs /dev/shm tmpfs rw,nosuid,nodev,inode64 0 0',
  'cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0',
  '/dev/vda15 /boot/efi vfat rw,relatime,fmask=0077,dmask=0077,codepage=437,iocharset=iso8859-1,shortname=mixed,errors=remount-ro 0 0',
];

export function mounts(ctx: CommandContext): readonly string[] {
  return ctx.system.mounts?.() ?? HOST_MOUNTS;
}

export function memory(ctx: CommandContext): MemoryInfo {
  return (
    ctx.system.memory?.() ?? {
      totalKb: 4_025_204,
      freeKb: 2_514_320,
      availableKb: 3_311_876,
      buffersKb: 61_412,
      cachedKb: 664_036,
      sharedKb: 12_288,
      swapTotalKb: 2_097_148,
      swapFreeKb: 2_097_148,
    }
  );
}

export function cpus(ctx: CommandContext): number {
  return ctx.system.cpus ?? 2;
}

const KNOWN_HOSTS: Readonly<Record<string, string>> = {
  localhost: '127.0.0.1',
  'docker.io': '54.236.113.205',
  'registry-1.docker.io': '54.236.113.205',
  'hub.docker.com': '52.1.184.176',
  'download.redis.io': '45.60.121.1',
  'deb.debian.org': '151.101.2.132',
  'archive.ubuntu.com': '91.189.91.82',
  'example.com': '93.184.215.14',
  'www.example.com': '93.184.215.14',
  'google.com': '142.250.185.78',
  'www.google.com': '142.250.185.100',
  'github.com': '140.82.121.4',
};

/** Name → IPv4, or null. An address resolves to itself; the machine's own name to 127.0.1.1. */
export function resolveHost(ctx: CommandContext, name: string): string | null {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return name;
  if (ctx.system.resolveHost) return ctx.system.resolveHost(name);
  if (name === ctx.system.hostname) return '127.0.1.1';
  return KNOWN_HOSTS[name.toLowerCase()] ?? null;
}

/** `root` for uid 0, else from /etc/passwd when readable, else the number. */
export function userName(ctx: CommandContext, uid: number, given?: string): string {
  if (given) return given;
  if (uid === 0) return 'root';
  try {
    for (const line of ctx.fs.readText('/etc/passwd').split('\n')) {
      const f = line.split(':');
      if (f[2] === String(uid)) return f[0];
    }
  } catch {
    // no passwd file: the number it is
  }
  return String(uid);
}
