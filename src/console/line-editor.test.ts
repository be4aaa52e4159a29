import { describe, expect, it } from 'vitest';
import { LineEditor } from './line-editor';

describe('LineEditor completion listing', () => {
  it('lists the candidates on the second Tab even when the width is unbounded (no-wrap mode)', () => {
    let out = '';
    const editor = new LineEditor({
      prompt: '$ ',
      startColumn: 0,
      columns: Number.MAX_SAFE_INTEGER,
      complete: () => ({ start: 0, candidates: ['alpha', 'beta', 'gamma'] }),
      write: (d) => (out += d),
    });
    editor.start();
    const tab = { kind: 'nav', name: 'tab' } as const;
    editor.handleKeys([tab, tab], 0, () => undefined);
    expect(out).toContain('alpha  beta   gamma\r\n');
  });
});
