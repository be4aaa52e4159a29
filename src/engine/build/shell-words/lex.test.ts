import { describe, expect, it } from 'vitest';
import { envFromList } from './env';
import { expand, expandWord, expandWords } from './lex';

const env = envFromList(['FILE=archive.tar.gz', 'PATH=/usr/local/bin:/usr/bin', 'EMPTY=']);

describe('pattern operators', () => {
  it('# and ## trim prefixes, % and %% suffixes', () => {
    expect(expandWord('${FILE#*.}', env)).toEqual({ ok: true, value: 'tar.gz' });
    expect(expandWord('${FILE##*.}', env)).toEqual({ ok: true, value: 'gz' });
    expect(expandWord('${FILE%.*}', env)).toEqual({ ok: true, value: 'archive.tar' });
    expect(expandWord('${FILE%%.*}', env)).toEqual({ ok: true, value: 'archive' });
  });

  it('/ and // replace', () => {
    expect(expandWord('${PATH/:/;}', env)).toEqual({
      ok: true,
      value: '/usr/local/bin;/usr/bin',
    });
    expect(expandWord('${PATH//\\//|}', env)).toEqual({
      ok: true,
      value: '|usr|local|bin:|usr|bin',
    });
  });

  it(':# is not a thing', () => {
    expect(expandWord('${FILE:#x}', env).ok).toBe(false);
  });
});

describe('options and bookkeeping', () => {
  it('the escape token can be a backtick', () => {
    expect(expandWord('a`$b c\\d', env, { escapeToken: '`' })).toEqual({
      ok: true,
      value: 'a$b c\\d',
    });
  });

  it('skipUnsetEnv leaves unknown variables as written', () => {
    expect(expandWord('$NOPE ${NOPE:-x} $FILE', env, { skipUnsetEnv: true })).toEqual({
      ok: true,
      value: '$NOPE ${NOPE:-x} archive.tar.gz',
    });
  });

  it('reports matched and unmatched names (for UndefinedVar)', () => {
    const r = expand('$FILE ${NOPE} ${EMPTY:-d}', env);
    expect(r.ok && [[...r.matched], [...r.unmatched]]).toEqual([['FILE', 'EMPTY'], ['NOPE']]);
  });

  it('errors say what failed, in BuildKit\u2019s shape', () => {
    expect(expandWord('${EMPTY:?must be set}', env)).toEqual({
      ok: false,
      error: 'failed to process "${EMPTY:?must be set}": EMPTY: must be set',
    });
    expect(expandWords('"open', env)).toEqual({
      ok: false,
      error:
        'failed to process "\\"open": unexpected end of statement while looking for matching double-quote',
    });
  });
});
