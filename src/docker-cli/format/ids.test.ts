import { describe, expect, it } from 'vitest';
import { ago, containerStatus, humanDuration } from './duration';
import { ellipsis, goQuote, mustRedrawId, truncateId } from './ids';
import { displayablePorts, type PortSummary } from './ports';
import { goJson, inspectJson, templateJson } from './json';
import { goMap, goStruct } from './go-values';

describe('ids', () => {
  it('truncateId', () => {
    expect(
      truncateId('sha256:605c77e624ddb75e6110f997c58876baa13f8754486b461117934b24a9dc3a85'),
    ).toBe('605c77e624dd');
    expect(truncateId('abc')).toBe('abc');
    expect(mustRedrawId('012345678901ab')).toBe(true);
    expect(mustRedrawId('01234567890a')).toBe(false);
  });
  it('Ellipsis (docker displayutils_test.go)', () => {
    const cases: [string, number, string][] = [
      ['t🐳ststring', 0, ''],
      ['t🐳ststring', 1, 't'],
      ['t🐳ststring', 2, 't…'],
      ['t🐳ststring', 6, 't🐳st…'],
      ['t🐳ststring', 20, 't🐳ststring'],
      ['你好世界teststring', 0, ''],
      ['你好世界teststring', 1, '你'],
      ['你好世界teststring', 3, '你…'],
      ['你好世界teststring', 6, '你好…'],
      ['你好世界teststring', 20, '你好世界teststring'],
    ];
    for (const [s, w, want] of cases) expect(ellipsis(s, w)).toBe(want);
  });
  it('strconv.Quote', () => {
    expect(goQuote("/bin/sh -c 'python …")).toBe('"/bin/sh -c \'python …"');
    expect(goQuote('a"b\\c\n\t\x01\u00a0é')).toBe('"a\\"b\\\\c\\n\\t\\x01\\u00a0é"');
  });
});

describe('durations and status', () => {
  it('HumanDuration table (FIDELITY §0.3)', () => {
    const s = 1000;
    const m = 60 * s;
    const h = 60 * m;
    const cases: [number, string][] = [
      [500, 'Less than a second'],
      [s, '1 second'],
      [59 * s, '59 seconds'],
      [60 * s, 'About a minute'],
      [119 * s, 'About a minute'],
      [2 * m, '2 minutes'],
      [59 * m, '59 minutes'],
      [60 * m, 'About an hour'],
      [89 * m, 'About an hour'],
      [90 * m, '2 hours'],
      [47 * h, '47 hours'],
      [48 * h, '2 days'],
      [14 * 24 * h, '2 weeks'],
      [60 * 24 * h, '2 months'],
      [2 * 365 * 24 * h, '2 years'],
    ];
    for (const [ms, want] of cases) expect(humanDuration(ms)).toBe(want);
    expect(ago(0, 7 * m)).toBe('7 minutes ago');
  });
  it('container STATUS', () => {
    const now = 10_000_000;
    const base = { running: true, exitCode: 0, startedAt: now - 180_000, finishedAt: 0 };
    expect(containerStatus(base, now)).toBe('Up 3 minutes');
    expect(containerStatus({ ...base, paused: true }, now)).toBe('Up 3 minutes (Paused)');
    expect(containerStatus({ ...base, health: 'starting' }, now)).toBe(
      'Up 3 minutes (health: starting)',
    );
    expect(containerStatus({ ...base, health: 'healthy' }, now)).toBe('Up 3 minutes (healthy)');
    expect(
      containerStatus({ ...base, restarting: true, exitCode: 1, finishedAt: now - 5000 }, now),
    ).toBe('Restarting (1) 5 seconds ago');
    expect(
      containerStatus({ running: false, exitCode: 0, startedAt: 1, finishedAt: now - 2000 }, now),
    ).toBe('Exited (0) 2 seconds ago');
    expect(containerStatus({ running: false, exitCode: 0, startedAt: 0, finishedAt: 0 }, now)).toBe(
      'Created',
    );
  });
});

describe('DisplayablePorts (docker container_test.go, 28.x brackets)', () => {
  const p = (privatePort: number, type: string, ip?: string, publicPort?: number): PortSummary => ({
    privatePort,
    type,
    ip,
    publicPort,
  });
  const cases: [PortSummary[], string][] = [
    [[p(9988, 'tcp')], '9988/tcp'],
    [[p(9988, 'udp')], '9988/udp'],
    [[p(9988, 'tcp', '0.0.0.0')], '0.0.0.0:0->9988/tcp'],
    [[p(9988, 'tcp', undefined, 8899)], '9988/tcp'],
    [[p(9988, 'tcp', '4.3.2.1', 8899)], '4.3.2.1:8899->9988/tcp'],
    [[p(9988, 'tcp', '4.3.2.1', 9988)], '4.3.2.1:9988->9988/tcp'],
    [[p(9988, 'udp'), p(9988, 'udp')], '9988/udp, 9988/udp'],
    [
      [p(9998, 'udp', '1.2.3.4', 9998), p(9999, 'udp', '1.2.3.4', 9999)],
      '1.2.3.4:9998-9999->9998-9999/udp',
    ],
    [
      [p(9998, 'udp', '1.2.3.4', 8887), p(9999, 'udp', '1.2.3.4', 8888)],
      '1.2.3.4:8887->9998/udp, 1.2.3.4:8888->9999/udp',
    ],
    [[p(9998, 'udp'), p(9999, 'udp')], '9998-9999/udp'],
    [
      [p(6677, 'tcp', '1.2.3.4', 7766), p(9988, 'udp', undefined, 8899)],
      '9988/udp, 1.2.3.4:7766->6677/tcp',
    ],
    [
      [
        p(9988, 'udp', '1.2.3.4', 8899),
        p(9988, 'tcp', '1.2.3.4', 8899),
        p(2233, 'tcp', '4.3.2.1', 3322),
      ],
      '4.3.2.1:3322->2233/tcp, 1.2.3.4:8899->9988/tcp, 1.2.3.4:8899->9988/udp',
    ],
    [
      [
        p(80, 'tcp'),
        p(1024, 'tcp'),
        p(80, 'udp'),
        p(1024, 'udp'),
        p(1024, 'tcp', '1.1.1.1', 80),
        p(1024, 'udp', '1.1.1.1', 80),
        p(80, 'tcp', '1.1.1.1', 1024),
        p(80, 'udp', '1.1.1.1', 1024),
        p(1024, 'tcp', '2.1.1.1', 80),
        p(1024, 'udp', '2.1.1.1', 80),
        p(80, 'tcp', '2.1.1.1', 1024),
        p(80, 'udp', '2.1.1.1', 1024),
        p(12345, 'sctp'),
      ],
      '80/tcp, 80/udp, 1024/tcp, 1024/udp, 12345/sctp, 1.1.1.1:1024->80/tcp, 1.1.1.1:1024->80/udp, 2.1.1.1:1024->80/tcp, 2.1.1.1:1024->80/udp, 1.1.1.1:80->1024/tcp, 1.1.1.1:80->1024/udp, 2.1.1.1:80->1024/tcp, 2.1.1.1:80->1024/udp',
    ],
    [
      [p(80, 'tcp', '0.0.0.0', 5080), p(80, 'tcp', '::', 5080)],
      '0.0.0.0:5080->80/tcp, [::]:5080->80/tcp',
    ],
    [
      [p(80, 'tcp', '0.0.0.0', 80), p(81, 'tcp', '0.0.0.0', 81), p(80, 'tcp', '::', 80)],
      '0.0.0.0:80-81->80-81/tcp, [::]:80->80/tcp',
    ],
  ];
  cases.forEach(([ports, want], i) =>
    it(`case ${i}`, () => expect(displayablePorts(ports)).toBe(want)),
  );
});

describe('JSON', () => {
  it('inspect style: 4-space indent, HTML escaped, [] when empty', () => {
    expect(inspectJson([])).toBe('[]\n');
    expect(inspectJson([{ Id: 'x', Cmd: ['a<b', 'c&d'], Labels: {}, Env: [], Health: null }])).toBe(
      '[\n    {\n        "Id": "x",\n        "Cmd": [\n            "a\\u003cb",\n            "c\\u0026d"\n        ],\n        "Labels": {},\n        "Env": [],\n        "Health": null\n    }\n]\n',
    );
  });
  it('template json: compact, not escaped; maps and contexts sorted', () => {
    expect(templateJson({ b: '<x>', a: [1, 2.5] })).toBe('{"b":"<x>","a":[1,2.5]}');
    expect(templateJson(goMap({ b: 1, a: 2 }))).toBe('{"a":2,"b":1}');
    expect(templateJson(goStruct('*x', { Z: 1, A: 'q', f: () => 1 }))).toBe('{"A":"q","Z":1}');
    expect(goJson('\u2028\b\x01')).toBe('"\\u2028\\b\\u0001"');
  });
});
