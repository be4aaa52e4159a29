// COPY [--from=stage|image] [--chown] [--chmod] src… dest: files from the context (or another
// stage, or an image) into a new layer. COPY never unpacks archives; see transfer.ts.

import { transferStep } from '../transfer';
import type { Dispatch } from './common';

export const dispatchCopy: Dispatch<'COPY'> = (sess, s, ins) => transferStep(sess, s, ins);
