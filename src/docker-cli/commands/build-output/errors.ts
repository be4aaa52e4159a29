// How buildx reports a failed build: each failed vertex's output between `------` lines (the
// block is there even when the step wrote nothing, as progressui's printErrorLogs prints it), the
// Dockerfile excerpt around the instruction (solver/errdefs/source.go), then
// `ERROR: failed to solve: <msg>`.

import type { Vertex } from '../../../engine/build/builder';

export function errorLogBlock(v: Vertex, logs: readonly { atMs: number; text: string }[]): string {
  let s = `------\n > ${v.name}:\n`;
  for (const l of logs.slice(-10)) {
    const t = ((l.atMs - v.startedMs) / 1000).toFixed(3);
    s += `${t} ${l.text.replace(/\n$/, '')}\n`;
  }
  return `${s}------\n`;
}

/** `Dockerfile:5` + the lines around it (` %3d | >>> text`), two of context either side. */
export function sourceExcerpt(
  name: string,
  text: string,
  line: number,
  endLine: number = line,
): string {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, endLine + 2);
  let s = `${name}:${line === endLine ? line : `${line}-${endLine}`}\n--------------------\n`;
  for (let i = from; i <= to; i++) {
    const mark = i >= line && i <= endLine ? '>>>' : '   ';
    s += ` ${String(i).padStart(3, ' ')} | ${mark} ${lines[i - 1] ?? ''}\n`;
  }
  return `${s}--------------------\n`;
}
