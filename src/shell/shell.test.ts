import { describe, expect, it } from 'vitest';
import { createHarness, testCat, testHead, testYes } from './testing/harness';

const commands = { cat: testCat, yes: testYes, head: testHead };

async function run(source: string) {
  const h = createHarness({ commands });
  return h.sh(source);
}

describe('words, quoting and expansion', () => {
  it('echoes with quotes and variables', async () => {
    expect(await run(`A='a  b'; echo $A "$A" '$A' \\$A`)).toEqual(['a b a  b $A $A\n', 0]);
  });
  it('expands defaults and alternatives', async () => {
    expect(await run('echo ${X:-def} ${X-unset} ${X:=set} $X ${X:+alt} ${#X}')).toEqual([
      'def unset set set alt 3\n',
      0,
    ]);
  });
  it('trims prefixes and suffixes and replaces', async () => {
    expect(
      await run('F=archive.tar.gz; echo ${F%.*} ${F%%.*} ${F#*.} ${F##*.} ${F/a/A} ${F//a/A}'),
    ).toEqual(['archive.tar archive tar.gz gz Archive.tar.gz Archive.tAr.gz\n', 0]);
  });
  it('substitutes commands and arithmetic', async () => {
    expect(await run('echo $(echo hi) `echo there` $((1 + 2 * 3)) $(( (1+2)*3 ))')).toEqual([
      'hi there 7 9\n',
      0,
    ]);
  });
  it('handles positional parameters in functions', async () => {
    expect(
      await run('f() { echo $# "$1" "$@"; for a in "$@"; do echo "[$a]"; done; }; f "a b" c'),
    ).toEqual(['2 a b a b c\n[a b]\n[c]\n', 0]);
  });
  it('reports $? and $$', async () => {
    expect(await run('false; echo $?; true; echo $? $$')).toEqual(['1\n0 1\n', 0]);
  });
  it('expands tilde', async () => {
    expect(await run('echo ~ ~/x "~"')).toEqual(['/root /root/x ~\n', 0]);
  });
  it('splits on IFS only unquoted expansions', async () => {
    expect(
      await run('X="1 2  3"; for i in $X; do echo $i; done; for i in "$X"; do echo "$i"; done'),
    ).toEqual(['1\n2\n3\n1 2  3\n', 0]);
  });
  it('globs against the filesystem', async () => {
    const h = createHarness({ commands });
    for (const f of ['b.txt', 'a.txt', 'c.log', '.hidden']) h.fs.writeFile(`/tmp/${f}`, '');
    expect(
      await h.sh(
        'cd /tmp; echo *.txt; echo *; echo "*.txt"; echo *.none; echo ?.log; echo [ab].txt',
      ),
    ).toEqual(['a.txt b.txt\na.txt b.txt c.log\n*.txt\n*.none\nc.log\na.txt b.txt\n', 0]);
    expect(await h.sh('echo /tmp/*.log')).toEqual(['/tmp/c.log\n', 0]);
  });
  it('keeps line continuations and comments', async () => {
    expect(await run('echo a \\\n  b # comment')).toEqual(['a b\n', 0]);
  });
  it("supports $'…' quoting", async () => {
    expect(await run("echo $'a\\tb'")).toEqual(['a\tb\n', 0]);
  });
});

describe('control flow', () => {
  it('runs && || and !', async () => {
    expect(
      await run('true && echo y || echo n; false && echo y || echo n; ! false && echo neg'),
    ).toEqual(['y\nn\nneg\n', 0]);
  });
  it('runs if/elif/else', async () => {
    expect(
      await run(
        'for x in 1 2 3; do if [ $x = 1 ]; then echo one; elif [ $x -eq 2 ]; then echo two; else echo other; fi; done',
      ),
    ).toEqual(['one\ntwo\nother\n', 0]);
  });
  it('runs while and until with break and continue', async () => {
    expect(
      await run(
        'i=0; while [ $i -lt 5 ]; do i=$((i+1)); [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done; until true; do echo never; done',
      ),
    ).toEqual(['1\n3\n', 0]);
  });
  it('runs case with patterns', async () => {
    const src =
      'for f in a.txt b.tar.gz c; do case $f in *.txt) echo text;; *.tar.*|*.tgz) echo tarball;; *) echo other;; esac; done';
    expect(await run(src)).toEqual(['text\ntarball\nother\n', 0]);
  });
  it('runs subshells and groups', async () => {
    expect(
      await run('X=1; (X=2; cd /tmp; echo $X $PWD); echo $X $PWD; { X=3; echo g; }; echo $X'),
    ).toEqual(['2 /tmp\n1 /root\ng\n3\n', 0]);
  });
  it('returns from functions with local variables', async () => {
    expect(
      await run('x=outer; f() { local x=inner; echo $x; return 3; echo no; }; f; echo $? $x'),
    ).toEqual(['inner\n3 outer\n', 0]);
  });
  it('set -e stops at a failing command but not in conditions', async () => {
    const h = createHarness({ commands });
    expect(
      await h.sh('set -e; if false; then :; fi; false || true; echo still; false; echo never'),
    ).toEqual(['still\nexit\n', 1]);
    expect(h.shell.exited).toBe(true);
  });
  it('set -x traces commands', async () => {
    expect(await run("set -x; echo 'a b' c")).toEqual(["+ echo 'a b' c\na b c\n", 0]);
  });
  it('set -u reports unbound variables and abandons the line, as interactive bash does', async () => {
    expect(await run('set -u; echo $NOPE; echo after')).toEqual([
      'bash: NOPE: unbound variable\n',
      1,
    ]);
  });
  it('exits with a status', async () => {
    const h = createHarness();
    expect(await h.sh('exit 3')).toEqual(['exit\n', 3]);
    expect(h.shell.exitStatus).toBe(3);
  });
  it('(exit) only leaves the subshell', async () => {
    expect(await run('(exit 4); echo $?')).toEqual(['4\n', 0]);
  });
});

describe('redirections and here-docs', () => {
  it('writes, appends and reads files', async () => {
    const h = createHarness({ commands });
    expect(
      await h.sh('echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f; cat /tmp/f | head -1'),
    ).toEqual(['one\ntwo\none\n', 0]);
  });
  it('redirects stderr', async () => {
    const h = createHarness({ commands });
    expect(await h.sh('nope 2> /tmp/err; cat /tmp/err; nope 2>/dev/null; echo $?')).toEqual([
      'bash: nope: command not found\n127\n',
      0,
    ]);
    expect(await h.sh('{ echo out; nope; } > /tmp/both 2>&1; cat /tmp/both')).toEqual([
      'out\nbash: nope: command not found\n',
      0,
    ]);
    expect(await h.sh('nope &> /tmp/all; cat /tmp/all')).toEqual([
      'bash: nope: command not found\n',
      0,
    ]);
  });
  it('reports redirection errors', async () => {
    expect(await run('echo x > /no/such/f')).toEqual([
      'bash: /no/such/f: No such file or directory\n',
      1,
    ]);
    expect(await run('cat < /missing')).toEqual(['bash: /missing: No such file or directory\n', 1]);
    expect(await run('echo x > /tmp')).toEqual(['bash: /tmp: Is a directory\n', 1]);
  });
  it('reads here-docs, with and without expansion', async () => {
    expect(
      await run(
        "N=world; cat <<EOF\nhello $N\n$(echo sub)\nEOF\ncat <<'EOF'\n$N\nEOF\ncat <<-X\n\t\tindented\n\tX",
      ),
    ).toEqual(['hello world\nsub\n$N\nindented\n', 0]);
  });
  it('reads here-strings', async () => {
    expect(await run('cat <<< "a b"')).toEqual(['a b\n', 0]);
  });
});

describe('pipelines and limits', () => {
  it('pipes through stages', async () => {
    expect(await run('echo hi | cat | cat')).toEqual(['hi\n', 0]);
  });
  it('ends yes | head -1', async () => {
    expect(await run('yes | head -1')).toEqual(['y\n', 0]);
  });
  it('ends a shell loop feeding head', async () => {
    expect(await run('while true; do echo y; done | head -2')).toEqual(['y\ny\n', 0]);
  });
  it('pipefail reports the failing stage', async () => {
    expect(await run('false | true; echo $?; set -o pipefail; false | true; echo $?')).toEqual([
      '0\n1\n',
      0,
    ]);
  });
  it('stops infinite loops at the step limit', async () => {
    const h = createHarness({ stepLimit: 5000 });
    const [out, status] = await h.sh('while true; do :; done');
    expect(out).toBe('\nlayerlab: command stopped: it ran too long (5,000 steps)\n');
    expect(status).toBe(130);
    expect(await h.sh('echo fine')).toEqual(['fine\n', 0]);
  });
  it('stops yes at the step limit', async () => {
    const h = createHarness({ stepLimit: 100, commands });
    const [out, status] = await h.sh('yes > /dev/null');
    expect(out).toContain('layerlab: command stopped');
    expect(status).toBe(130);
  });
  it('Ctrl+C interrupts a loop when the host gets a turn', async () => {
    let h: ReturnType<typeof createHarness> | null = null;
    let turns = 0;
    h = createHarness({
      yieldToHost: async () => {
        if (++turns === 3) h?.tty.interrupt();
      },
    });
    expect(await h.sh('while :; do :; done; echo after')).toEqual(['\n', 130]);
  });
  it('stops runaway recursion with one line and stays at the prompt', async () => {
    const h = createHarness();
    const [out, status] = await h.sh('f() { echo -n; f; }; f; echo never');
    expect(out).toBe(
      "layerlab: command stopped: function 'f' nested 200 deep; real bash has no limit and recurses until it crashes\n",
    );
    expect(status).toBe(130);
    expect(
      await h.sh('echo fine; f() { [ $1 -lt 150 ] && f $(($1 + 1)) || echo $1; }; f 0'),
    ).toEqual(['fine\n150\n', 0]);
  });
  it('stops a fork bomb with one line', async () => {
    const h = createHarness();
    const [out, status] = await h.sh(':(){ :|:& };:');
    expect(out.split('\n').filter((l) => l !== '')).toEqual([
      'layerlab: background jobs (&) are not modelled; the command runs in the foreground',
      "layerlab: command stopped: ':' keeps starting copies of itself (a fork bomb); a real machine would run out of processes",
    ]);
    expect(status).toBe(130);
    expect(await h.sh('echo fine')).toEqual(['fine\n', 0]);
  });
  it('stops a runaway script run by bash without killing the login shell', async () => {
    const h = createHarness();
    h.fs.writeFile('/root/r.sh', 'r() { r; }\nr\necho never\n');
    const [out, status] = await h.sh('bash /root/r.sh; echo never');
    expect(out).toContain("function 'r' nested 200 deep");
    expect(out).not.toContain('never');
    expect(status).toBe(130);
    expect(await h.sh('echo $?')).toEqual(['130\n', 0]);
  });
  it('notes that background jobs run in the foreground', async () => {
    expect(await run('echo a & echo b')).toEqual([
      'layerlab: background jobs (&) are not modelled; the command runs in the foreground\na\nb\n',
      0,
    ]);
  });
});

describe('commands on PATH and scripts', () => {
  it('says command not found', async () => {
    expect(await run('nosuch arg')).toEqual(['bash: nosuch: command not found\n', 127]);
  });
  it('needs both a file and an implementation', async () => {
    const h = createHarness();
    h.fs.writeFile('/usr/bin/fake', { kind: 'blob', size: 10, digest: 'x' }, { mode: 0o755 });
    expect(await h.sh('fake')).toEqual([
      'bash: fake: this program is not simulated in layerlab\n',
      126,
    ]);
    expect(await h.sh('cat')).toEqual(['bash: cat: command not found\n', 127]);
  });
  it('runs scripts by path, with sh and bash, and refuses non-executables', async () => {
    const h = createHarness({ commands });
    h.fs.writeFile('/root/s.sh', '#!/bin/sh\necho "script $1 $0"\nexit 5\n');
    expect(await h.sh('./s.sh a')).toEqual(['bash: ./s.sh: Permission denied\n', 126]);
    // Found on PATH without an x bit: bash names the file it found (the first one).
    h.fs.writeFile('/usr/local/bin/s', '#!/bin/sh\necho s\n');
    h.fs.writeFile('/usr/bin/s', '#!/bin/sh\necho s\n');
    expect(await h.sh('s')).toEqual(['bash: /usr/local/bin/s: Permission denied\n', 126]);
    h.fs.chmod('/usr/bin/s', 0o755);
    expect(await h.sh('s')).toEqual(['s\n', 0]);
    h.fs.chmod('/root/s.sh', 0o755);
    expect(await h.sh('./s.sh a; echo $?')).toEqual(['script a ./s.sh\n5\n', 0]);
    expect(await h.sh('bash s.sh b')).toEqual(['script b s.sh\n', 5]);
    expect(await h.sh("sh -c 'echo $0 $1; exit 2' zero one")).toEqual(['zero one\n', 2]);
    expect(await h.sh('./missing.sh')).toEqual([
      'bash: ./missing.sh: No such file or directory\n',
      127,
    ]);
    expect(await h.sh('echo "echo piped" | sh')).toEqual(['piped\n', 0]);
  });
  it('sources files into this shell', async () => {
    const h = createHarness();
    h.fs.writeFile('/root/env.sh', 'FOO=bar\ncd /tmp\n');
    expect(await h.sh('. ./env.sh; echo $FOO $PWD; source /nope')).toEqual([
      'bar /tmp\nbash: /nope: No such file or directory\n',
      1,
    ]);
  });
  it('passes exported variables and prefix assignments to programs', async () => {
    const h = createHarness({ commands });
    expect(
      await h.sh("A=1 sh -c 'echo $A $B'; B=2; sh -c 'echo \"[$B]\"'; export B; sh -c 'echo $B'"),
    ).toEqual(['1\n[]\n2\n', 0]);
  });
});

describe('syntax errors', () => {
  it('prints bash text and exits 2', async () => {
    expect(await run('echo )')).toEqual(["bash: syntax error near unexpected token `)'\n", 2]);
    expect(await run('if then fi')).toEqual([
      "bash: syntax error near unexpected token `then'\n",
      2,
    ]);
    expect(await run('echo a;; b')).toEqual(["bash: syntax error near unexpected token `;;'\n", 2]);
  });
});

describe('prompts', () => {
  it('shows the host prompt and follows cd', async () => {
    const h = createHarness();
    expect(h.shell.prompt()).toBe('root@layerlab:~# ');
    await h.sh('cd /etc');
    expect(h.shell.prompt()).toBe('root@layerlab:/etc# ');
    expect(h.shell.continuationPrompt()).toBe('> ');
  });
  it('varies by distribution', async () => {
    const system = { hostname: '3f4e5d6c7b8a' };
    expect(createHarness({ flavor: 'debian', system, cwd: '/app' }).shell.prompt()).toBe(
      'root@3f4e5d6c7b8a:/app# ',
    );
    const c = createHarness({ flavor: 'centos', system, cwd: '/' });
    expect(c.shell.prompt()).toBe('[root@3f4e5d6c7b8a /]# ');
    await c.sh('cd /usr/bin');
    expect(c.shell.prompt()).toBe('[root@3f4e5d6c7b8a bin]# ');
    expect(createHarness({ flavor: 'alpine', system, cwd: '/' }).shell.prompt()).toBe('/ # ');
  });
});
