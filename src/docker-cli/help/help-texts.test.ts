import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHelp, pflagWrap } from './build-help';
import { HELP_ALIASES, HELP_TEXTS } from './help-texts';
import { optionsFromHelp } from './options';

const dir = new URL('../../../../shared/docker-help/', import.meta.url);
let files: Record<string, string> | undefined;
try {
  files = Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => [n.slice(0, -4), readFileSync(new URL(n, dir), 'utf8')]),
  );
} catch {
  files = undefined;
}

describe('generated help texts', () => {
  it.skipIf(files === undefined)(
    'are up to date with ../shared/docker-help (run scripts/gen-docker-help.ts)',
    () => {
      const built = buildHelp(files as Record<string, string>);
      expect(HELP_TEXTS).toEqual(built.texts);
      expect(HELP_ALIASES).toEqual(built.aliases);
    },
  );
  it('show the Linux-daemon view', () => {
    expect(optionsFromHelp(HELP_TEXTS['run'] as string)).toHaveLength(100);
    expect(HELP_TEXTS['run']).not.toContain('--cpu-count');
    expect(HELP_TEXTS['']).not.toMatch(/^ {2}(checkpoint|service|stack|node|secret|config) /m);
    expect(HELP_TEXTS['start']).toContain(
      '      --detach-keys string   Override the key sequence for detaching a\n                             container\n',
    );
  });
  it('alias paths get their own usage line', () => {
    expect(HELP_TEXTS['container rm']?.startsWith('Usage:  docker container rm [OPTIONS]')).toBe(
      true,
    );
    expect(HELP_ALIASES['container remove']).toBe('container rm');
  });
  it('pflag wrap lays out usage like the captured texts', () => {
    expect(pflagWrap(29, 79, 'Override the key sequence for detaching a container')).toBe(
      'Override the key sequence for detaching a\n                             container',
    );
  });
});
