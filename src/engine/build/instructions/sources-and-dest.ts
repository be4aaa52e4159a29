// COPY/ADD arguments: the last is the destination; sources shaped like `<<EOF` are here-docs.

import { chompHeredocContent, parseHeredoc } from '../parser/heredoc';
import type { ParseRequest } from './request';
import type { SourceContent } from './types';

export interface SplitSources {
  readonly sources: string[];
  readonly sourceContents: SourceContent[];
  readonly dest: string;
}

function heredocName(word: string): string | undefined {
  const doc = parseHeredoc(word);
  return doc === undefined || 'error' in doc ? undefined : doc.name;
}

export function splitSourcesAndDest(
  req: ParseRequest,
  cmd: string,
): SplitSources | { error: string } {
  const dest = req.args[req.args.length - 1];
  if (heredocName(dest) !== undefined)
    return { error: `${cmd} cannot accept a heredoc as a destination` };
  const byName = new Map(req.node.heredocs.map((h) => [h.name, h]));
  const sources: string[] = [];
  const sourceContents: SourceContent[] = [];
  for (const src of req.args.slice(0, -1)) {
    const doc = parseHeredoc(src);
    if (doc === undefined || 'error' in doc) {
      sources.push(src);
      continue;
    }
    const body = byName.get(doc.name)?.content ?? '';
    sourceContents.push({
      path: doc.name,
      data: doc.chomp ? chompHeredocContent(body) : body,
      expand: doc.expand,
    });
  }
  return { sources, sourceContents, dest };
}
