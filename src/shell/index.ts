// The shell's public surface.

export { createShell, type Shell, type ShellOptions, type ScriptIO } from './create-shell';
export { utilities } from './builtins';
export { parse, type ParseResult, type SyntaxError } from './parser/parser';
export type { Flavor } from './prompt';
export type { Command, CommandContext, InputStream, OutputStream, SystemInfo } from './types';
