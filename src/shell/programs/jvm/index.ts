// The JVM group: `java` (and through it Tomcat, started by the image's catalina.sh).
// `createJvmPrograms(net)` on one lab network, like the servers.

import type { Command } from '../../types';
import type { ProgramNet } from '../servers/net';
import { createJava } from './java';

export function createJvmPrograms(net: ProgramNet): Record<string, Command> {
  return { java: createJava(net) };
}
