import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../dockerfile';
import type { Instruction } from './types';

function instructions(text: string): readonly Instruction[] {
  const r = parseDockerfile(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.instructions;
}

function one(text: string): Instruction {
  return instructions(`FROM scratch\n${text}\n`)[1];
}

function error(text: string) {
  const r = parseDockerfile(text);
  return r.ok ? undefined : r.error;
}

describe('unknown instructions', () => {
  it('suggest the closest keyword in the user\u2019s case', () => {
    expect(error('FORM alpine\n')).toEqual({
      message: 'dockerfile parse error on line 1: unknown instruction: FORM (did you mean FROM?)',
      line: 1,
    });
    expect(error('FROM a\nruun x\n')?.message).toBe(
      'dockerfile parse error on line 2: unknown instruction: ruun (did you mean run?)',
    );
    expect(error('IMAGE alpine\n')?.message).toBe(
      'dockerfile parse error on line 1: unknown instruction: IMAGE',
    );
  });
});

describe('FROM', () => {
  it('takes an image, AS name and --platform', () => {
    expect(instructions('FROM --platform=linux/amd64 golang:1.22 As Build\n')[0]).toMatchObject({
      kind: 'FROM',
      image: 'golang:1.22',
      stageName: 'build',
      platform: 'linux/amd64',
    });
  });

  it('needs one or three arguments and a valid stage name', () => {
    expect(error('FROM a b\n')?.message).toBe(
      'dockerfile parse error on line 1: FROM requires either one or three arguments',
    );
    expect(error('FROM a AS 1x\n')?.message).toBe(
      'dockerfile parse error on line 1: invalid name for build stage: "1x", name can\'t start with a number or contain symbols',
    );
  });
});

describe('stages', () => {
  it('group instructions, keep meta ARGs apart', () => {
    const r = parseDockerfile(
      'ARG V=1\nFROM golang AS build\nRUN go build\nFROM alpine\nCOPY --from=build /app /app\n',
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.metaArgs.map((a) => a.args)).toEqual([[{ key: 'V', value: '1' }]]);
    expect(r.stages.map((s) => [s.index, s.name, s.instructions.map((i) => i.kind)])).toEqual([
      [0, 'build', ['RUN']],
      [1, undefined, ['COPY']],
    ]);
  });

  it('need a FROM before anything but ARG', () => {
    expect(error('RUN x\n')).toEqual({ message: 'no build stage in current context', line: 1 });
  });
});

describe('RUN, CMD, ENTRYPOINT', () => {
  it('distinguish shell and exec form', () => {
    expect(one('RUN echo hi')).toMatchObject({
      command: { form: 'shell', shellForm: 'echo hi' },
    });
    expect(one('CMD ["python", "app.py"]')).toMatchObject({
      command: { form: 'exec', execForm: ['python', 'app.py'] },
    });
    expect(one('ENTRYPOINT []')).toMatchObject({ command: { form: 'exec', execForm: [] } });
  });

  it('give RUN its here-docs and mounts', () => {
    expect(one('RUN --mount=type=cache,target=/c <<EOF\necho $HOME\nEOF')).toMatchObject({
      mounts: ['type=cache,target=/c'],
      heredocs: [{ name: 'EOF', data: 'echo $HOME\n', chomp: false, expand: true }],
    });
  });
});

describe('COPY and ADD', () => {
  it('split sources, destination and flags', () => {
    expect(one('COPY --from=build --chown=app:app --chmod=755 a b /dst/')).toMatchObject({
      kind: 'COPY',
      sources: ['a', 'b'],
      dest: '/dst/',
      from: 'build',
      chown: 'app:app',
      chmod: '755',
      link: false,
    });
    expect(one('ADD ["a b", "/c"]')).toMatchObject({ sources: ['a b'], dest: '/c' });
  });

  it('turn here-doc sources into contents, chomped for <<-', () => {
    expect(one('COPY <<-EOF /etc/motd\n\thello\n\tEOF')).toMatchObject({
      sources: [],
      sourceContents: [{ path: 'EOF', data: 'hello\n', expand: true }],
      dest: '/etc/motd',
    });
  });

  it('need a destination', () => {
    expect(error('FROM x\nADD a\n')?.message).toBe(
      'dockerfile parse error on line 2: ADD requires at least two arguments, but only one was provided. Destination could not be determined',
    );
    expect(error('FROM x\nCOPY a\n')?.message).toContain('COPY requires at least two arguments');
  });

  it('reject unknown flags with a suggestion', () => {
    expect(error('FROM x\nCOPY --form=build a b\n')?.message).toBe(
      'dockerfile parse error on line 2: unknown flag: --form (did you mean from?)',
    );
    expect(error('FROM x\nCOPY --from a b\n')?.message).toBe(
      'dockerfile parse error on line 2: missing a value on flag: --from',
    );
  });
});

describe('ENV, LABEL, ARG', () => {
  it('give pairs, legacy or not', () => {
    expect(one('ENV NAME World')).toMatchObject({
      pairs: [{ key: 'NAME', value: 'World', legacy: true }],
    });
    expect(one('LABEL a=1 b="x y"')).toMatchObject({
      pairs: [
        { key: 'a', value: '1', legacy: false },
        { key: 'b', value: '"x y"', legacy: false },
      ],
    });
    expect(one('ARG a b=2')).toMatchObject({ args: [{ key: 'a' }, { key: 'b', value: '2' }] });
  });

  it('reject blank names and missing values', () => {
    expect(error('FROM x\nENV =b\n')?.message).toBe(
      'dockerfile parse error on line 2: ENV names can not be blank',
    );
    expect(error('FROM x\nENV PATH\n')).toEqual({
      message: 'ENV must have two arguments',
      line: 2,
    });
    expect(error('FROM x\nARG\n')?.message).toContain('ARG requires at least one argument');
  });
});

describe('the rest', () => {
  it('EXPOSE sorts its ports, so a trailing comment puts # first', () => {
    expect(one('EXPOSE 80 # http')).toMatchObject({ ports: ['#', '80', 'http'] });
  });

  it('WORKDIR takes the whole rest of the line', () => {
    expect(one('WORKDIR /  # comment')).toMatchObject({ path: '/  # comment' });
  });

  it('VOLUME, USER, STOPSIGNAL, MAINTAINER', () => {
    expect(one('VOLUME ["/a", "/b"]')).toMatchObject({ volumes: ['/a', '/b'] });
    expect(one('USER app:app')).toMatchObject({ user: 'app:app' });
    expect(one('STOPSIGNAL SIGTERM')).toMatchObject({ signal: 'SIGTERM' });
    expect(one('MAINTAINER "me <me@x>"')).toMatchObject({ maintainer: '"me <me@x>"' });
    expect(error('FROM x\nUSER\n')?.message).toContain('USER requires exactly one argument');
  });

  it('SHELL wants JSON', () => {
    expect(one('SHELL ["/bin/bash", "-c"]')).toMatchObject({ shell: ['/bin/bash', '-c'] });
    expect(error('FROM x\nSHELL /bin/bash -c\n')?.message).toBe(
      'dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form',
    );
  });

  it('HEALTHCHECK CMD, NONE and flags', () => {
    expect(
      one('HEALTHCHECK --interval=5s --retries=3 CMD curl -f http://localhost/'),
    ).toMatchObject({
      health: {
        test: ['CMD-SHELL', 'curl -f http://localhost/'],
        interval: 5e9,
        retries: 3,
        timeout: 0,
      },
    });
    expect(one('HEALTHCHECK NONE')).toMatchObject({ health: { test: ['NONE'] } });
    expect(one('HEALTHCHECK --timeout=1m30s CMD ["true"]')).toMatchObject({
      health: { test: ['CMD', 'true'], timeout: 90e9 },
    });
    expect(error('FROM x\nHEALTHCHECK CONNECT TCP 7000\n')?.message).toBe(
      'dockerfile parse error on line 2: Unknown type "CONNECT" in HEALTHCHECK (try CMD)',
    );
    expect(error('FROM x\nHEALTHCHECK --interval=1us CMD x\n')?.message).toContain(
      'Interval "interval" cannot be less than 1ms',
    );
  });

  it('ONBUILD keeps its trigger as text', () => {
    expect(one('ONBUILD COPY . /app')).toMatchObject({
      trigger: 'COPY',
      expression: 'COPY . /app',
    });
    expect(error('FROM x\nONBUILD ONBUILD RUN x\n')?.message).toContain(
      "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    );
    expect(error('FROM x\nONBUILD FROM y\n')?.message).toContain(
      "FROM isn't allowed as an ONBUILD trigger",
    );
  });
});
