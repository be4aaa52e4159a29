import { describe, expect, it } from 'vitest';
import { awk } from './awk';
import { createLab, run, seed } from './test-context';

const go = async (args: string[], stdin: string) => run(createLab(), awk, args, { stdin });
const out = async (args: string[], stdin: string) => (await go(args, stdin)).stdout;

describe('awk', () => {
  it('prints fields, NF, NR', async () => {
    expect(await out(['{print $1, $NF}'], 'a b c\nd e\n')).toBe('a c\nd e\n');
    expect(await out(['{print NR": "NF}'], 'a b\n\nc\n')).toBe('1: 2\n2: 0\n3: 1\n');
    expect(await out(['{print}'], 'x\n')).toBe('x\n');
    expect(await out(['{print $(NF-1)}'], 'a b c\n')).toBe('b\n');
  });

  it('-F, -v, patterns, BEGIN/END, +=', async () => {
    const passwd =
      'root:x:0:0:root:/root:/bin/bash\nwww-data:x:33:33::/var/www:/usr/sbin/nologin\n';
    expect(await out(['-F:', '{print $1}'], passwd)).toBe('root\nwww-data\n');
    expect(await out(['-F', ':', '$3 >= 33 {print $1}'], passwd)).toBe('www-data\n');
    expect(await out(['-F:', '/bash$/ {print $1}'], passwd)).toBe('root\n');
    expect(await out(['{s += $1} END {print s}'], '1\n2\n3.5\n')).toBe('6.5\n');
    expect(await out(['-v', 'n=2', 'BEGIN {print n * 21}'], '')).toBe('42\n');
    expect(await out(['NR==2'], 'a\nb\nc\n')).toBe('b\n');
    expect(await out(['/b/,/c/'], 'a\nb\nx\nc\nd\n')).toBe('b\nx\nc\n');
  });

  it('printf, arrays, for-in, built-ins', async () => {
    expect(await out(['{printf "%-5s|%3d|%.2f\\n", $1, $2, $3}'], 'ab 7 3.14159\n')).toBe(
      'ab   |  7|3.14\n',
    );
    expect(await out(['{c[$1]++} END {for (k in c) print k, c[k]}'], 'x\ny\nx\n')).toBe(
      'x 2\ny 1\n',
    );
    expect(await out(['{print length($0), toupper($1), substr($2, 2, 3)}'], 'ab cdefg\n')).toBe(
      '8 AB def\n',
    );
    expect(await out(['{n = split($0, a, ","); print n, a[3]}'], 'p,q,r\n')).toBe('3 r\n');
    expect(await out(['{gsub(/o/, "0"); print}'], 'foo boo\n')).toBe('f00 b00\n');
    expect(await out(['{sub(/o/, "[&]"); print}'], 'foo\n')).toBe('f[o]o\n');
    expect(await out(['BEGIN {print 1/3, 10/2, 2^10, 7%3, int(-3.7)}'], '')).toBe(
      '0.333333 5 1024 1 -3\n',
    );
    expect(await out(['{print ($1 > $2), ("10" > "9")}'], '10 9\n')).toBe('1 0\n');
  });

  it('field assignment rebuilds $0 with OFS', async () => {
    expect(await out(['BEGIN {OFS="-"} {$2 = "X"; print}'], 'a b c\n')).toBe('a-X-c\n');
    expect(await out(['{$1 = $1} 1', 'OFS=,'], '')).toBe('');
  });

  it('control flow: if/else, while, for, next, exit', async () => {
    expect(await out(['{if ($1 > 1) print "big"; else print "small"}'], '1\n2\n')).toBe(
      'small\nbig\n',
    );
    expect(await out(['BEGIN {for (i = 0; i < 3; i++) printf "%d ", i; print ""}'], '')).toBe(
      '0 1 2 \n',
    );
    expect(await out(['BEGIN {i = 3; while (i--) print i}'], '')).toBe('2\n1\n0\n');
    expect(await out(['/skip/ {next} {print}'], 'a\nskip\nb\n')).toBe('a\nb\n');
    const r = await go(['{print; exit 3} END {print "end"}'], 'a\nb\n');
    expect(r).toEqual({ code: 3, stdout: 'a\nend\n', stderr: '' });
  });

  it('reads files and var=value operands', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': '1\n2\n' });
    expect((await run(lab, awk, ['{print x $1}', 'x=>', '/a'])).stdout).toBe('>1\n>2\n');
    expect((await run(lab, awk, ['{print FILENAME}', '/a'])).stdout).toBe('/a\n/a\n');
    expect((await run(lab, awk, ['1', '/nope'])).stderr).toBe(
      'awk: cannot open /nope (No such file or directory)\n',
    );
  });

  it('refuses what it does not support, and reports syntax errors', async () => {
    const r = await go(['{ "date" | getline d; print d }'], 'x\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^layerlab: awk: this program uses features the lab's awk does not support/,
    );
    expect((await go(['function f(x) { return x } { print f($1) }'], 'x\n')).code).toBe(2);
    const s = await go(['{print $1'], '');
    expect(s.code).toBe(2);
    expect(s.stderr).toBe('awk: line 1: syntax error at or near end of file\n');
  });

  it('stops runaway loops', async () => {
    const r = await go(['BEGIN {while (1) x++}'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('layerlab: awk stopped: the program ran too long\n');
  });
});
