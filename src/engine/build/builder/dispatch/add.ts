// ADD [--chown] [--chmod] src… dest: COPY plus unpacking local tar archives and fetching URLs
// from the lab's outside world (remote files are not unpacked); see transfer.ts.

import { transferStep } from '../transfer';
import type { Dispatch } from './common';

export const dispatchAdd: Dispatch<'ADD'> = (sess, s, ins) => transferStep(sess, s, ins);
