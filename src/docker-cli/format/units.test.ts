import { describe, expect, it } from 'vitest';
import { formatFloatV, formatG } from './go-number';
import { bytesSize, humanSize, humanSizeWithPrecision, ramInBytes } from './units';

describe('Go %g', () => {
  it('matches Go for the layouts docker shows', () => {
    expect(formatG(935, 3)).toBe('935');
    expect(formatG(1.5, 3)).toBe('1.5');
    expect(formatG(1.666, 3)).toBe('1.67');
    expect(formatG(999.7, 3)).toBe('1e+03');
    expect(formatG(0, 3)).toBe('0');
    expect(formatG(1.125, 3)).toBe('1.12'); // exact tie: half to even
    expect(formatG(1.375, 3)).toBe('1.38');
    expect(formatG(0.00001234, 3)).toBe('1.23e-05');
    expect(formatFloatV(1e6)).toBe('1e+06');
    expect(formatFloatV(123456)).toBe('123456');
    expect(formatFloatV(2.5)).toBe('2.5');
  });
});

describe('sizes', () => {
  it('HumanSizeWithPrecision(x, 3)', () => {
    expect(humanSizeWithPrecision(935_000_000, 3)).toBe('935MB');
    expect(humanSizeWithPrecision(1_670_000_000, 3)).toBe('1.67GB');
    expect(humanSizeWithPrecision(77_800_000, 3)).toBe('77.8MB');
    expect(humanSizeWithPrecision(13_300, 3)).toBe('13.3kB');
    expect(humanSizeWithPrecision(5_530_000, 3)).toBe('5.53MB');
    expect(humanSizeWithPrecision(0, 3)).toBe('0B');
    expect(humanSizeWithPrecision(187_000_000, 3)).toBe('187MB');
    expect(humanSizeWithPrecision(1_500_000_000, 3)).toBe('1.5GB');
    expect(humanSizeWithPrecision(999_600_000, 3)).toBe('1e+03MB');
    expect(humanSizeWithPrecision(2, 3)).toBe('2B');
  });
  it('HumanSize (%.4g) and BytesSize', () => {
    expect(humanSize(1_328_000_000)).toBe('1.328GB');
    expect(humanSize(16_430_000)).toBe('16.43MB');
    expect(humanSize(2048)).toBe('2.048kB');
    expect(bytesSize(8_277_000_000)).toBe('7.709GiB');
    expect(bytesSize(1024)).toBe('1KiB');
  });
  it('RAMInBytes', () => {
    expect(ramInBytes('512m')).toEqual({ ok: true, value: 512 * 1024 * 1024 });
    expect(ramInBytes('1g')).toEqual({ ok: true, value: 1024 ** 3 });
    expect(ramInBytes('1.5GiB')).toEqual({ ok: true, value: 1.5 * 1024 ** 3 });
    expect(ramInBytes('32')).toEqual({ ok: true, value: 32 });
    expect(ramInBytes('10 MB')).toEqual({ ok: true, value: 10 * 1024 ** 2 });
    expect(ramInBytes('1x')).toEqual({ ok: false, error: "invalid suffix: 'x'" });
    expect(ramInBytes('abc')).toEqual({ ok: false, error: "invalid size: 'abc'" });
    expect(ramInBytes('1kbb')).toEqual({ ok: false, error: "invalid suffix: 'kbb'" });
    expect(ramInBytes('-1')).toEqual({ ok: false, error: "invalid size: '-1'" });
  });
});
