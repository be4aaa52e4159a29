// Typed reads of a parsed command line for subcommand code: `flagBool(p, 'all')`.

import type { ParsedCommand } from './types';

export function flagBool(p: ParsedCommand, name: string): boolean {
  return p.values.get(name) === true;
}

export function flagString(p: ParsedCommand, name: string): string {
  const v = p.values.get(name);
  return typeof v === 'string' ? v : '';
}

export function flagNumber(p: ParsedCommand, name: string): number {
  const v = p.values.get(name);
  return typeof v === 'number' ? v : 0;
}

export function flagList(p: ParsedCommand, name: string): readonly string[] {
  const v = p.values.get(name);
  return Array.isArray(v) ? (v as readonly string[]) : [];
}

/** Given on the command line (not just defaulted). */
export function flagChanged(p: ParsedCommand, name: string): boolean {
  return p.changed.has(name);
}
