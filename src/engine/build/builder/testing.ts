// Test helpers (tests only): a builder on a fresh images API with a runner that is the real lab
// shell with coreutils, package managers and build tools, a host folder as the build context,
// and a request with instant pace that records progress.

import { createManualClock, type Clock } from '../../clock/clock';
import type { ProcessRunner } from '../../containers/process';
import type { LabEvent } from '../../events/types';
import { createImagesApi, type ImagesApi } from '../../images';
import { createRandom } from '../../random/random';
import { createMemoryFs } from '../../storage';
import type { FileSystem } from '../../fs/types';
import { createShell, utilities, type Flavor } from '../../../shell';
import { coreutils } from '../../../shell/coreutils';
import { packagePrograms } from '../../../shell/programs/packages';
import { buildTools } from '../../../shell/programs/build-tools';
import { archivePrograms } from '../../../shell/programs/archive';
import { netPrograms } from '../../../shell/programs/net';
import type { Command } from '../../../shell/types';
import { defaultWorld } from '../../world';
import { createBuilder, type Builder, type BuildReport } from './builder';
import type { BuildEvent } from './events';
import type { BuildProgress } from './progress';
import type { BuildRequest } from './types';

const COMMANDS: Record<string, Command> = {
  ...utilities,
  ...coreutils,
  ...packagePrograms,
  ...buildTools,
  ...archivePrograms,
  ...netPrograms,
};

function flavorOf(fs: FileSystem): Flavor {
  try {
    const os = fs.readText('/etc/os-release');
    if (/alpine/i.test(os)) return 'alpine';
    if (/centos|rhel/i.test(os)) return 'centos';
    if (/ubuntu/i.test(os)) return 'ubuntu';
  } catch {
    // no os-release: a debian-like default
  }
  return 'debian';
}

/** The lab shell as a ProcessRunner: `sh -c script` runs the script, anything else its argv. */
export const shellRunner: ProcessRunner = {
  async run(spec) {
    const shell = createShell({
      fs: spec.fs,
      commands: COMMANDS,
      clock: spec.clock,
      system: { hostname: spec.hostname, uid: spec.user.uid, gid: spec.user.gid },
      flavor: flavorOf(spec.fs),
      env: spec.env,
      cwd: spec.cwd,
      pid: spec.pid,
      sleep: (ms) => spec.sleep(ms),
    });
    const base = spec.executable.split('/').pop() ?? '';
    const c = spec.argv.indexOf('-c');
    if ((base === 'sh' || base === 'bash' || base === 'dash') && c > 0)
      return shell.execute(spec.argv[c + 1] ?? '', spec);
    const q = (w: string): string => `'${w.replace(/'/g, `'\\''`)}'`;
    return shell.execute(spec.argv.map(q).join(' '), spec);
  },
};

export interface TestBuilder {
  readonly builder: Builder;
  readonly images: ImagesApi;
  readonly clock: Clock;
  readonly host: FileSystem;
  readonly events: (LabEvent | BuildEvent)[];
  /** Write files into a host folder (created as needed). */
  files(dir: string, files: Record<string, string>): void;
  build(
    dockerfile: string,
    o?: Partial<BuildRequest> & { dir?: string },
  ): Promise<BuildReport & { progress: BuildProgress[]; stream: string }>;
}

export function testBuilder(seed = 1, runner: ProcessRunner = shellRunner): TestBuilder {
  const clock = createManualClock();
  const random = createRandom(seed);
  const events: (LabEvent | BuildEvent)[] = [];
  const emit = (e: LabEvent): void => {
    events.push(e);
  };
  const images = createImagesApi({ clock, random, emit });
  const builder = createBuilder({
    images,
    runner,
    clock,
    random,
    emit: (e) => events.push(e),
    storageEmit: (e) => events.push(e),
    world: defaultWorld,
  });
  const host = createMemoryFs();
  return {
    builder,
    images,
    clock,
    host,
    events,
    files(dir, files) {
      host.mkdir(dir, { recursive: true });
      for (const [name, text] of Object.entries(files)) {
        const path = `${dir}/${name}`;
        host.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
        host.writeFile(path, text);
      }
    },
    async build(dockerfile, o = {}) {
      const progress: BuildProgress[] = [];
      let stream = '';
      const dir = o.dir ?? '/ctx';
      if (!host.exists(dir)) host.mkdir(dir, { recursive: true });
      const r = await builder.build({
        builder: 'buildkit',
        dockerfile,
        dockerfileName: 'Dockerfile',
        context: { kind: 'dir', fs: host, path: dir },
        tags: [],
        buildArgs: {},
        labels: {},
        noCache: false,
        pull: false,
        pace: async (ms) => {
          clock.advance(ms);
          return true;
        },
        onProgress: (p) => {
          progress.push(p);
          if (p.type === 'stream') stream += p.text;
        },
        ...o,
      });
      return { ...r, progress, stream };
    },
  };
}
