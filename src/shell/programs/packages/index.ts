// Package managers: apt-get, apt, dpkg (Debian/Ubuntu), yum, rpm (CentOS), apk (Alpine), pip and
// pip3. They belong in images, not on the host: the lead wires them into each image's programs.

import type { Command } from '../../types';
import { apt, aptGet } from './apt/apt-get';
import { dpkg } from './apt/dpkg';
import { apk } from './apk';
import { pip, pip3 } from './pip';
import { rpm } from './yum/rpm';
import { yum } from './yum/yum';

export const packagePrograms: Record<string, Command> = {
  'apt-get': aptGet,
  apt,
  dpkg,
  yum,
  rpm,
  apk,
  pip,
  pip3,
};
