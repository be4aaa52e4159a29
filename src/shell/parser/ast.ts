// The shell's syntax tree. Words keep their quoting structure so expansion can tell quoted text
// (never split or globbed) from unquoted text; nested command substitutions are parsed up front,
// so a syntax error inside `$(…)` is reported before anything runs, as bash does.

export type WordPart =
  /** Unquoted literal text (may hold glob characters). */
  | { readonly type: 'lit'; readonly value: string }
  /** Quoted literal text: '…', a backslash escape, or literal text inside "…". */
  | { readonly type: 'quoted'; readonly value: string }
  | { readonly type: 'dq'; readonly parts: readonly WordPart[] }
  | { readonly type: 'tilde'; readonly user: string }
  | ParamPart
  | { readonly type: 'cmdsub'; readonly body: Script }
  | { readonly type: 'arith'; readonly expr: Word }
  /** `( … )` after `name=` in an argument (`declare a=(x y)`): expands to `(` quoted items `)`. */
  | { readonly type: 'array'; readonly items: readonly Word[] };

export type ParamOp =
  | '-'
  | '='
  | '+'
  | '?'
  | '#'
  | '##'
  | '%'
  | '%%'
  | '/'
  | '//'
  | 'length'
  /** `${v:offset}`, `${v:offset:length}`: `arg` is the offset, `rep` the length. */
  | 'substr'
  /** `${!a[@]}`: the indices of an array. */
  | 'keys';

export interface ParamPart {
  readonly type: 'param';
  readonly name: string;
  readonly op?: ParamOp;
  /** `:-` rather than `-`: the test treats an empty value as unset. */
  readonly colon?: boolean;
  readonly arg?: Word;
  /** The replacement of `${v/pat/rep}`; the length of `${v:off:len}`. */
  readonly rep?: Word;
  /** `${a[i]}`: the subscript, an arithmetic expression; `@` or `*` for all elements. */
  readonly index?: Word | '@' | '*';
}

export interface Word {
  readonly parts: readonly WordPart[];
}

export type RedirOp =
  '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
  readonly op: RedirOp;
  /** Explicit file descriptor before the operator (`2>`), if any. */
  readonly fd?: number;
  /** The file name, fd number, here-string word, or here-doc delimiter. */
  readonly target: Word;
  /** A here-doc body, filled in by the parser when it reaches the body lines. */
  heredoc?: { body: Word };
}

export interface Assignment {
  readonly name: string;
  readonly value: Word;
  readonly append: boolean;
  /** `a[i]=v`: the subscript (an arithmetic expression). */
  readonly index?: Word;
  /** `a=(x y z)`: the elements (value is then empty). */
  readonly array?: readonly Word[];
}

export interface SimpleCommand {
  readonly type: 'simple';
  readonly assigns: readonly Assignment[];
  readonly words: readonly Word[];
  readonly redirs: readonly Redirect[];
  /** Line number, for error messages of scripts. */
  readonly line: number;
}

export interface Subshell {
  readonly type: 'subshell';
  readonly body: Script;
  readonly redirs: readonly Redirect[];
}

export interface Group {
  readonly type: 'group';
  readonly body: Script;
  readonly redirs: readonly Redirect[];
}

export interface IfCommand {
  readonly type: 'if';
  readonly clauses: readonly { readonly cond: Script; readonly body: Script }[];
  readonly elseBody?: Script;
  readonly redirs: readonly Redirect[];
}

export interface ForCommand {
  readonly type: 'for';
  readonly name: string;
  /** Absent: iterate over "$@". */
  readonly items?: readonly Word[];
  readonly body: Script;
  readonly redirs: readonly Redirect[];
}

export interface LoopCommand {
  readonly type: 'while';
  readonly until: boolean;
  readonly cond: Script;
  readonly body: Script;
  readonly redirs: readonly Redirect[];
}

export interface CaseItem {
  readonly patterns: readonly Word[];
  readonly body: Script;
  /** `;;` stops, `;&` falls through, `;;&` tests the next pattern. */
  readonly terminator: ';;' | ';&' | ';;&';
}

export interface CaseCommand {
  readonly type: 'case';
  readonly word: Word;
  readonly items: readonly CaseItem[];
  readonly redirs: readonly Redirect[];
}

/** The expression inside `[[ … ]]`. */
export type CondExpr =
  | { readonly type: 'and' | 'or'; readonly left: CondExpr; readonly right: CondExpr }
  | { readonly type: 'not'; readonly expr: CondExpr }
  | { readonly type: 'unary'; readonly op: string; readonly arg: Word }
  | { readonly type: 'binary'; readonly op: string; readonly left: Word; readonly right: Word }
  /** A lone word: true when it expands to a non-empty string. */
  | { readonly type: 'word'; readonly word: Word };

export interface CondCommand {
  readonly type: 'cond';
  readonly expr: CondExpr;
  readonly redirs: readonly Redirect[];
  readonly line: number;
}

/** `(( expr ))`: status 0 when the value is not zero. */
export interface ArithCommand {
  readonly type: 'arith';
  readonly expr: Word;
  readonly redirs: readonly Redirect[];
  readonly line: number;
}

/** `for (( init; cond; step )); do …; done` (an empty cond is true). */
export interface ArithForCommand {
  readonly type: 'arithfor';
  readonly init: Word;
  readonly cond: Word;
  readonly step: Word;
  readonly body: Script;
  readonly redirs: readonly Redirect[];
}

export interface FunctionDef {
  readonly type: 'function';
  readonly name: string;
  readonly body: Command;
}

export type Command =
  | SimpleCommand
  | Subshell
  | Group
  | IfCommand
  | ForCommand
  | LoopCommand
  | CaseCommand
  | CondCommand
  | ArithCommand
  | ArithForCommand
  | FunctionDef;

export interface Pipeline {
  readonly type: 'pipeline';
  readonly bang: boolean;
  readonly commands: readonly Command[];
}

export interface AndOr {
  readonly type: 'andor';
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly pipeline: Pipeline }[];
}

export interface ListItem {
  readonly command: AndOr;
  /** Ended by `&`: see README decision on background jobs. */
  readonly background: boolean;
  /** The line it starts on: an expansion error abandons the rest of its line (README 14). */
  readonly line?: number;
}

/** A sequence of and-or lists: a whole input, a function body, a `$(…)`. */
export interface Script {
  readonly type: 'script';
  readonly items: readonly ListItem[];
}
