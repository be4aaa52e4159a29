// Linux signal names and numbers (x86_64), as `kill -l` and `trap -l` list them.

export const SIGNAL_NAMES: readonly string[] = [
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
  'STKFLT',
  'CHLD',
  'CONT',
  'STOP',
  'TSTP',
  'TTIN',
  'TTOU',
  'URG',
  'XCPU',
  'XFSZ',
  'VTALRM',
  'PROF',
  'WINCH',
  'IO',
  'PWR',
  'SYS',
];

/** `9`, `KILL`, `SIGKILL`, `kill` → 9; null when unknown. */
export function signalNumber(spec: string): number | null {
  if (/^[0-9]+$/.test(spec)) {
    const n = Number(spec);
    return n >= 0 && n <= 64 ? n : null;
  }
  const up = spec.toUpperCase().replace(/^SIG/, '');
  const i = SIGNAL_NAMES.indexOf(up);
  return i < 0 ? null : i + 1;
}

/** The `kill -l` table: five `NN) SIGNAME` cells a line, tab-separated. */
export function signalTable(): string {
  const cells = SIGNAL_NAMES.map((s, i) => `${String(i + 1).padStart(2)}) SIG${s}`);
  let out = '';
  for (let i = 0; i < cells.length; i += 5) out += `${cells.slice(i, i + 5).join('\t')}\n`;
  return out;
}
