// The system tools, one file each: ps, top, kill, ping, ip, ifconfig, mount, systemctl, service,
// free, uptime, nproc — and the pagers less and more, and man. They read the machine through SystemInfo's optional providers and fall back
// to a plain host's figures (host-defaults.ts). names.ts lists the same names without loading this.

import type { Command } from '../../types';
import { free } from './free';
import { ifconfig } from './ifconfig';
import { ip } from './ip';
import { kill } from './kill';
import { less } from './less';
import { man } from './man';
import { more } from './more';
import { mount } from './mount';
import { nproc } from './nproc';
import { ping } from './ping';
import { ps } from './ps';
import { service } from './service';
import { systemctl } from './systemctl';
import { top } from './top';
import { uptime } from './uptime';

export const systemPrograms: Readonly<Record<string, Command>> = Object.fromEntries(
  [
    free,
    ifconfig,
    ip,
    kill,
    less,
    man,
    more,
    mount,
    nproc,
    ping,
    ps,
    service,
    systemctl,
    top,
    uptime,
  ].map((c) => [c.name, c]),
);
