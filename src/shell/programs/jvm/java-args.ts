// The java launcher's command line: JDK_JAVA_OPTIONS first (the launcher reads it, and says so on
// stderr), then options up to the main class, the rest are the program's arguments.

export interface JavaArgs {
  /** JVM options as RuntimeMXBean lists them (-D, -X, --add-opens=…), in order. */
  readonly jvmOptions: readonly string[];
  readonly classpath: readonly string[];
  readonly properties: ReadonlyMap<string, string>;
  readonly mainClass?: string;
  readonly jar?: string;
  readonly args: readonly string[];
  /** -version / --version / -showversion / --show-version */
  readonly version?: 'short' | 'long' | 'show-short' | 'show-long';
  readonly help?: boolean;
}

/** Options whose value is the next word. */
const WITH_VALUE = new Set([
  '--add-opens',
  '--add-exports',
  '--add-reads',
  '--add-modules',
  '--limit-modules',
  '--patch-module',
  '-p',
  '--module-path',
  '--upgrade-module-path',
]);

export type ParseResult = JavaArgs | { readonly error: string };

/** Split JDK_JAVA_OPTIONS as the launcher does: on white space (quotes group). */
export function splitOptions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

export function parseJavaArgs(words: readonly string[]): ParseResult {
  const jvmOptions: string[] = [];
  let classpath: string[] = [];
  const properties = new Map<string, string>();
  let version: JavaArgs['version'];
  let help = false;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!w.startsWith('-')) break;
    if (w === '-cp' || w === '-classpath' || w === '--class-path') {
      const v = words[++i];
      if (v === undefined) return { error: `Error: ${w} requires class path specification` };
      classpath = v.split(':');
      continue;
    }
    if (w.startsWith('--class-path=')) {
      classpath = w.slice('--class-path='.length).split(':');
      continue;
    }
    if (w === '-jar') {
      const jar = words[i + 1];
      if (jar === undefined) return { error: 'Error: -jar requires jar file specification' };
      return {
        jvmOptions,
        classpath,
        properties,
        jar,
        args: words.slice(i + 2),
        ...(version ? { version } : {}),
      };
    }
    if (w === '-version') version = 'short';
    else if (w === '--version') version = 'long';
    else if (w === '-showversion') version = 'show-short';
    else if (w === '--show-version') version = 'show-long';
    else if (w === '-help' || w === '--help' || w === '-h' || w === '-?') help = true;
    else if (w.startsWith('-D')) {
      const eq = w.indexOf('=');
      properties.set(eq < 0 ? w.slice(2) : w.slice(2, eq), eq < 0 ? '' : w.slice(eq + 1));
      jvmOptions.push(w);
    } else if (WITH_VALUE.has(w)) {
      const v = words[++i];
      if (v === undefined) return { error: `Error: ${w} requires modules to be specified` };
      jvmOptions.push(`${w}=${v}`);
    } else if (
      /^(-X|-XX:|--add-|--enable-|--illegal-access|-ea|-da|-esa|-dsa|-server|-client|-verbose)/.test(
        w,
      )
    ) {
      jvmOptions.push(w);
    } else {
      return {
        error: `Unrecognized option: ${w}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.`,
      };
    }
  }
  const mainClass = words[i];
  return {
    jvmOptions,
    classpath,
    properties,
    ...(mainClass !== undefined ? { mainClass } : {}),
    args: words.slice(i + 1),
    ...(version ? { version } : {}),
    ...(help ? { help } : {}),
  };
}
