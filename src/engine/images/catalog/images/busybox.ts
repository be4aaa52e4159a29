// busybox (glibc variant, the default tag): one binary hard-linked as ~400 applets, plus glibc.

import { BIN_APPLETS, SBIN_APPLETS, USR_BIN_APPLETS } from '../distro/alpine';
import { bin, dir, hardlink, text } from '../files';
import type { ImageSpec } from '../types';

const created = '2024-09-26T21:31:42Z';
const SALT = 'busybox-1.37.0-glibc';

export const images: Readonly<Record<string, ImageSpec | string>> = {
  latest: {
    repository: 'library/busybox',
    tag: 'latest',
    steps: [
      {
        created,
        createdBy: 'BusyBox 1.37.0 (glibc), Debian 12',
        layer: {
          key: 'busybox:1.37.0-glibc',
          entries: () => {
            const applets = [
              ...new Set([
                ...BIN_APPLETS,
                ...USR_BIN_APPLETS,
                ...SBIN_APPLETS,
                'httpd',
                'telnet',
                'nc',
                'ftpget',
                'ftpput',
                'syslogd',
              ]),
            ]
              .filter((a) => a !== 'busybox')
              .sort();
            return [
              ...['dev', 'etc', 'home', 'lib', 'root', 'tmp', 'usr', 'var'].map((d) =>
                dir(`/${d}`, d === 'tmp' ? 0o1777 : d === 'root' ? 0o700 : 0o755),
              ),
              dir('/home'),
              dir('/var/spool/mail'),
              dir('/var/www'),
              dir('/usr/sbin'),
              dir('/bin'),
              text(
                '/etc/passwd',
                'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
              ),
              text(
                '/etc/group',
                'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnogroup:x:65534:\n',
              ),
              text('/etc/hosts', '127.0.0.1\tlocalhost\n'),
              text('/etc/hostname', ''),
              text('/etc/shadow', 'root:*:10933:0:99999:7:::\n', 0o640),
              bin(SALT, '/bin/busybox', 1_166_184),
              ...applets.map((a) => hardlink(`/bin/${a}`, '/bin/busybox')),
              bin(SALT, '/lib/ld-linux-x86-64.so.2', 214_888),
              bin(SALT, '/lib/libc.so.6', 1_926_256),
              bin(SALT, '/lib/libm.so.6', 907_784),
              bin(SALT, '/lib/libresolv.so.2', 68_104),
              bin(SALT, '/lib/libnss_files.so.2', 14_232),
              bin(SALT, '/lib/libnss_dns.so.2', 14_232),
              bin(SALT, '/lib/libpthread.so.0', 14_480),
            ];
          },
          size: 4_261_000,
          fill: () => ['/lib/libcrypt.so.1', '/lib/libgcc_s.so.1'],
          compression: 0.51,
        },
      },
      { created, createdBy: 'CMD ["sh"]' },
    ],
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['sh'],
    },
  },
  '1.37': 'latest',
  '1.37.0': 'latest',
  glibc: 'latest',
};
