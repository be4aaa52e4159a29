// Turns the captured `docker … --help` texts (../shared/docker-help/*.txt, real 28.2.2 client,
// no daemon) into what the lab prints: the Linux-daemon view (FIDELITY §8: Windows-only run/create
// flags, experimental `checkpoint` and start's checkpoint flags, swarm-manager commands hidden),
// plus a text for every alias path a captured command lists (`docker container rm` from rm.txt).
// Pure: the generator script and the up-to-date test both call it.

/** Options hidden on a non-experimental Linux engine with swarm inactive. */
const HIDDEN_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  run: ['cpu-count', 'cpu-percent', 'io-maxbandwidth', 'io-maxiops'],
  create: ['cpu-count', 'cpu-percent', 'io-maxbandwidth', 'io-maxiops'],
  start: ['checkpoint', 'checkpoint-dir'],
};
const HIDDEN_COMMANDS: readonly string[] = [
  'checkpoint',
  'config',
  'node',
  'secret',
  'service',
  'stack',
];

/** pflag wraps usage at the terminal width minus one; help was captured at 80 columns. */
const WRAP_COLUMNS = 79;

export interface HelpBundle {
  /** Command path ('' for `docker`, 'run', 'container ls') → help text. */
  readonly texts: Record<string, string>;
  /** Alias path → canonical path ('container list' → 'container ls', 'ps' stays 'ps'). */
  readonly aliases: Record<string, string>;
}

const OPTION_LINE = /^ {2}(?:-[^\s,], | {4})--[^\s]+/;

interface OptionEntry {
  lhs: string;
  name: string;
  lines: string[];
}

function splitOptions(block: string[]): OptionEntry[] {
  const entries: OptionEntry[] = [];
  for (const line of block) {
    if (OPTION_LINE.test(line)) {
      const m = /^( {2}(?:-[^\s,], | {4})--([^\s]+)(?: [^\s]+)?)/.exec(line) as RegExpExecArray;
      entries.push({ lhs: m[1] as string, name: m[2] as string, lines: [line] });
    } else entries[entries.length - 1]?.lines.push(line);
  }
  return entries;
}

function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const w = Math.max(
    s.lastIndexOf(' ', i - 1),
    s.lastIndexOf('\t', i - 1),
    s.lastIndexOf('\n', i - 1),
  );
  if (w <= 0) return [s, ''];
  const nl = s.lastIndexOf('\n', i - 1);
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap(i, w, s): usage text starting at column i, wrapped to width w. */
export function pflagWrap(i: number, w: number, s: string): string {
  let wrap = w - i;
  let r = '';
  if (wrap < 24) {
    i = 16;
    wrap = w - i;
    r += '\n' + ' '.repeat(i);
  }
  if (wrap < 24) return s.replace(/\n/g, r);
  const slop = 5;
  wrap -= slop;
  let [l, rest] = wrapN(wrap, slop, s);
  r += l.replace(/\n/g, '\n' + ' '.repeat(i));
  while (rest !== '') {
    [l, rest] = wrapN(wrap, slop, rest);
    r += '\n' + ' '.repeat(i) + l.replace(/\n/g, '\n' + ' '.repeat(i));
  }
  return r;
}

function hideOptions(text: string, hidden: readonly string[]): string {
  const lines = text.split('\n');
  const start = lines.indexOf('Options:');
  if (start < 0) return text;
  let end = start + 1;
  while (end < lines.length && lines[end] !== '') end++;
  const entries = splitOptions(lines.slice(start + 1, end));
  const kept = entries.filter((e) => !hidden.includes(e.name));
  const oldCol = Math.max(...entries.map((e) => e.lhs.length)) + 3;
  const newCol = Math.max(...kept.map((e) => e.lhs.length)) + 3;
  const body = kept.flatMap((e) => {
    if (newCol === oldCol) return e.lines;
    // The description column moved: lay the usage out again as pflag does.
    const usage = e.lines.map((l, i) => (i === 0 ? l.slice(oldCol) : l.trim())).join(' ');
    return `${e.lhs.padEnd(newCol)}${pflagWrap(newCol, WRAP_COLUMNS, usage)}`.split('\n');
  });
  return [...lines.slice(0, start + 1), ...body, ...lines.slice(end)].join('\n');
}

function hideCommands(text: string): string {
  return text
    .split('\n')
    .filter((l) => !HIDDEN_COMMANDS.some((c) => new RegExp(`^ {2}${c} +\\S`).test(l)))
    .join('\n');
}

/** The alias paths a help text lists, e.g. `docker container ls, docker container list, docker ps`. */
export function aliasPaths(text: string): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf('Aliases:');
  if (at < 0) return [];
  return (lines[at + 1] ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^docker /, ''))
    .filter(Boolean);
}

export function usagePath(text: string): string {
  const m = /^Usage: {2}docker((?: [a-z][a-z0-9-]*)*)/.exec(text);
  return (m?.[1] ?? '').trim();
}

/** file name (without .txt) → raw captured text. */
export function buildHelp(files: Readonly<Record<string, string>>): HelpBundle {
  const texts: Record<string, string> = {};
  const aliases: Record<string, string> = {};
  for (const [file, raw] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (file.startsWith('_') || file === 'README') continue;
    const path = file === 'docker' ? '' : file.replace(/_/g, ' ');
    let text = raw;
    const hidden = HIDDEN_OPTIONS[path];
    if (hidden) text = hideOptions(text, hidden);
    if (path === '') text = hideCommands(text);
    texts[path] = text;
  }
  // Alias paths: per parent, the first listed is the command's own path, the rest aliases.
  for (const [path, text] of Object.entries(texts)) {
    const own = usagePath(text);
    const byParent = new Map<string, string>();
    for (const a of aliasPaths(text)) {
      const parent = a.split(' ').slice(0, -1).join(' ');
      const canonical = byParent.get(parent) ?? a;
      byParent.set(parent, canonical);
      aliases[a] = canonical;
      if (canonical === a && texts[a] === undefined)
        texts[a] = text.replace(`Usage:  docker ${own}`, `Usage:  docker ${a}`);
    }
    void path;
  }
  return { texts, aliases };
}
