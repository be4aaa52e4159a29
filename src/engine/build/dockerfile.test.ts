import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './dockerfile';
import { envFromList } from './shell-words/env';
import { expandWord } from './shell-words/lex';

describe('lint warnings the seeds trigger', () => {
  const seed = [
    'FROM centos:latest',
    'MAINTAINER "smartaiops<smartaiops@126.com>"',
    'ENV NAME World',
    'EXPOSE 80',
    'CMD /usr/sbin/nginx',
  ].join('\n');

  it('are returned as data, in line order', () => {
    const r = parseDockerfile(seed);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.warnings.map((w) => `${w.rule}: ${w.message} (line ${w.line})`)).toEqual([
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 3)',
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 5)',
    ]);
  });

  it('respect # check=skip=… and a SHELL in the stage', () => {
    const skipped = parseDockerfile(
      '# check=skip=MaintainerDeprecated,LegacyKeyValueFormat\n' + seed,
    );
    expect(skipped.ok && skipped.warnings.map((w) => w.rule)).toEqual(['JSONArgsRecommended']);
    const shell = parseDockerfile('FROM x\nSHELL ["/bin/bash", "-c"]\nCMD echo hi\n');
    expect(shell.ok && shell.warnings).toEqual([]);
    const none = parseDockerfile('FROM x\nCMD ["a"]\nENV a=b\n');
    expect(none.ok && none.warnings).toEqual([]);
  });
});

describe('bad input', () => {
  it('an empty Dockerfile is refused as BuildKit refuses it', () => {
    expect(parseDockerfile('')).toEqual({
      ok: false,
      error: { message: 'the Dockerfile cannot be empty', line: 0 },
    });
    expect(parseDockerfile('\n# only a comment\n')).toMatchObject({
      ok: false,
      error: { message: 'file with no instructions' },
    });
  });

  it('binary garbage gives an error, not a throw', () => {
    let garbage = '';
    for (let i = 0; i < 4096; i++) garbage += String.fromCharCode((i * 7919 + 13) % 65536);
    const r = parseDockerfile(garbage);
    expect(r.ok).toBe(false);
    expect(parseDockerfile('\u0000\u0001\u0002ELF\u0000\n')).toMatchObject({ ok: false });
  });

  it('a 10,000-line Dockerfile parses completely', () => {
    const lines = ['FROM alpine:3.20'];
    for (let i = 0; i < 9999; i++) {
      lines.push(
        i % 3 === 0 ? `RUN echo ${i} \\\n  && true` : i % 3 === 1 ? `ENV V${i}=x` : `# c${i}`,
      );
    }
    const text = lines.join('\n');
    const r = parseDockerfile(text);
    // Its speed is a bench figure (scripts/bench), never a timed test.
    expect(r.ok && r.instructions.length).toBe(1 + 3333 + 3333);
  });

  it('self-referencing ARGs expand once, without recursion', () => {
    const r = parseDockerfile('ARG A=$A\nFROM x\nARG B=${B:-$B}\n');
    expect(r.ok).toBe(true);
    const env = envFromList(['A=$A', 'B=${B}']);
    expect(expandWord('$A', env)).toEqual({ ok: true, value: '$A' });
    expect(expandWord('${B:-$B}', env)).toEqual({ ok: true, value: '${B}' });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        parseDockerfile(text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never throws on Dockerfile-shaped text', () => {
    const word = fc.constantFrom(
      'FROM',
      'RUN',
      'COPY',
      'ONBUILD',
      'ENV',
      'ARG',
      'HEALTHCHECK',
      'CMD',
      '#',
      '\\',
      '`',
      '<<EOF',
      '<<-"E"',
      'EOF',
      '[',
      ']',
      '"',
      "'",
      '=',
      '--from=x',
      '--',
      'a=b',
      '${x:-y}',
      '# escape=`',
      '\n',
      '\t',
      ' ',
      '\r\n',
      'AS',
      'NONE',
      '{',
      '}',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (words) => {
        parseDockerfile(words.join(' '));
        parseDockerfile(words.join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('word expansion never throws', () => {
    const env = envFromList(['A=1', 'E=']);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expandWord(text, env);
        expandWord(text, env, { escapeToken: '`', rawQuotes: true, skipUnsetEnv: true });
      }),
      { numRuns: 500 },
    );
  });
});
