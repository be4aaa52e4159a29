// The BuildKit lint warnings a learner's Dockerfile most often triggers, as data. Messages are
// BuildKit's (frontend/dockerfile/linter/ruleset.go); the CLI prints them after the build as
// ` - <rule>: <message> (line N)`.

import type { Directive } from '../parser/ast';
import type { Instruction } from './types';

export type LintRule = 'JSONArgsRecommended' | 'LegacyKeyValueFormat' | 'MaintainerDeprecated';

export interface LintWarning {
  readonly rule: LintRule;
  readonly message: string;
  readonly line: number;
  readonly url: string;
  /** Index of the stage the instruction is in (-1 before the first FROM). BuildKit checks
   *  JSONArgsRecommended while building, so the builder drops it for stages it skips. */
  readonly stage: number;
}

const URLS: Record<LintRule, string> = {
  JSONArgsRecommended: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
  LegacyKeyValueFormat: 'https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
  MaintainerDeprecated: 'https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/',
};

/** `# check=skip=A,B;error=true` */
export interface CheckDirective {
  readonly skip: ReadonlySet<string> | 'all';
  readonly error: boolean;
}

export function parseCheckDirective(directives: readonly Directive[]): CheckDirective {
  const check = directives.find((d) => d.name === 'check');
  let skip: Set<string> | 'all' = new Set();
  let error = false;
  for (const part of check?.value.split(';') ?? []) {
    const eq = part.indexOf('=');
    const key = part
      .slice(0, eq < 0 ? part.length : eq)
      .trim()
      .toLowerCase();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (key === 'skip') {
      const names = value.split(',').map((s) => s.trim());
      skip = names.includes('all') ? 'all' : new Set(names);
    } else if (key === 'error') error = value.toLowerCase() === 'true';
  }
  return { skip, error };
}

/** Warnings for one Dockerfile's instructions, sorted by line. */
export function lint(instructions: readonly Instruction[], check: CheckDirective): LintWarning[] {
  const out: LintWarning[] = [];
  let stage = -1;
  let shellSet = false; // a SHELL in the stage means shell form is intended
  const add = (rule: LintRule, message: string, ins: Instruction) => {
    if (check.skip === 'all' || check.skip.has(rule)) return;
    out.push({ rule, message, line: ins.line, url: URLS[rule], stage });
  };
  for (const ins of instructions) {
    switch (ins.kind) {
      case 'FROM':
        stage++;
        shellSet = false;
        break;
      case 'SHELL':
        shellSet = true;
        break;
      case 'CMD':
      case 'ENTRYPOINT':
        if (ins.command.form === 'shell' && !shellSet) {
          add(
            'JSONArgsRecommended',
            `JSON arguments recommended for ${ins.kind} to prevent unintended behavior related to OS signals`,
            ins,
          );
        }
        break;
      case 'ENV':
      case 'LABEL':
        if (ins.pairs.some((p) => p.legacy)) {
          add(
            'LegacyKeyValueFormat',
            `"${ins.kind} key=value" should be used instead of legacy "${ins.kind} key value" format`,
            ins,
          );
        }
        break;
      case 'MAINTAINER':
        add(
          'MaintainerDeprecated',
          'Maintainer instruction is deprecated in favor of using label',
          ins,
        );
        break;
      default:
        break;
    }
  }
  // Best knowledge: the CLI lists warnings in source order; BuildKit finds them in two passes.
  return out.sort((a, b) => a.line - b.line);
}
