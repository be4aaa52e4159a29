// bash 5.2 language features beyond POSIX sh: brace expansion, [[ ]], (( )), arrays, substrings,
// declare/typeset/readonly/let, trap, printf -v, fatal expansion errors, exec redirections.
// Expected texts were checked against GNU bash 5.2.15.

import { describe, expect, it } from 'vitest';
import { createHarness, testCat } from '../testing/harness';
import type { OutputStream } from '../types';

async function run(source: string) {
  return createHarness({ commands: { cat: testCat } }).sh(source);
}

/** Without a terminal, as a RUN step or `docker run … sh -c` runs it. */
async function script(source: string): Promise<[string, number]> {
  const h = createHarness({ commands: { cat: testCat } });
  let text = '';
  const out: OutputStream = { write: (t) => void (text += t), isTTY: false, columns: 80 };
  const status = await h.shell.execute(source, { stdout: out, stderr: out });
  return [text, status];
}

describe('brace expansion', () => {
  it('expands lists, sequences, padding, steps and nesting, not quotes', async () => {
    expect(
      await run(
        'echo {a,b,c} x{1..3}y {5..1} {a..e..2} {01..10..3} {a,b{1,2}} "{a,b}" {x} {} a{,b}',
      ),
    ).toEqual(['a b c x1y x2y x3y 5 4 3 2 1 a c e 01 04 07 10 a b1 b2 {a,b} {x} {} a ab\n', 0]);
  });
  it('says so past 100,000 words instead of cutting the list short', async () => {
    expect(await run('echo {1..200000}; echo same line')).toEqual([
      'layerlab: brace expansion past 100,000 words is not modelled\n',
      1,
    ]);
  });
  it('multiplies out in order', async () => {
    expect(await run('echo pre-{1..2}-{a,b}')).toEqual(['pre-1-a pre-1-b pre-2-a pre-2-b\n', 0]);
  });
});

describe('[[ … ]]', () => {
  it('matches globs unless quoted, combines with && || ! and parentheses', async () => {
    expect(
      await run(
        'x=hello; [[ $x == h*o ]] && echo glob; [[ $x == "h*o" ]] || echo literal; ' +
          '[[ -n $x && ( -z "" || 1 -eq 2 ) ]] && echo combo; [[ ! -f /nonexist ]] && echo nofile; ' +
          '[[ b > a ]] && echo gt; [[ 1+1 -eq 2 ]] && echo arith; y="a b"; [[ $y = "a b" ]] && echo nosplit',
      ),
    ).toEqual(['glob\nliteral\ncombo\nnofile\ngt\narith\nnosplit\n', 0]);
  });
  it('=~ fills BASH_REMATCH; a bad regex is status 2', async () => {
    expect(
      await run(
        'x=abc123; [[ $x =~ ^([a-z]+)([0-9]+)$ ]] && echo "${BASH_REMATCH[@]}" ${#BASH_REMATCH[@]}; re="("; [[ a =~ $re ]]; echo $?',
      ),
    ).toEqual(['abc123 abc 123 3\n2\n', 0]);
  });
  it('reports an unclosed [[ as incomplete and a bad one as a syntax error', async () => {
    const h = createHarness();
    expect(h.shell.isComplete('[[ -f x')).toBe(false);
    expect(await h.sh('[[ a == ]]')).toEqual([
      "bash: unexpected argument `]]' to conditional binary operator\n",
      2,
    ]);
  });
});

describe('arithmetic commands', () => {
  it('(( )) sets the status from the value and assigns', async () => {
    expect(
      await run('(( 1 + 1 )); echo $?; (( 0 )); echo $?; ((x = 5, y = x * 2)); echo $x $y'),
    ).toEqual(['0\n1\n5 10\n', 0]);
  });
  it('for (( ; ; )) loops with break and continue', async () => {
    expect(
      await run(
        'for ((i=0;i<10;i++)); do [ $i -eq 2 ] && continue; [ $i -eq 4 ] && break; echo $i; done',
      ),
    ).toEqual(['0\n1\n3\n', 0]);
  });
  it('let evaluates each argument; status 1 when the last is 0', async () => {
    expect(await run('let a=1+2 b=a*3; echo $? $a $b; let c=0; echo $?')).toEqual([
      '0 3 9\n1\n',
      0,
    ]);
  });
});

describe('indexed arrays', () => {
  it('assigns, appends, indexes, counts and lists keys', async () => {
    expect(
      await run(
        'a=(1 "2 3"); a+=(4); a[7]=eight; echo ${a[1]} ${#a[@]} ${!a[@]} ${a[-1]} $a; for i in "${a[@]}"; do echo "[$i]"; done',
      ),
    ).toEqual(['2 3 4 0 1 2 7 eight 1\n[1]\n[2 3]\n[4]\n[eight]\n', 0]);
  });
  it('unsets elements, joins "${a[*]}" with IFS, slices and substitutes per element', async () => {
    expect(
      await run(
        'a=(p q r s); unset "a[1]"; echo ${a[@]} ${!a[@]}; IFS=,; echo "${a[*]}"; IFS=" "; b=(p q r s); echo ${b[@]:1:2} ${b[@]/q/Q}',
      ),
    ).toEqual(['p r s 0 2 3\np,r,s\nq r p Q r s\n', 0]);
  });
  it('uses elements in arithmetic', async () => {
    expect(
      await run('a=(3 1 2); echo $(( a[0] + a[2] )); (( a[1] = 9 )); i=1; echo ${a[@]} ${a[i]}'),
    ).toEqual(['5\n3 9 2 9\n', 0]);
  });
});

describe('substrings', () => {
  it('${v:off:len} with negative offsets and lengths, and on $@', async () => {
    expect(
      await run(
        'v=abcdefgh; echo ${v:2} ${v:2:3} ${v: -3} ${v: -3:2} ${v:1:-2}; set -- a b c d; echo ${@:2:2}',
      ),
    ).toEqual(['cdefgh cde fgh fg bcdef\nb c\n', 0]);
  });
});

describe('declare, typeset, readonly, local', () => {
  it('prints attributes as declare -p does', async () => {
    expect(
      await run(
        'declare -i n=3+4; n+=2; declare -a arr=(x "y z"); declare -x E=2; declare -r R=1; declare -p n arr E R',
      ),
    ).toEqual([
      'declare -i n="9"\ndeclare -a arr=([0]="x" [1]="y z")\ndeclare -x E="2"\ndeclare -r R="1"\n',
      0,
    ]);
  });
  it('declare in a function is local', async () => {
    expect(
      await run(
        'f() { declare loc=in; local -a la=(1 2); echo $loc ${la[1]}; }; f; echo "${loc-unset}" "${la-unset}"',
      ),
    ).toEqual(['in 2\nunset unset\n', 0]);
  });
  it('assigning a readonly variable abandons the line; unset refuses', async () => {
    expect(await run('readonly r=1; r=2; echo never')).toEqual(['bash: r: readonly variable\n', 1]);
    expect(await script('readonly r=1\nunset r\necho $? $r')).toEqual([
      'bash: unset: r: cannot unset: readonly variable\n1 1\n',
      0,
    ]);
  });
  it('while read over a file or here-doc', async () => {
    expect(
      await run(
        'printf \'a b c\\nd\\n\' > /tmp/f; while read x y; do echo "[$x|$y]"; done < /tmp/f; echo st=$?',
      ),
    ).toEqual(['[a|b c]\n[d|]\nst=0\n', 0]);
  });
  it('typeset is declare', async () => {
    expect(await run('typeset -i k=2*3; echo $k')).toEqual(['6\n', 0]);
  });
});

describe('trap', () => {
  it('runs EXIT at exit with the exit status, and in a subshell for its own trap', async () => {
    expect(await script("trap 'echo bye $?' EXIT; echo body; exit 3")).toEqual([
      'body\nbye 3\n',
      3,
    ]);
    expect(await script("(trap 'echo sub-exit' EXIT; echo in-sub); echo after")).toEqual([
      'in-sub\nsub-exit\nafter\n',
      0,
    ]);
  });
  it('runs EXIT after set -e stops a script', async () => {
    expect(
      await script('bash -c \'set -e; trap "echo cleanup" EXIT; false; echo never\'; echo "st=$?"'),
    ).toEqual(['cleanup\nst=1\n', 0]);
  });
  it('lists and resets; other signals are recorded with a note', async () => {
    expect(
      await run("trap 'echo one' EXIT; trap -p; trap - EXIT; trap -p; trap 'x' INT; trap -p INT"),
    ).toEqual([
      "trap -- 'echo one' EXIT\nlayerlab: trap: SIGINT is recorded, but only EXIT traps run in this lab\ntrap -- 'x' SIGINT\n",
      0,
    ]);
  });
});

describe('printf -v', () => {
  it('assigns instead of printing, also to an element', async () => {
    expect(
      await run(
        "printf -v out '%05d|%s' 42 hi; echo \"$out\"; printf -v 'arr[2]' '%s' two; echo ${arr[2]}",
      ),
    ).toEqual(['00042|hi\ntwo\n', 0]);
  });
});

describe('expansion errors', () => {
  it('bad arithmetic abandons the rest of the line; the next line runs', async () => {
    expect(await script('x=$(( 1/0 )); echo same line\necho next line')).toEqual([
      'bash: line 1: 1/0 : division by 0 (error token is "0 ")\nnext line\n',
      0,
    ]);
  });
  it('${x:?} and set -u exit a non-interactive shell (127 for -c, 1 for a script)', async () => {
    expect(await script('echo ${nope:?is unset}; echo never\necho never either')).toEqual([
      'bash: line 1: nope: is unset\n',
      127,
    ]);
    expect(
      await script(
        "printf 'set -u\\necho $nope\\necho never\\n' > /tmp/s.sh; bash /tmp/s.sh; echo st=$?",
      ),
    ).toEqual(['/tmp/s.sh: line 2: nope: unbound variable\nst=1\n', 0]);
  });
  it('a subshell with a fatal error exits 1 and the parent goes on', async () => {
    expect(await script('x=$(echo ${y:?}); echo after $?')).toEqual([
      'bash: line 1: y: parameter null or not set\nafter 1\n',
      0,
    ]);
  });
});

describe('exec redirections', () => {
  it('keep the redirection for the rest of the shell, not for pipes', async () => {
    const h = createHarness({ commands: { cat: testCat } });
    const [out] = await h.sh('exec >/tmp/o.txt; echo a; echo b | cat; exec 2>&1; echo err >&2');
    expect(out).toBe('');
    expect(h.fs.readText('/tmp/o.txt')).toBe('a\nb\nerr\n');
    expect(await h.sh('echo still redirected; exec >/dev/tty; echo back')).toEqual(['back\n', 0]);
  });
});
