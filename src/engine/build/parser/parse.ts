// The Dockerfile parser (BuildKit frontend/dockerfile/parser, v0.22 behaviour): directives,
// comments, continuations, here-docs and per-instruction argument shapes, into an AST. It does
// not know which instructions exist; that is the instruction layer's job.

import { isGoSpace, trimGoSpace, trimLeftGoSpace } from '../text/go-space';
import type { AstResult, DockerfileAst, Heredoc, InstructionNode, ParseError } from './ast';
import { trimContinuation } from './continuation';
import { createDirectiveState, possibleDirective } from './directives';
import { heredocsFromLine } from './heredoc';
import { LINE_TOO_LONG, LineReader } from './line-reader';
import { nodeFromLine, type NodeDraft } from './node-from-line';

const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);

function trimNewline(s: string): string {
  let j = s.length;
  while (j > 0 && (s[j - 1] === '\n' || s[j - 1] === '\r')) j--;
  return s.slice(0, j);
}

function isComment(raw: string): boolean {
  let i = 0;
  while (i < raw.length && isGoSpace(raw.charCodeAt(i))) i++;
  return raw[i] === '#';
}

function canContainHeredoc(node: NodeDraft): boolean {
  const target = node.value.toLowerCase() === 'onbuild' && node.child ? node.child : node;
  return HEREDOC_INSTRUCTIONS.has(target.value.toLowerCase()) && !target.json;
}

const NO_HEREDOCS: readonly Heredoc[] = [];

function finish(draft: NodeDraft, startLine: number, endLine: number): InstructionNode {
  const node: InstructionNode = {
    value: draft.value,
    flags: draft.flags,
    args: draft.args,
    json: draft.json,
    heredocs: NO_HEREDOCS,
    original: draft.original,
    startLine,
    endLine,
    comments: draft.comments,
  };
  return draft.child ? { ...node, child: finish(draft.child, startLine, endLine) } : node;
}

function fail(message: string, line: number, endLine?: number): AstResult {
  const error: ParseError =
    endLine === undefined || endLine === line ? { message, line } : { message, line, endLine };
  return { ok: false, error };
}

/** Parses Dockerfile text into BuildKit's AST. Errors are values; it never throws. */
export function parseAst(text: string): AstResult {
  const reader = new LineReader(text);
  const directives = createDirectiveState();
  const children: InstructionNode[] = [];
  const emptyContinuationLines: number[] = [];
  let comments: string[] = [];
  let currentLine = 0;

  for (let raw = reader.next(); raw !== undefined; raw = reader.next()) {
    if (currentLine === 0 && raw.startsWith('\uFEFF')) raw = raw.slice(1);
    if (isComment(raw)) {
      // Upstream drops the first character of the raw line, whitespace and all.
      const comment = trimGoSpace(raw.slice(1));
      if (comment === '') comments = [];
      else comments.push(comment);
    }
    const first = trimLeftGoSpace(trimNewline(raw));
    const directiveError = possibleDirective(directives, first, currentLine + 1);
    if (directiveError !== undefined) return fail(directiveError, currentLine + 1);
    currentLine++;
    const startLine = currentLine;
    let { line, continues } = trimContinuation(
      first.startsWith('#') ? '' : first,
      directives.escapeToken,
    );
    if (!continues && line === '') continue;

    while (continues) {
      const next = reader.next();
      if (next === undefined) break;
      const body = trimNewline(next);
      const err = possibleDirective(directives, body, currentLine + 1);
      if (err !== undefined) return fail(err, currentLine + 1);
      currentLine++;
      if (isComment(next)) continue;
      if (trimLeftGoSpace(body) === '') {
        emptyContinuationLines.push(currentLine);
        continue;
      }
      const trimmed = trimContinuation(body, directives.escapeToken);
      line += trimmed.line;
      continues = trimmed.continues;
    }

    const draft = nodeFromLine(line, directives.escapeToken, comments);
    if ('error' in draft) return fail(draft.error, startLine, currentLine);

    const heredocs: Heredoc[] = [];
    if (canContainHeredoc(draft) && line.includes('<<')) {
      const headers = heredocsFromLine(line);
      if ('error' in headers) return fail(headers.error, startLine, currentLine);
      for (const header of headers) {
        let content = '';
        let terminated = false;
        for (let body = reader.next(); body !== undefined; body = reader.next()) {
          currentLine++;
          let candidate = trimNewline(body);
          if (header.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === header.name) {
            terminated = true;
            break;
          }
          content += body;
        }
        if (!terminated) return fail('unterminated heredoc', startLine, currentLine);
        heredocs.push({ ...header, content });
      }
    }

    const node = finish(draft, startLine, currentLine);
    // Upstream keeps here-docs on the top node, ONBUILD included (it rebuilds its expression).
    children.push(heredocs.length > 0 ? { ...node, heredocs } : node);
    comments = [];
  }

  if (children.length === 0) return fail('file with no instructions', currentLine);
  if (reader.tooLong) return fail(LINE_TOO_LONG, currentLine + 1);

  const ast: DockerfileAst = {
    children,
    directives: directives.found,
    escapeToken: directives.escapeToken,
    emptyContinuationLines,
  };
  return { ok: true, ast };
}
