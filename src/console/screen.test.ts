import { describe, expect, it } from 'vitest';
import { renderPlain } from './screen';

describe('renderPlain', () => {
  it('drops colours and applies carriage returns', () => {
    expect(renderPlain('\x1b[01;34mbin\x1b[0m  etc\r\n')).toBe('bin  etc\n');
    expect(renderPlain('50%\r100%\r\n')).toBe('100%\n');
  });

  it('collapses progress redrawn with cursor-up, as docker pull draws it', () => {
    const frames =
      'a: Downloading\r\nb: Waiting\r\n' +
      '\x1b[2A\x1b[2Ka: Pull complete\r\n\x1b[2Kb: Pull complete\r\n';
    expect(renderPlain(frames)).toBe('a: Pull complete\nb: Pull complete\n');
  });

  it('keeps what was shown before a clear, like scrollback', () => {
    expect(renderPlain('old\r\n\x1b[H\x1b[2J\x1b[3Jnew')).toBe('old\nnew');
  });

  it('erases to the end of the line and moves by columns', () => {
    expect(renderPlain('hello world\r\x1b[6C\x1b[Kthere')).toBe('hello there');
    expect(renderPlain('abc\x1b[2Dx')).toBe('axc');
  });
});

describe('alternate screen', () => {
  it('drops what a full-screen program drew once it leaves', () => {
    expect(renderPlain('$ vi f\r\n\x1b[?1049h\x1b[H\x1b[2Jvi screen\x1b[?1049l$ ')).toBe(
      '$ vi f\n$ ',
    );
  });
});

describe('wide characters', () => {
  it('take two cells, so cursor moves and erases after them land as on a terminal', () => {
    expect(renderPlain('中文ab\r\x1b[4CX')).toBe('中文Xb');
    expect(renderPlain('中文\r\x1b[2CX')).toBe('中X ');
    expect(renderPlain('=> 构建 [1/2]\x1b[6G\x1b[K完成')).toBe('=> 构完成');
  });
});
