import { expect, it } from 'vitest';
import { utf8Length } from './utf8';

it('counts UTF-8 bytes as an encoder would', () => {
  for (const s of ['', 'abc', 'é', '镜像', '🐳 docker', 'a\ud800']) {
    expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
  }
});
