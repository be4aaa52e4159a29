// The system tools on a plain host (no providers) and with the providers a container or the lab
// supplies. Column layouts follow procps-ng 4, iproute2 6, net-tools 2.10 and systemd 255.

import { describe, expect, it } from 'vitest';
import { createHarness, testCat } from '../../testing/harness';
import type { DaemonControl, SystemInfo } from '../../types';
import { systemPrograms } from './index';
import { ago } from './docker-unit';
import { createManualClock } from '../../../engine/clock/clock';

/** systemd's timestamp: `Sun 2026-11-22 14:00:10 UTC`. */
function utc(ms: number): string {
  const d = new Date(ms).toISOString();
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(ms).getUTCDay()] ?? '';
  return `${day} ${d.slice(0, 10)} ${d.slice(11, 19)} UTC`;
}

function harness(system: Partial<SystemInfo> = {}) {
  return createHarness({ commands: { ...systemPrograms, cat: testCat }, system });
}

async function run(line: string, system: Partial<SystemInfo> = {}) {
  return harness(system).sh(line);
}

function fakeDaemon(): DaemonControl & { running: boolean } {
  const d = {
    running: true,
    isRunning: () => d.running,
    start: () => void (d.running = true),
    stop: () => void (d.running = false),
    mainPid: () => 842,
  };
  return d;
}

describe('ps', () => {
  it('ps aux: procps columns, the host defaults and its own line', async () => {
    const [out, status] = await run('ps aux | cat');
    const lines = out.split('\n');
    expect(status).toBe(0);
    expect(lines[0]).toBe(
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
    );
    expect(lines[1]).toBe(
      'root           1  0.2  0.3 167744 11520 ?        Ss   13:36   0:02 /sbin/init',
    );
    expect(out).toContain(
      ' /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock',
    );
    expect(lines[lines.length - 2]).toMatch(
      /^root {8}1288 .* pts\/0 {4}R\+ {3}14:00 {3}0:00 ps aux$/,
    );
  });
  it('ps -ef and plain ps', async () => {
    const [ef] = await run('ps -ef');
    expect(ef.split('\n')[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    expect(ef.split('\n')[1]).toBe(
      'root           1       0  0 13:36 ?        00:00:02 /sbin/init',
    );
    expect(await run('ps')).toEqual([
      '    PID TTY          TIME CMD\n   1287 pts/0    00:00:00 bash\n   1288 pts/0    00:00:00 ps\n',
      0,
    ]);
  });
  it('shows a container whose PID 1 is the main process', async () => {
    const [out] = await run('ps -ef | cat', {
      processes: () => [
        {
          pid: 1,
          ppid: 0,
          uid: 0,
          command: 'nginx: master process nginx -g daemon off;',
          stat: 'Ss',
        },
      ],
    });
    expect(out).toContain(
      'root           1       0  0 13:36 ?        00:00:00 nginx: master process nginx -g daemon off;\n',
    );
  });
});

describe('top, free, uptime, nproc', () => {
  it('top -b -n1 prints one frame', async () => {
    const [out, status] = await run('top -b -n1');
    const lines = out.split('\n');
    expect(status).toBe(0);
    expect(lines[0]).toBe('top - 14:00:00 up 23 min,  1 user,  load average: 0.08, 0.03, 0.01');
    expect(lines[1]).toBe('Tasks:   9 total,   1 running,   8 sleeping,   0 stopped,   0 zombie');
    expect(lines[6]).toBe(
      '    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND',
    );
    expect(lines[7]).toMatch(
      /^ {3}1288 root {6}20 {3}0 +11200 +4480 +3136 R +6\.2 +0\.1 +0:00\.00 top$/,
    );
    expect(await run('top')).toEqual([
      'layerlab: top: the interactive screen is not modelled; try top -b -n1\n',
      1,
    ]);
  });
  it('free -h, free, uptime, nproc', async () => {
    expect(await run('free -h')).toEqual([
      '               total        used        free      shared  buff/cache   available\n' +
        'Mem:           3.8Gi       767Mi       2.4Gi        12Mi       708Mi       3.2Gi\n' +
        'Swap:          2.0Gi          0B       2.0Gi\n',
      0,
    ]);
    expect((await run('free'))[0].split('\n')[1]).toBe(
      'Mem:         4025204      785436     2514320       12288      725448     3311876',
    );
    expect(await run('uptime')).toEqual([
      ' 14:00:00 up 23 min,  1 user,  load average: 0.08, 0.03, 0.01\n',
      0,
    ]);
    expect(await run('sleep 7200; uptime -p; nproc')).toEqual(['up 2 hours, 23 minutes\n2\n', 0]);
  });
});

describe('kill', () => {
  it('signals through the process table provider', async () => {
    const sent: [number, number][] = [];
    const system: Partial<SystemInfo> = {
      signal: (pid, sig) => {
        sent.push([pid, sig]);
        return pid === 7 ? 'ok' : pid === 1 ? 'permission' : 'no-such-process';
      },
    };
    expect(await run('kill -9 7; kill -TERM 7; kill -s HUP 7; kill 1; kill 99', system)).toEqual([
      'bash: kill: (1) - Operation not permitted\nbash: kill: (99) - No such process\n',
      1,
    ]);
    expect(sent).toEqual([
      [7, 9],
      [7, 15],
      [7, 1],
      [1, 15],
      [99, 15],
    ]);
  });
  it('kill -l lists signals; killing dockerd stops the daemon', async () => {
    const [list] = await run('kill -l');
    expect(list.split('\n')[0]).toBe(
      ' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP',
    );
    expect(await run('kill -l 9; kill -l KILL')).toEqual(['KILL\n9\n', 0]);
    const daemon = fakeDaemon();
    expect(await run('kill 842; systemctl is-active docker', { daemon })).toEqual([
      'inactive\n',
      3,
    ]);
  });
});

describe('ping', () => {
  it('prints a reply a lab second and the statistics', async () => {
    const h = harness();
    expect(await h.sh('ping -c 2 example.com')).toEqual([
      'PING example.com (93.184.215.14) 56(84) bytes of data.\n' +
        '64 bytes from example.com (93.184.215.14): icmp_seq=1 ttl=117 time=12.8 ms\n' +
        '64 bytes from example.com (93.184.215.14): icmp_seq=2 ttl=117 time=11.7 ms\n' +
        '\n--- example.com ping statistics ---\n' +
        '2 packets transmitted, 2 received, 0% packet loss, time 1002ms\n' +
        'rtt min/avg/max/mdev = 11.656/12.214/12.772/0.558 ms\n',
      0,
    ]);
  });
  it('resolves through the provider and fails on unknown names with status 2', async () => {
    const system = { resolveHost: (n: string) => (n === 'web' ? '172.17.0.2' : null) };
    expect(await run('ping -c 1 web', system)).toEqual([
      'PING web (172.17.0.2) 56(84) bytes of data.\n' +
        '64 bytes from web (172.17.0.2): icmp_seq=1 ttl=64 time=0.082 ms\n' +
        '\n--- web ping statistics ---\n' +
        '1 packets transmitted, 1 received, 0% packet loss, time 1ms\n' +
        'rtt min/avg/max/mdev = 0.082/0.082/0.082/0.000 ms\n',
      0,
    ]);
    expect(await run('ping nosuch')).toEqual(['ping: nosuch: Name or service not known\n', 2]);
  });
  it('stops at Ctrl+C with the statistics', async () => {
    let turns = 0;
    const h = createHarness({
      commands: { ...systemPrograms },
      sleep: async (_ms, signal) => {
        if (++turns === 3) h.tty.interrupt();
        return !signal.interrupted;
      },
    });
    const [out] = await h.sh('ping 10.0.2.2');
    expect(out).toContain('icmp_seq=3 ttl=64');
    expect(out).not.toContain('icmp_seq=4');
    expect(out).toContain('\n--- 10.0.2.2 ping statistics ---\n3 packets transmitted, 3 received');
  });
});

describe('ip, ifconfig, mount', () => {
  it('ip addr and ip route in iproute2 format', async () => {
    const [addr] = await run('ip addr');
    expect(addr).toContain(
      '3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default \n' +
        '    link/ether 02:42:8f:3a:1c:5e brd ff:ff:ff:ff:ff:ff\n' +
        '    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\n' +
        '       valid_lft forever preferred_lft forever\n',
    );
    expect(addr.split('\n')[0]).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    );
    expect(await run('ip route')).toEqual([
      'default via 10.0.2.2 dev eth0 proto dhcp src 10.0.2.15 metric 100 \n' +
        '10.0.2.0/24 dev eth0 proto kernel scope link src 10.0.2.15 metric 100 \n' +
        '10.0.2.2 dev eth0 proto dhcp scope link src 10.0.2.15 metric 100 \n' +
        '172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown \n',
      0,
    ]);
    expect(await run('ip a show nosuch')).toEqual(['Device "nosuch" does not exist.\n', 1]);
  });
  it("a container's eth0 is a veth with its peer index", async () => {
    const [out] = await run('ip -4 a', {
      interfaces: () => [
        {
          name: 'eth0',
          index: 5,
          kind: 'veth',
          peerIndex: 6,
          mac: '02:42:ac:11:00:02',
          up: true,
          ipv4: [{ address: '172.17.0.2', prefix: 16 }],
        },
      ],
    });
    expect(out).toBe(
      '5: eth0@if6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default \n' +
        '    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0\n' +
        '    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\n' +
        '       valid_lft forever preferred_lft forever\n',
    );
  });
  it('ifconfig in net-tools format', async () => {
    const [out] = await run('ifconfig lo');
    expect(out).toBe(
      'lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n' +
        '        inet 127.0.0.1  netmask 255.0.0.0\n' +
        '        inet6 ::1  prefixlen 128  scopeid 0x10<host>\n' +
        '        loop  txqueuelen 1000  (Local Loopback)\n' +
        '        RX packets 0  bytes 0 (0.0 B)\n' +
        '        RX errors 0  dropped 0  overruns 0  frame 0\n' +
        '        TX packets 0  bytes 0 (0.0 B)\n' +
        '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n\n',
    );
  });
  it('mount prints the provider lines', async () => {
    expect(
      await run('mount -t overlay', {
        mounts: () => [
          'overlay /var/lib/docker/overlay2/abc/merged overlay rw,relatime,lowerdir=/var/lib/docker/overlay2/l/X,upperdir=/var/lib/docker/overlay2/abc/diff,workdir=/var/lib/docker/overlay2/abc/work 0 0',
          '/dev/sda1 / ext4 rw,relatime 0 0',
        ],
      }),
    ).toEqual([
      'overlay on /var/lib/docker/overlay2/abc/merged type overlay (rw,relatime,lowerdir=/var/lib/docker/overlay2/l/X,upperdir=/var/lib/docker/overlay2/abc/diff,workdir=/var/lib/docker/overlay2/abc/work)\n',
      0,
    ]);
  });
});

describe('systemctl and service', () => {
  it('status, stop, is-active, start through DaemonControl', async () => {
    const daemon = fakeDaemon();
    const h = harness({ daemon });
    const [status] = await h.sh('systemctl status docker');
    expect(status.split('\n').slice(0, 3)).toEqual([
      '● docker.service - Docker Application Container Engine',
      '     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)',
      '     Active: active (running) since Sun 2026-11-22 13:36:53 UTC; 23min ago',
    ]);
    expect(await h.sh('systemctl stop docker; systemctl is-active docker')).toEqual([
      "Stopping 'docker.service', but its triggering units are still active:\ndocker.socket\ninactive\n",
      3,
    ]);
    expect(daemon.running).toBe(false);
    const [stopped, code] = await h.sh('sleep 5; service docker status');
    expect(code).toBe(3);
    expect(stopped).toContain('○ docker.service - Docker Application Container Engine\n');
    expect(stopped).toContain(
      '     Active: inactive (dead) since Sun 2026-11-22 14:00:00 UTC; 5s ago\n',
    );
    expect(await h.sh('service docker start; systemctl is-active docker')).toEqual(['active\n', 0]);
  });
  it('docker.socket: stopping it stops the service too; starting docker starts it', async () => {
    const daemon = fakeDaemon();
    const h = harness({ daemon });
    expect(await h.sh('systemctl is-active docker.socket')).toEqual(['active\n', 0]);
    expect(await h.sh('systemctl stop docker.socket')).toEqual(['', 0]);
    expect(daemon.running).toBe(false);
    expect(await h.sh('systemctl is-active docker docker.socket')).toEqual([
      'inactive\ninactive\n',
      3,
    ]);
    const [status] = await h.sh('systemctl status docker');
    expect(status).toContain('TriggeredBy: ○ docker.socket\n');
    expect(await h.sh('systemctl start docker; systemctl is-active docker.socket docker')).toEqual([
      'active\nactive\n',
      0,
    ]);
    const [sock] = await h.sh('systemctl status docker.socket');
    expect(sock.split('\n').slice(0, 2)).toEqual([
      '● docker.socket - Docker Socket for the API',
      '     Loaded: loaded (/usr/lib/systemd/system/docker.socket; enabled; preset: enabled)',
    ]);
    expect(sock).toContain('   Triggers: ● docker.service\n');
  });
  it('stop and start wait for the daemon: its shutdown takes lab time, restart is stop then start', async () => {
    const clock = createManualClock();
    const log: string[] = [];
    let running = true;
    let since: number | undefined;
    const daemon: DaemonControl = {
      isRunning: () => running,
      // dockerd's shutdown: a container ignoring SIGTERM holds it 10 s
      stop: async () => {
        running = false;
        await Promise.resolve();
        clock.advance(10_000);
        log.push(`stopped ${clock.now()}`);
      },
      start: async () => {
        running = true;
        since = clock.now();
        await Promise.resolve();
        log.push(`started ${clock.now()}`);
      },
      startedAtMs: () => since,
      mainPid: () => (since === undefined ? undefined : 2411),
    };
    const h = createHarness({
      commands: { ...systemPrograms, cat: testCat },
      system: { daemon },
      clock,
    });
    const t0 = clock.now();
    expect(await h.sh('systemctl stop docker; systemctl status docker')).toEqual([
      expect.stringContaining(
        `     Active: inactive (dead) since ${utc(t0 + 10_000)}; now\n`,
      ) as string,
      3,
    ]);
    expect(log).toEqual([`stopped ${t0 + 10_000}`]);
    const [status, code] = await h.sh('service docker restart; systemctl status docker');
    expect(code).toBe(0);
    expect(log).toEqual([`stopped ${t0 + 10_000}`, `started ${t0 + 10_000}`]);
    expect(status).toContain(`     Active: active (running) since ${utc(t0 + 10_000)}; now\n`);
    expect(status).toContain('   Main PID: 2411 (dockerd)\n');
    await h.sh('systemctl restart docker');
    expect(log.slice(2)).toEqual([`stopped ${t0 + 20_000}`, `started ${t0 + 20_000}`]);
  });
  it("relative times as systemd's format_timestamp_relative writes them", () => {
    const s = 1000;
    const cases: [number, string][] = [
      [0, 'now'],
      [250, '250ms ago'],
      [5 * s, '5s ago'],
      [90 * s, '1min 30s ago'],
      [23 * 60 * s + 7 * s, '23min ago'],
      [2 * 3600 * s + 3 * 60 * s, '2h 3min ago'],
      [7 * 3600 * s, '7h ago'],
      [26 * 3600 * s, '1 day 2h ago'],
      [3 * 86_400 * s, '3 days ago'],
      [9 * 86_400 * s, '1 week 2 days ago'],
      [40 * 86_400 * s, '1 month 9 days ago'],
      [400 * 86_400 * s, '1 year 1 month ago'],
    ];
    for (const [ms, text] of cases) expect(ago(ms), String(ms)).toBe(text);
  });
  it('warns about docker.socket once its jobs are done, not when it stops the socket too', async () => {
    const h = harness({ daemon: fakeDaemon() });
    expect(await h.sh('systemctl stop docker docker.socket')).toEqual(['', 0]);
    expect(await h.sh('systemctl start docker; systemctl stop docker.service')).toEqual([
      "Stopping 'docker.service', but its triggering units are still active:\ndocker.socket\n",
      0,
    ]);
  });
  it('fails as in a container without systemd', async () => {
    const system = { processes: () => [{ pid: 1, ppid: 0, uid: 0, command: 'bash' }] };
    expect(await run('systemctl status docker', system)).toEqual([
      "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\n",
      1,
    ]);
    expect(await run('service docker start', system)).toEqual([
      'docker: unrecognized service\n',
      1,
    ]);
    expect(await run('systemctl status nginx')).toEqual([
      'Unit nginx.service could not be found.\n',
      4,
    ]);
  });
});
