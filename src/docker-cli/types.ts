// What a docker subcommand file exports, and what it receives.

import type { CommandContext } from '../shell/types';
import type { CommandSpec, ParsedCommand } from './flags/types';

/** The global options given before the subcommand (`docker -D --context x ps`). */
export interface GlobalOptions {
  readonly debug: boolean;
  readonly hosts: readonly string[];
  readonly context: string;
  readonly logLevel: string;
}

export interface Invocation extends ParsedCommand {
  /** As docker names it in messages: 'docker container ls' (canonical path, not the alias typed). */
  readonly commandPath: string;
  /** 'docker container ls [OPTIONS]' — for usage errors a command detects itself. */
  readonly useLine: string;
  readonly globals: GlobalOptions;
}

/**
 * One docker subcommand. `run` reports failure by exit status and stderr and must not throw
 * (the dispatcher still catches, as a last resort). `E` is the engine API the lab passes in.
 */
export interface DockerSubcommand<E> {
  readonly spec: CommandSpec;
  run(parsed: Invocation, ctx: CommandContext, engine: E): Promise<number> | number;
}

export type DockerRegistry<E> = Readonly<Record<string, DockerSubcommand<E>>>;
