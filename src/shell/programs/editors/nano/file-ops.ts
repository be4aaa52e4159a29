// Writing the buffer out, with nano's status messages: "[ Wrote 12 lines ]" or
// "[ Error writing /nope/x: No such file or directory ]".

import { errnoMessage } from '../../../../engine/fs/errors';
import { saveFile } from '../file';
import { countLines, endTyping, nanoContent, say, type NanoState } from './state';

export function writeOut(s: NanoState, name: string): boolean {
  endTyping(s);
  const content = nanoContent(s);
  const path = s.env.resolve(name);
  const r = saveFile(s.env.fs, path, content);
  if (!r.ok) {
    say(s, `Error writing ${name}: ${errnoMessage(r.code)}`);
    return false;
  }
  const n = countLines(content);
  say(s, `Wrote ${n} line${n === 1 ? '' : 's'}`);
  s.name = name;
  s.buf.markSaved();
  return true;
}
