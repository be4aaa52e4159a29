// docker events / docker system events: the daemon's container and image events as docker
// prints them — `2026-11-22T14:00:00.000000000Z container start <id> (image=ubuntu, name=web)`,
// `… image pull alpine:latest (name=alpine)`, `… image tag sha256:… (name=web:1.0)`, `… image
// untag`/`delete sha256:… (name=sha256:…)` — from the engine's event log (`--since`, `--until`)
// and then live until Ctrl+C (or until --until). Image events carry the image's labels while it
// exists, as the daemon's do. Network and volume events are not in the lab's log yet.
// No help text was captured for this command: its flags are declared here.

import type { Engine } from '../../engine/engine';
import type { ContainerEvent } from '../../engine/containers';
import type { ImageEvent } from '../../engine/images/events';
import { rfc3339NanoFixed } from '../../engine/containers';
import type { LabEvent } from '../../engine/events/types';
import { flagList, flagString } from '../flags/accessors';
import { formatTable } from '../format/format-table';
import { goStruct } from '../format/go-values';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { interrupted } from './lib/containers';
import { parseFilters } from './lib/filters';
import { parseTimestamp } from './lib/timestamps';

const SIGNAL_NUMBERS: Readonly<Record<string, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGTERM: 15,
};

interface Message {
  readonly type: 'container' | 'image';
  readonly action: string;
  readonly id: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly timeMs: number;
}

/** A container event as the daemon's events.Message (Action, Actor.Attributes). */
function toMessage(e: ContainerEvent, started: ReadonlyMap<string, number>): Message | undefined {
  const base = { image: e.image, name: e.name };
  const m = (action: string, extra: Record<string, string> = {}): Message => ({
    type: 'container',
    action,
    id: e.id,
    attributes: { ...base, ...extra },
    timeMs: e.timeMs,
  });
  switch (e.type) {
    case 'container/created':
      return m('create');
    case 'container/started':
      return m('start');
    case 'container/died': {
      const since = started.get(e.id) ?? e.timeMs;
      return m('die', {
        exitCode: String(e.exitCode),
        execDuration: String(Math.floor((e.timeMs - since) / 1000)),
      });
    }
    case 'container/stopped':
      return m('stop');
    case 'container/killed':
      return m('kill', { signal: String(SIGNAL_NUMBERS[e.signal] ?? e.signal) });
    case 'container/removed':
      return m('destroy');
    case 'container/renamed':
      return m('rename', { oldName: `/${e.oldName}` });
    case 'container/paused':
      return m('pause');
    case 'container/unpaused':
      return m('unpause');
    case 'container/restarted':
      return m('restart');
    case 'container/committed':
      return m('commit', {
        comment: '',
        imageID: e.imageId,
        ...(e.ref ? { imageRef: e.ref } : {}),
      });
    case 'container/exec-started':
      return m(`exec_start: ${e.argv.join(' ')}`, { execID: e.execId });
    case 'container/exec-died':
      return m('exec_die', { execID: e.execId, exitCode: String(e.exitCode) });
    case 'container/attached':
      return m('attach');
    case 'container/detached':
      return undefined;
  }
  return undefined;
}

/** An image event as the daemon logs it (LogImageEvent): labels while the image exists, name. */
function imageMessage(e: ImageEvent, engine: Engine): Message | undefined {
  const at = (t: number | undefined) => t ?? engine.clock.now();
  const labels = (ref: string): Record<string, string> => {
    const r = engine.images.inspectImage(ref);
    return r.ok ? { ...(r.value.Config.Labels ?? {}) } : {};
  };
  switch (e.type) {
    case 'image/pulled': {
      const name = e.ref.replace(/[:@][^/:@]*$/, '');
      return {
        type: 'image',
        action: 'pull',
        id: e.ref,
        attributes: { ...labels(e.imageId), name },
        timeMs: at(e.timeMs),
      };
    }
    case 'image/tagged':
      if (e.byPull) return undefined;
      return {
        type: 'image',
        action: 'tag',
        id: e.imageId,
        attributes: { ...labels(e.imageId), name: e.ref },
        timeMs: at(e.timeMs),
      };
    case 'image/untagged':
      if (e.moved) return undefined;
      return {
        type: 'image',
        action: 'untag',
        id: e.imageId,
        attributes: { ...labels(e.imageId), name: e.imageId },
        timeMs: at(e.timeMs),
      };
    case 'image/removed':
      return {
        type: 'image',
        action: 'delete',
        id: e.imageId,
        attributes: { name: e.imageId },
        timeMs: at(e.timeMs),
      };
    default:
      return undefined;
  }
}

function line(msg: Message): string {
  const attrs = Object.keys(msg.attributes)
    .sort()
    .map((k) => `${k}=${msg.attributes[k]}`)
    .join(', ');
  return `${rfc3339NanoFixed(msg.timeMs)} ${msg.type} ${msg.action} ${msg.id} (${attrs})\n`;
}

function templateView(msg: Message): object {
  const nano = BigInt(msg.timeMs) * 1_000_000n;
  return goStruct('events.Message', {
    status: msg.action,
    id: msg.id,
    from: msg.type === 'container' ? (msg.attributes.image ?? '') : '',
    Type: msg.type,
    Action: msg.action,
    Actor: goStruct('events.Actor', { ID: msg.id, Attributes: { ...msg.attributes } }),
    scope: 'local',
    time: Math.floor(msg.timeMs / 1000),
    timeNano: Number(nano),
  });
}

function matches(msg: Message, filters: Record<string, string[]>): boolean {
  const any = (key: string, test: (v: string) => boolean): boolean => {
    const vs = filters[key];
    return vs === undefined || vs.some(test);
  };
  // The daemon's filter: `container=` matches container events only, `image=` an image event's
  // ID or name (or a container's image), with or without the tag.
  const imageName =
    msg.type === 'image' ? (msg.attributes.name ?? '') : (msg.attributes.image ?? '');
  const stripTag = (r: string) => r.replace(/:[^/:]*$/, '');
  return (
    any('type', (v) => v === msg.type) &&
    any('event', (v) => msg.action === v || msg.action.startsWith(`${v}:`)) &&
    any(
      'container',
      (v) => msg.type === 'container' && (msg.id.startsWith(v) || msg.attributes.name === v),
    ) &&
    any('image', (v) =>
      [msg.type === 'image' ? msg.id : '', imageName].some(
        (n) => n !== '' && (n === v || stripTag(n) === v),
      ),
    ) &&
    any('label', (v) => {
      const i = v.indexOf('=');
      return i < 0 ? v in msg.attributes : msg.attributes[v.slice(0, i)] === v.slice(i + 1);
    })
  );
}

const isContainerEvent = (e: LabEvent): e is ContainerEvent => e.type.startsWith('container/');
const isImageEvent = (e: LabEvent): e is ImageEvent => e.type.startsWith('image/');

export const events: DockerSubcommand<Engine> = {
  spec: {
    ...specFromHelp('events', {
      maxArgs: 0,
      hiddenFlags: [
        {
          long: 'filter',
          short: 'f',
          type: 'filter',
          description: 'Filter output based on conditions provided',
        },
        { long: 'format', type: 'string', description: 'Format output using a custom template' },
        { long: 'since', type: 'string', description: 'Show all events created since timestamp' },
        { long: 'until', type: 'string', description: 'Stream events until this timestamp' },
      ],
    }),
    aliases: ['system events'],
    usage: '[OPTIONS]',
  },
  async run(p, ctx, engine) {
    const f = parseFilters(flagList(p, 'filter'), events.spec.flags, p.commandPath, p.useLine);
    if (!f.ok) {
      ctx.stderr.write(`${f.message}\n`);
      return f.exitCode;
    }
    const now = engine.clock.now();
    const times: { since?: number; until?: number } = {};
    for (const key of ['since', 'until'] as const) {
      const v = flagString(p, key);
      if (v === '') continue;
      const t = parseTimestamp(v, now);
      if (!t.ok) {
        ctx.stderr.write(`${t.error}\n`);
        return 1;
      }
      times[key] = t.ms;
    }
    const format = flagString(p, 'format');
    const started = new Map<string, number>();
    let failed: string | undefined;
    const emit = (e: LabEvent): void => {
      let msg: Message | undefined;
      if (isContainerEvent(e)) {
        if (e.type === 'container/started') started.set(e.id, e.timeMs);
        msg = toMessage(e, started);
      } else if (isImageEvent(e)) msg = imageMessage(e, engine);
      if (!msg || !matches(msg, f.filters)) return;
      if (times.since !== undefined && msg.timeMs < times.since) return;
      if (times.until !== undefined && msg.timeMs > times.until) return;
      if (format === '') {
        ctx.stdout.write(line(msg));
        return;
      }
      const out = formatTable([templateView(msg)], format, { headers: {} });
      if (out.ok) ctx.stdout.write(out.output);
      else failed ??= out.error;
    };
    await engine.containers.settle();
    if (times.since !== undefined) for (const e of engine.events.since(0).events) emit(e);
    if (failed !== undefined) {
      ctx.stderr.write(`${failed}\n`);
      return 1;
    }
    if (times.until !== undefined && times.until <= engine.clock.now()) return 0;
    const off = engine.events.subscribe(emit);
    const ctrlC = interrupted(ctx);
    try {
      if (times.until !== undefined) {
        const waited = await ctx.sleep(times.until - engine.clock.now());
        return waited ? 0 : 130;
      }
      await ctrlC.promise;
      return 130;
    } finally {
      off();
      ctrlC.dispose();
    }
  },
};
