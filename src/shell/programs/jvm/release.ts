// Which JDK this is: $JAVA_HOME/release, the file every OpenJDK build ships, says the vendor and
// the version; `java -version` and Tomcat's VersionLoggerListener print from it.

import type { CommandContext } from '../../types';

export interface JdkRelease {
  /** `21.0.7` */
  readonly version: string;
  /** `2025-04-15` */
  readonly date: string;
  /** `21.0.7+6-LTS` (java.runtime.version) */
  readonly runtime: string;
  /** `Temurin-21.0.7+6`, or '' when the vendor names none. */
  readonly implementorVersion: string;
  /** `Eclipse Adoptium` */
  readonly implementor: string;
  readonly javaHome: string;
}

function field(text: string, name: string): string | undefined {
  return new RegExp(`^${name}="([^"\\n]*)"`, 'm').exec(text)?.[1];
}

/** The JDK whose `bin/java` is `exe` (a path), or undefined when its release file is missing. */
export function readRelease(ctx: CommandContext, exe: string): JdkRelease | undefined {
  const candidates: string[] = [];
  if (exe.includes('/')) {
    let real = ctx.resolve(exe);
    try {
      real = ctx.fs.realpath(real);
    } catch {
      // keep the path as typed
    }
    candidates.push(real.replace(/\/bin\/[^/]+$/, ''));
  }
  if (ctx.env.JAVA_HOME) candidates.push(ctx.env.JAVA_HOME);
  candidates.push('/opt/java/openjdk');
  for (const home of candidates) {
    let text: string;
    try {
      text = ctx.fs.readText(`${home}/release`);
    } catch {
      continue;
    }
    const version = field(text, 'JAVA_VERSION') ?? '21.0.7';
    return {
      version,
      date: field(text, 'JAVA_VERSION_DATE') ?? '',
      runtime: field(text, 'JAVA_RUNTIME_VERSION') ?? version,
      implementorVersion: field(text, 'IMPLEMENTOR_VERSION') ?? '',
      implementor: field(text, 'IMPLEMENTOR') ?? 'Oracle Corporation',
      javaHome: home,
    };
  }
  return undefined;
}

const isLts = (r: JdkRelease) => r.runtime.endsWith('-LTS');

/** `java -version` (stderr) or `java --version` (stdout): the three lines of an OpenJDK build. */
export function versionText(r: JdkRelease, long: boolean): string {
  const lts = isLts(r) ? ' LTS' : '';
  const first = long
    ? `openjdk ${r.version} ${r.date}${lts}`
    : `openjdk version "${r.version}" ${r.date}${lts}`;
  const impl = r.implementorVersion ? `${r.implementorVersion} ` : '';
  return (
    `${first}\n` +
    `OpenJDK Runtime Environment ${impl}(build ${r.runtime})\n` +
    `OpenJDK 64-Bit Server VM ${impl}(build ${r.runtime}, mixed mode, sharing)\n`
  );
}
