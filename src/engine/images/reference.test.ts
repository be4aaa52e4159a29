// Cases from distribution/reference v0.6.0's reference_test.go and normalize_test.go, as tables.

import { describe, expect, it } from 'vitest';
import {
  familiarName,
  familiarString,
  fullName,
  parseAnyReference,
  parseDockerRef,
  parseNormalizedNamed,
  parseReference,
  referenceString,
  type ReferenceErrorCode,
} from './reference';

const F64 = 'f'.repeat(64);
const F128 = 'f'.repeat(128);

interface ParseCase {
  input: string;
  err?: ReferenceErrorCode;
  repository?: string;
  domain?: string;
  tag?: string;
  digest?: string;
}

const PARSE: ParseCase[] = [
  { input: 'test_com', repository: 'test_com' },
  { input: 'test.com:tag', repository: 'test.com', tag: 'tag' },
  { input: 'test.com:5000', repository: 'test.com', tag: '5000' },
  { input: 'test.com/repo:tag', domain: 'test.com', repository: 'test.com/repo', tag: 'tag' },
  { input: 'test:5000/repo', domain: 'test:5000', repository: 'test:5000/repo' },
  { input: 'test:5000/repo:tag', domain: 'test:5000', repository: 'test:5000/repo', tag: 'tag' },
  {
    input: `test:5000/repo@sha256:${F64}`,
    domain: 'test:5000',
    repository: 'test:5000/repo',
    digest: `sha256:${F64}`,
  },
  {
    input: `test:5000/repo:tag@sha256:${F64}`,
    domain: 'test:5000',
    repository: 'test:5000/repo',
    tag: 'tag',
    digest: `sha256:${F64}`,
  },
  { input: '', err: 'name-empty' },
  { input: ':justtag', err: 'invalid-format' },
  { input: `@sha256:${F64}`, err: 'invalid-format' },
  { input: `repo@sha256:${'f'.repeat(65)}`, err: 'digest-invalid-length' },
  { input: `validname@invaliddigest:${F64}`, err: 'digest-unsupported' },
  { input: 'Uppercase:tag', err: 'name-uppercase' },
  // "Uppercase/lowercase:tag" parses: the uppercase part is taken for a domain (upstream FIXME).
  {
    input: 'Uppercase/lowercase:tag',
    domain: 'Uppercase',
    repository: 'Uppercase/lowercase',
    tag: 'tag',
  },
  { input: 'test:5000/Uppercase/lowercase:tag', err: 'name-uppercase' },
  { input: 'lowercase:Uppercase', repository: 'lowercase', tag: 'Uppercase' },
  { input: `${'a/'.repeat(128)}a:tag`, err: 'name-too-long' },
  {
    input: `${'a/'.repeat(127)}a:tag-puts-this-over-max`,
    domain: 'a',
    repository: `${'a/'.repeat(127)}a`,
    tag: 'tag-puts-this-over-max',
  },
  { input: 'aa/asdf$$^/aa', err: 'invalid-format' },
  {
    input: 'sub-dom1.foo.com/bar/baz/quux',
    domain: 'sub-dom1.foo.com',
    repository: 'sub-dom1.foo.com/bar/baz/quux',
  },
  {
    input: 'sub-dom1.foo.com/bar/baz/quux:some-long-tag',
    domain: 'sub-dom1.foo.com',
    repository: 'sub-dom1.foo.com/bar/baz/quux',
    tag: 'some-long-tag',
  },
  {
    input: 'b.gcr.io/test.example.com/my-app:test.example.com',
    domain: 'b.gcr.io',
    repository: 'b.gcr.io/test.example.com/my-app',
    tag: 'test.example.com',
  },
  {
    input: 'xn--n3h.com/myimage:xn--n3h.com',
    domain: 'xn--n3h.com',
    repository: 'xn--n3h.com/myimage',
    tag: 'xn--n3h.com',
  },
  {
    input: `xn--7o8h.com/myimage:xn--7o8h.com@sha512:${F128}`,
    domain: 'xn--7o8h.com',
    repository: 'xn--7o8h.com/myimage',
    tag: 'xn--7o8h.com',
    digest: `sha512:${F128}`,
  },
  { input: 'foo_bar.com:8080', repository: 'foo_bar.com', tag: '8080' },
  { input: 'foo/foo_bar.com:8080', domain: 'foo', repository: 'foo/foo_bar.com', tag: '8080' },
  { input: '192.168.1.1', repository: '192.168.1.1' },
  { input: '192.168.1.1:tag', repository: '192.168.1.1', tag: 'tag' },
  { input: '192.168.1.1:5000', repository: '192.168.1.1', tag: '5000' },
  { input: '192.168.1.1/repo', domain: '192.168.1.1', repository: '192.168.1.1/repo' },
  {
    input: '192.168.1.1:5000/repo',
    domain: '192.168.1.1:5000',
    repository: '192.168.1.1:5000/repo',
  },
  {
    input: '192.168.1.1:5000/repo:5050',
    domain: '192.168.1.1:5000',
    repository: '192.168.1.1:5000/repo',
    tag: '5050',
  },
  { input: '[2001:db8::1]', err: 'invalid-format' },
  { input: '[2001:db8::1]:5000', err: 'invalid-format' },
  { input: '[2001:db8::1]:tag', err: 'invalid-format' },
  { input: '[2001:db8::1]/repo', domain: '[2001:db8::1]', repository: '[2001:db8::1]/repo' },
  {
    input: '[2001:db8:1:2:3:4:5:6]/repo:tag',
    domain: '[2001:db8:1:2:3:4:5:6]',
    repository: '[2001:db8:1:2:3:4:5:6]/repo',
    tag: 'tag',
  },
  {
    input: '[2001:db8::1]:5000/repo',
    domain: '[2001:db8::1]:5000',
    repository: '[2001:db8::1]:5000/repo',
  },
  {
    input: '[2001:db8::1]:5000/repo:tag',
    domain: '[2001:db8::1]:5000',
    repository: '[2001:db8::1]:5000/repo',
    tag: 'tag',
  },
  {
    input: `[2001:db8::1]:5000/repo@sha256:${F64}`,
    domain: '[2001:db8::1]:5000',
    repository: '[2001:db8::1]:5000/repo',
    digest: `sha256:${F64}`,
  },
  {
    input: `[2001:db8::1]:5000/repo:tag@sha256:${F64}`,
    domain: '[2001:db8::1]:5000',
    repository: '[2001:db8::1]:5000/repo',
    tag: 'tag',
    digest: `sha256:${F64}`,
  },
  {
    input: '[2001:db8::]:5000/repo',
    domain: '[2001:db8::]:5000',
    repository: '[2001:db8::]:5000/repo',
  },
  { input: '[::1]:5000/repo', domain: '[::1]:5000', repository: '[::1]:5000/repo' },
  { input: '[fe80::1%eth0]:5000/repo', err: 'invalid-format' },
  { input: '[fe80::1%@invalidzone]:5000/repo', err: 'invalid-format' },
];

describe('parseReference (TestReferenceParse)', () => {
  it.each(PARSE)('$input', (c) => {
    const r = parseReference(c.input);
    if (c.err) {
      expect(r.ok ? 'parsed' : r.error.code).toBe(c.err);
      return;
    }
    if (!r.ok) throw new Error(r.error.message);
    expect(fullName(r.value)).toBe(c.repository);
    expect(r.value.domain).toBe(c.domain ?? '');
    expect(r.value.tag).toBe(c.tag);
    expect(r.value.digest).toBe(c.digest);
  });
});

const VALID_NAMES = [
  'docker/docker',
  'library/debian',
  'debian',
  'docker.io/docker/docker',
  'docker.io/library/debian',
  'docker.io/debian',
  'index.docker.io/docker/docker',
  'index.docker.io/library/debian',
  'index.docker.io/debian',
  '127.0.0.1:5000/docker/docker',
  '127.0.0.1:5000/library/debian',
  '127.0.0.1:5000/debian',
  '192.168.0.1',
  '192.168.0.1:80',
  '192.168.0.1:8/debian',
  '192.168.0.2:25000/debian',
  'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
  '[fc00::1]:5000/docker',
  '[fc00::1]:5000/docker/docker',
  '[fc00:1:2:3:4:5:6:7]:5000/debian',
  'docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
  'Docker/docker',
  'DOCKER/docker',
];
const INVALID_NAMES = [
  'https://github.com/docker/docker',
  'docker/Docker',
  '-docker',
  '-docker/docker',
  '-docker.io/docker/docker',
  'docker///docker',
  'docker.io/docker/Docker',
  'docker.io/docker///docker',
  '[fc00::1]',
  '[fc00::1]:5000',
  'fc00::1:5000/debian',
  '[fe80::1%eth0]:5000/debian',
  '[2001:db8:3:4::192.0.2.33]:5000/debian',
  '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
];

describe('parseNormalizedNamed (TestValidateReferenceName)', () => {
  it.each(VALID_NAMES)('accepts %s', (n) => expect(parseNormalizedNamed(n).ok).toBe(true));
  it.each(INVALID_NAMES)('rejects %s', (n) => expect(parseNormalizedNamed(n).ok).toBe(false));
});

const DIGEST = 'sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582';
const DOCKER_REF: [string, string][] = [
  ['busybox', 'docker.io/library/busybox:latest'],
  ['busybox:latest', 'docker.io/library/busybox:latest'],
  [`busybox@${DIGEST}`, `docker.io/library/busybox@${DIGEST}`],
  ['library/busybox', 'docker.io/library/busybox:latest'],
  ['docker.io/busybox', 'docker.io/library/busybox:latest'],
  ['docker.io/library/busybox', 'docker.io/library/busybox:latest'],
  ['docker.io/busybox:latest', 'docker.io/library/busybox:latest'],
  ['library/busybox:latest', 'docker.io/library/busybox:latest'],
  ['docker.io/library/busybox:latest', 'docker.io/library/busybox:latest'],
  ['gcr.io/library/busybox', 'gcr.io/library/busybox:latest'],
  [`gcr.io/library/busybox:latest@${DIGEST}`, `gcr.io/library/busybox@${DIGEST}`],
  ['ubuntu', 'docker.io/library/ubuntu:latest'],
  ['localhost:5000/app', 'localhost:5000/app:latest'],
  ['localhost/app:v1', 'localhost/app:v1'],
];

describe('parseDockerRef (TestParseDockerRef)', () => {
  it.each(DOCKER_REF)('%s → %s', (input, expected) => {
    const r = parseDockerRef(input);
    expect(r.ok && referenceString(r.value)).toBe(expected);
  });
});

// TestParseRepositoryInfo: every spelling of a name gives the same familiar and full names.
const REPO_INFO: {
  remote: string;
  familiar: string;
  full: string;
  ambiguous?: string;
  domain: string;
}[] = [
  {
    remote: 'fooo/bar',
    familiar: 'fooo/bar',
    full: 'docker.io/fooo/bar',
    ambiguous: 'index.docker.io/fooo/bar',
    domain: 'docker.io',
  },
  {
    remote: 'library/ubuntu',
    familiar: 'ubuntu',
    full: 'docker.io/library/ubuntu',
    ambiguous: 'library/ubuntu',
    domain: 'docker.io',
  },
  {
    remote: 'nonlibrary/ubuntu',
    familiar: 'nonlibrary/ubuntu',
    full: 'docker.io/nonlibrary/ubuntu',
    domain: 'docker.io',
  },
  {
    remote: 'other/library',
    familiar: 'other/library',
    full: 'docker.io/other/library',
    domain: 'docker.io',
  },
  {
    remote: 'private/moonbase',
    familiar: '127.0.0.1:8000/private/moonbase',
    full: '127.0.0.1:8000/private/moonbase',
    domain: '127.0.0.1:8000',
  },
  {
    remote: 'privatebase',
    familiar: '127.0.0.1:8000/privatebase',
    full: '127.0.0.1:8000/privatebase',
    domain: '127.0.0.1:8000',
  },
  {
    remote: 'private/moonbase',
    familiar: 'example.com/private/moonbase',
    full: 'example.com/private/moonbase',
    domain: 'example.com',
  },
  {
    remote: 'privatebase',
    familiar: 'example.com/privatebase',
    full: 'example.com/privatebase',
    domain: 'example.com',
  },
  {
    remote: 'private/moonbase',
    familiar: 'example.com:8000/private/moonbase',
    full: 'example.com:8000/private/moonbase',
    domain: 'example.com:8000',
  },
  {
    remote: 'privatebasee',
    familiar: 'example.com:8000/privatebasee',
    full: 'example.com:8000/privatebasee',
    domain: 'example.com:8000',
  },
  {
    remote: 'library/ubuntu-12.04-base',
    familiar: 'ubuntu-12.04-base',
    full: 'docker.io/library/ubuntu-12.04-base',
    ambiguous: 'index.docker.io/library/ubuntu-12.04-base',
    domain: 'docker.io',
  },
  {
    remote: 'library/foo',
    familiar: 'foo',
    full: 'docker.io/library/foo',
    ambiguous: 'docker.io/foo',
    domain: 'docker.io',
  },
  {
    remote: 'library/foo/bar',
    familiar: 'library/foo/bar',
    full: 'docker.io/library/foo/bar',
    domain: 'docker.io',
  },
  {
    remote: 'store/foo/bar',
    familiar: 'store/foo/bar',
    full: 'docker.io/store/foo/bar',
    domain: 'docker.io',
  },
  { remote: 'bar', familiar: 'Foo/bar', full: 'Foo/bar', domain: 'Foo' },
  { remote: 'bar', familiar: 'FOO/bar', full: 'FOO/bar', domain: 'FOO' },
];

describe('familiar names (TestParseRepositoryInfo)', () => {
  for (const c of REPO_INFO) {
    for (const input of [c.full, c.ambiguous, c.familiar]) {
      if (!input) continue;
      it(`${input} → ${c.familiar}`, () => {
        const r = parseNormalizedNamed(input);
        if (!r.ok) throw new Error(r.error.message);
        expect(familiarName(r.value)).toBe(c.familiar);
        expect(fullName(r.value)).toBe(c.full);
        expect(r.value.domain).toBe(c.domain);
        expect(r.value.path).toBe(c.remote);
      });
    }
  }
  it('familiar strings keep tag and digest', () => {
    const r = parseDockerRef('docker.io/library/nginx:1.27');
    expect(r.ok && familiarString(r.value)).toBe('nginx:1.27');
  });
});

describe('Docker error messages', () => {
  const msg = (s: string) => {
    const r = parseNormalizedNamed(s);
    return r.ok ? 'ok' : r.error.message;
  };
  it('uppercase names', () => {
    expect(msg('UPPER')).toBe(
      'invalid reference format: repository name (library/UPPER) must be lowercase',
    );
    expect(msg('Foo')).toBe(
      'invalid reference format: repository name (library/Foo) must be lowercase',
    );
  });
  it('malformed references', () => {
    expect(msg(':tag')).toBe('invalid reference format');
    expect(msg('bar:')).toBe('invalid reference format');
    expect(msg('a'.repeat(64))).toBe(
      `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`,
    );
  });
  it('parseAnyReference takes IDs and digests', () => {
    expect(parseAnyReference(F64)).toEqual({
      ok: true,
      value: { kind: 'digest', digest: `sha256:${F64}` },
    });
    const n = parseAnyReference('nginx');
    expect(n.ok && n.value.kind).toBe('named');
  });
});
