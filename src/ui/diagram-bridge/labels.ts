// Short labels for nodes: the instruction that made a layer (from history `created_by`, the way
// `docker history` reads once the shell prefix is gone), short digests, docker-unit sizes.

import { humanSizeWithPrecision } from '../../docker-cli/format/units';

const NOP = /^\/bin\/sh -c #\(nop\)\s+/;
const SHELL = /^(?:\|\d+(?: \S+=\S*)* )?\/bin\/(?:ba)?sh -c\s+/;
const BUILDKIT_RUN = /^RUN (?:\|\d+(?: \S+=\S*)* )?\/bin\/(?:ba)?sh -c\s+/;
const BUILDKIT_TAIL = /\s*# buildkit$/;

/** `RUN apt-get update && …`, `ADD file:… in /`, `CMD ["bash"]`; cut at `max` with an ellipsis. */
export function instructionLabel(createdBy: string, max = 48): string {
  let s = createdBy.replace(BUILDKIT_TAIL, '').trim();
  if (NOP.test(s)) s = s.replace(NOP, '');
  else if (BUILDKIT_RUN.test(s)) s = `RUN ${s.replace(BUILDKIT_RUN, '')}`;
  else if (SHELL.test(s)) s = `RUN ${s.replace(SHELL, '')}`;
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** 12 hex digits without the algorithm, as docker prints IDs. */
export function shortDigest(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}

/** `77.8MB`, as `docker images` and `docker history` print sizes. */
export function sizeLabel(bytes: number): string {
  return humanSizeWithPrecision(bytes, 3);
}
