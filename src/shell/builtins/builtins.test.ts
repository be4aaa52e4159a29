import { describe, expect, it } from 'vitest';
import { createHarness, testCat } from '../testing/harness';

async function run(source: string, lines: string[] = []) {
  return createHarness({ commands: { cat: testCat }, lines }).sh(source);
}

describe('cd and pwd', () => {
  it('changes directory, cd - and OLDPWD', async () => {
    expect(
      await run('cd /tmp; pwd; cd /etc; cd -; echo $OLDPWD; cd; pwd; cd ../tmp/..; pwd'),
    ).toEqual(['/tmp\n/tmp\n/etc\n/root\n/\n', 0]);
  });
  it('reports errors as bash does', async () => {
    const h = createHarness();
    h.fs.writeFile('/tmp/file', '');
    expect(await h.sh('cd /nope')).toEqual(['bash: cd: /nope: No such file or directory\n', 1]);
    expect(await h.sh('cd /tmp/file')).toEqual(['bash: cd: /tmp/file: Not a directory\n', 1]);
    expect(await h.sh('cd a b')).toEqual(['bash: cd: too many arguments\n', 1]);
    expect(await h.sh('cd -')).toEqual(['bash: cd: OLDPWD not set\n', 1]);
  });
});

describe('echo and printf', () => {
  it('echo -n -e', async () => {
    expect(await run("echo -n a; echo -e 'b\\tc\\n'; echo -E 'd\\n'; echo -x")).toEqual([
      'ab\tc\n\nd\\n\n-x\n',
      0,
    ]);
  });
  it('printf formats and reuses the format', async () => {
    expect(
      await run(
        "printf '%s=%d\\n' a 1 b 2; printf '%5s|%-5s|%05d|%x|%o|%c|%%\\n' r l 42 255 8 xyz",
      ),
    ).toEqual(['a=1\nb=2\n    r|l    |00042|ff|10|x|%\n', 0]);
    expect(await run("printf '%b\\n' 'a\\tb'; printf '%.2f\\n' 3.14159")).toEqual([
      'a\tb\n3.14\n',
      0,
    ]);
  });
  it('printf reports invalid numbers', async () => {
    expect(await run("printf '%d\\n' abc")).toEqual(['bash: printf: abc: invalid number\n0\n', 1]);
  });
});

describe('variables', () => {
  it('export, unset and env', async () => {
    const h = createHarness({ env: { PATH: '/usr/bin:/bin', HOME: '/root' } });
    expect(await h.sh('export A=1; B=2; export -p | grep -c x || true')).toBeDefined();
    expect(await h.sh('export 1x')).toEqual(["bash: export: `1x': not a valid identifier\n", 1]);
    expect(await h.sh('unset A; echo "[$A]"')).toEqual(['[]\n', 0]);
    const [out] = await h.sh('env');
    expect(out).toContain('PATH=/usr/bin:/bin\n');
    expect(out).not.toContain('B=2');
  });
  it('set -- and shift', async () => {
    expect(await run('set -- a b c; echo $# $1; shift; echo $@; shift 5; echo $?')).toEqual([
      '3 a\nb c\n1\n',
      0,
    ]);
  });
  it('set rejects unknown options', async () => {
    expect((await run('set -q'))[0]).toContain('bash: set: -q: invalid option');
  });
  it('local outside a function', async () => {
    expect(await run('local x=1')).toEqual(['bash: local: can only be used in a function\n', 1]);
  });
  it('read splits on IFS', async () => {
    expect(
      await run('read a b <<< "one two three"; echo "$a|$b"; IFS=: read x y <<< "p:q"; echo $x $y'),
    ).toEqual(['one|two three\np q\n', 0]);
    expect(await run('read line; echo "got $line"', ['typed text'])).toEqual([
      'typed text\ngot typed text\n',
      0,
    ]);
    expect(await run('read x < /dev/null; echo $?')).toEqual(['1\n', 0]);
  });
});

describe('aliases, type, which, command', () => {
  it('alias and unalias', async () => {
    const h = createHarness();
    expect(await h.sh("alias hi='echo hello'")).toEqual(['', 0]);
    expect(await h.sh('hi there; alias')).toEqual(["hello there\nalias hi='echo hello'\n", 0]);
    expect(await h.sh('unalias hi; unalias hi')).toEqual(['bash: unalias: hi: not found\n', 1]);
    expect(await h.sh('alias nope')).toEqual(['bash: alias: nope: not found\n', 1]);
  });
  it('type describes every kind of name', async () => {
    const h = createHarness({ commands: { cat: testCat } });
    expect(await h.sh("alias ll='ls -l'; f() { :; }; type ll if f cd cat nosuch")).toEqual([
      "ll is aliased to `ls -l'\nif is a shell keyword\nf is a function\ncd is a shell builtin\ncat is /usr/bin/cat\nbash: type: nosuch: not found\n",
      1,
    ]);
  });
  it('which and command -v', async () => {
    const h = createHarness({ commands: { cat: testCat } });
    expect(await h.sh('which cat nosuch')).toEqual(['/usr/bin/cat\n', 1]);
    expect(await h.sh('command -v cat cd nosuch')).toEqual(['/usr/bin/cat\ncd\n', 1]);
  });
});

describe('exit, return, eval, history, test', () => {
  it('exit checks its argument', async () => {
    expect(await run('exit abc')).toEqual([
      'bash: exit: abc: numeric argument required\nexit\n',
      2,
    ]);
    expect(await run('exit 1 2')).toEqual(['bash: exit: too many arguments\n', 1]);
  });
  it('return outside a function', async () => {
    expect(await run('return')).toEqual([
      "bash: return: can only `return' from a function or sourced script\n",
      1,
    ]);
  });
  it('eval runs text in this shell', async () => {
    expect(await run("eval 'X=5; echo $X'; echo $X; eval 'echo )'")).toEqual([
      "5\n5\nbash: eval: line 1: syntax error near unexpected token `)'\n",
      2,
    ]);
  });
  it('history lists and clears', async () => {
    const h = createHarness();
    h.tty.hist.push('ls', 'pwd');
    expect(await h.sh('history')).toEqual(['    1  ls\n    2  pwd\n', 0]);
    expect(await h.sh('history -c; history')).toEqual(['', 0]);
  });
  it('test and [ ]', async () => {
    const h = createHarness();
    h.fs.writeFile('/tmp/f', 'x');
    const checks = [
      '[ -f /tmp/f ]',
      '[ -d /tmp ]',
      '! [ -e /nope ]',
      '[ -s /tmp/f ]',
      'test abc = abc',
      '[ a != b ]',
      '[ 3 -gt 2 -a 1 -le 1 ]',
      '[ -z "" -o -n "" ]',
      '[ ! -d /tmp/f ]',
      '[ "(" = "(" ]',
      'test -n x',
    ];
    for (const c of checks) expect((await h.sh(c))[1], c).toBe(0);
    expect(await h.sh('[ 1 -eq x ]')).toEqual(['bash: [: x: integer expression expected\n', 2]);
    expect(await h.sh('[ a = a')).toEqual(["bash: [: missing `]'\n", 2]);
    expect(await h.sh('[ a b c d e ]')).toEqual(['bash: [: too many arguments\n', 2]);
  });
});

describe('machine information', () => {
  it('uname, hostname, whoami, id', async () => {
    expect(await run('uname; uname -r; uname -snm; hostname; whoami; id')).toEqual([
      'Linux\n6.8.0-1019-layerlab\nLinux layerlab x86_64\nlayerlab\nroot\nuid=0(root) gid=0(root) groups=0(root)\n',
      0,
    ]);
    expect((await run('uname -a'))[0]).toMatch(
      /^Linux layerlab 6\.8\.0-1019-layerlab #20-Ubuntu .* x86_64 x86_64 x86_64 GNU\/Linux\n$/,
    );
  });
  it('date and sleep use the lab clock', async () => {
    expect(await run("date; sleep 90; date +'%Y-%m-%d %H:%M:%S'; sleep 1m 1s; date +%s")).toEqual([
      'Sun Nov 22 14:00:00 UTC 2026\n2026-11-22 14:01:30\n1795356151\n',
      0,
    ]);
    expect(await run('sleep x')).toEqual([
      "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n",
      1,
    ]);
  });
  it('clear, help, true, false, :, wait, kill', async () => {
    expect(await run('clear')).toEqual(['\x1b[H\x1b[2J\x1b[3J', 0]);
    expect((await run('help'))[0]).toContain('Background jobs (&) are not modelled');
    expect(await run('true; echo $?; false; echo $?; : ignored; wait; echo $?')).toEqual([
      '0\n1\n0\n',
      0,
    ]);
    expect(await run('kill 42')).toEqual(['bash: kill: (42) - No such process\n', 1]);
  });
  it('exec replaces the shell', async () => {
    const h = createHarness();
    expect(await h.sh('exec echo bye; echo never')).toEqual(['bye\nexit\n', 0]);
    expect(h.shell.exited).toBe(true);
  });
});
