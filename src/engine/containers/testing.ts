// Test helpers: a small fake ProcessRunner (a program table: sh/bash, sleep, echo, cat, touch,
// mkdir, rm, write, exit, false, a never-ending `server` that handles SIGTERM/SIGQUIT) and a
// containers API over a real image store with two hand-made images.

import { createManualClock, type Clock } from '../clock/clock';
import type { LabEvent } from '../events/types';
import { createImagesApi, type ImagesApi } from '../images';
import { createRandom } from '../random/random';
import { createLayer, imageIdOf, layerDiffId, layerSize, type LayerEntrySpec } from '../storage';
import { createContainersApi, type ContainersApi } from './api';
import type { ProcessRunner, ProcessSpec } from './process';
import type { Result } from './result';

type Program = (spec: ProcessSpec, argv: readonly string[]) => Promise<number>;

async function runLine(spec: ProcessSpec, line: string): Promise<number> {
  let status = 0;
  for (const part of line.split(/\s*;\s*|\s*&&\s*/)) {
    const argv = part.trim().split(/\s+/).filter(Boolean);
    if (argv.length === 0) continue;
    const name = argv[0] as string;
    if (name === 'exit') return Number(argv[1] ?? status);
    const p = PROGRAMS[name.split('/').pop() ?? ''];
    if (!p) {
      spec.stderr.write(`sh: ${name}: not found\n`);
      status = 127;
      continue;
    }
    status = await p(spec, argv);
    if (spec.signals.killed) return status;
  }
  return status;
}

const shell: Program = async (spec, argv) => {
  const c = argv.indexOf('-c');
  if (c >= 0) return runLine(spec, argv.slice(c + 1).join(' '));
  let status = 0;
  for (;;) {
    let line: string | null;
    if (spec.tty) {
      spec.tty.write(`root@${spec.hostname}:/# `);
      const r = await spec.tty.readLine({ prompt: '' });
      line = r.kind === 'line' ? r.text : null;
    } else line = await spec.stdin.readLine();
    if (line === null) return status;
    const t = line.trim();
    if (t === 'exit' || t.startsWith('exit ')) return Number(t.split(/\s+/)[1] ?? status);
    status = await runLine(spec, t);
  }
};

const PROGRAMS: Record<string, Program> = {
  sh: shell,
  bash: shell,
  sleep: async (spec, argv) => {
    const ok = await spec.sleep(Number(argv[1] ?? '0') * 1000);
    return ok ? 0 : 137;
  },
  echo: (spec, argv) => {
    spec.stdout.write(`${argv.slice(1).join(' ')}\n`);
    return Promise.resolve(0);
  },
  cat: async (spec, argv) => {
    if (argv.length > 1) {
      for (const f of argv.slice(1)) spec.stdout.write(spec.fs.readText(f));
      return 0;
    }
    spec.stdout.write(await spec.stdin.readAll());
    return 0;
  },
  touch: (spec, argv) => {
    for (const f of argv.slice(1)) spec.fs.writeFile(f, '', { append: true });
    return Promise.resolve(0);
  },
  mkdir: (spec, argv) => {
    for (const f of argv.slice(1)) spec.fs.mkdir(f, { recursive: true });
    return Promise.resolve(0);
  },
  rm: (spec, argv) => {
    try {
      for (const f of argv.slice(1)) spec.fs.unlink(f);
      return Promise.resolve(0);
    } catch (e) {
      spec.stderr.write(`rm: ${(e as Error).message}\n`);
      return Promise.resolve(1);
    }
  },
  /** write FILE WORDS…: the words and a newline. */
  write: (spec, argv) => {
    spec.fs.writeFile(argv[1] as string, `${argv.slice(2).join(' ')}\n`);
    return Promise.resolve(0);
  },
  false: () => Promise.resolve(1),
  fail: (_spec, argv) => Promise.resolve(Number(argv[1] ?? 1)),
  server: (spec) =>
    new Promise<number>((resolve) => {
      spec.stdout.write('server: ready\n');
      spec.signals.onSignal((sig) => {
        if (sig.name === 'SIGTERM' || sig.name === 'SIGQUIT') {
          spec.stdout.write(`server: ${sig.name}, shutting down\n`);
          resolve(0);
        }
      });
      spec.signals.onKill(() => resolve(137));
    }),
};

export const fakeRunner: ProcessRunner = {
  run(spec) {
    const p = PROGRAMS[spec.executable.split('/').pop() ?? ''];
    if (!p) return Promise.resolve(126);
    return p(spec, spec.argv);
  },
};

const BIN = Object.keys(PROGRAMS).map((name): LayerEntrySpec => ({
  path: `/bin/${name}`,
  type: 'file',
  mode: 0o755,
  data: `#!fake ${name}\n`,
}));

const BASE_ENTRIES: LayerEntrySpec[] = [
  ...BIN,
  {
    path: '/etc/passwd',
    type: 'file',
    data: 'root:x:0:0:root:/root:/bin/bash\nwww:x:33:33:www:/var/www:/bin/sh\n',
  },
  { path: '/etc/group', type: 'file', data: 'root:x:0:\nwww:x:33:\nstaff:x:50:\n' },
  { path: '/etc/legal', type: 'file', data: 'legal\n' },
  { path: '/etc/motd', type: 'file', data: 'not a program\n' },
  { path: '/etc/os-release', type: 'file', data: 'NAME="TestOS"\n' },
  { path: '/tmp', type: 'dir', mode: 0o1777 },
  { path: '/root', type: 'dir', mode: 0o700 },
  { path: '/usr/bin', type: 'dir' },
];

/** Put a one-layer image into the store and tag it. */
export function addImage(
  images: ImagesApi,
  tag: string,
  config: Record<string, unknown>,
  entries: readonly LayerEntrySpec[] = BASE_ENTRIES,
): string {
  const layer = createLayer({ id: `${tag}-layer`, entries });
  const diffId = layerDiffId(layer);
  const cfg = {
    architecture: 'amd64',
    os: 'linux',
    created: '2025-01-01T00:00:00Z',
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      ...config,
    },
    history: [
      { created: '2025-01-01T00:00:00Z', created_by: `/bin/sh -c #(nop) ADD file:${tag} in / ` },
    ],
    rootfs: { type: 'layers', diff_ids: [diffId] },
  };
  const { id, json } = imageIdOf(JSON.parse(JSON.stringify(cfg)));
  const made = images.createImage({
    configJson: json,
    id,
    layers: [{ changes: layer.changes, diffId, size: layerSize(layer) }],
  });
  if (!made.ok) throw new Error(made.error.message);
  const t = images.tagImage(id, tag);
  if (!t.ok) throw new Error(t.error.message);
  return id;
}

export interface TestLab {
  readonly api: ContainersApi;
  readonly images: ImagesApi;
  readonly clock: Clock;
  readonly events: LabEvent[];
}

/** An API with `testos` (Cmd /bin/bash) and `web` (Cmd server, STOPSIGNAL SIGQUIT). */
export function testLab(seed = 1): TestLab {
  const clock = createManualClock();
  const random = createRandom(seed);
  const events: LabEvent[] = [];
  const emit = (e: LabEvent): void => {
    events.push(e);
  };
  const images = createImagesApi({ clock, random, emit });
  addImage(images, 'testos', { Cmd: ['/bin/bash'] });
  addImage(images, 'web', {
    Cmd: ['server'],
    StopSignal: 'SIGQUIT',
    ExposedPorts: { '80/tcp': {} },
  });
  const api = createContainersApi({
    clock,
    random,
    emit,
    images,
    runner: fakeRunner,
    storageEmit: emit,
  });
  return { api, images, clock, events };
}

export function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
