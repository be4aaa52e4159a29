// Reads a Dockerfile line by line, newline kept (here-doc bodies need it), the way BuildKit's
// bufio.Scanner does: a last line without newline still counts, and a line longer than the
// scanner's 64 KiB buffer stops reading with an error instead of being returned.

import { utf8Length } from '../../text/utf8';

const MAX_TOKEN_BYTES = 64 * 1024;

export const LINE_TOO_LONG = `dockerfile line greater than max allowed size of ${MAX_TOKEN_BYTES - 1}`;

export class LineReader {
  private pos = 0;
  /** Set once a line was too long; reading then behaves as end of input. */
  tooLong = false;

  constructor(private readonly text: string) {}

  next(): string | undefined {
    if (this.tooLong || this.pos >= this.text.length) return undefined;
    const nl = this.text.indexOf('\n', this.pos);
    const end = nl < 0 ? this.text.length : nl + 1;
    const line = this.text.slice(this.pos, end);
    // Only long lines can exceed the buffer, so most lines skip the byte count.
    if (line.length * 3 >= MAX_TOKEN_BYTES && utf8Length(line) > MAX_TOKEN_BYTES) {
      this.tooLong = true;
      return undefined;
    }
    this.pos = end;
    return line;
  }
}
