// java: the OpenJDK launcher of the image's JDK ($JAVA_HOME/release says which). `-version` and
// `--version`, JDK_JAVA_OPTIONS (with its NOTE line), classpath checks, and the main classes the
// lab models: Tomcat's Bootstrap (catalina.sh run/configtest) and ServerInfo (catalina.sh
// version). Any other class or jar is code the lab cannot run, and it says so.

import type { Command, CommandContext } from '../../types';
import type { ProgramNet } from '../servers/net';
import { parseJavaArgs, splitOptions } from './java-args';
import { readRelease, versionText } from './release';
import { runTomcat, serverInfoText } from './tomcat/tomcat';

const USAGE = `Usage: java [options] <mainclass> [args...]
           (to execute a class)
   or  java [options] -jar <jarfile> [args...]
           (to execute a jar file)
   or  java [options] -m <module>[/<mainclass>] [args...]
       java [options] --module <module>[/<mainclass>] [args...]
           (to execute the main class in a module)
   or  java [options] <sourcefile> [args]
           (to execute a single source-file program)

 Arguments following the main class, source file, -jar <jarfile>,
 -m or --module <module>/<mainclass> are passed as the arguments to
 main class.
`;

/** The jar a class lives in, for the classes the lab models. */
const CLASS_JARS: Readonly<Record<string, string>> = {
  'org.apache.catalina.startup.Bootstrap': 'bootstrap.jar',
  'org.apache.catalina.util.ServerInfo': 'catalina.jar',
};

function onClasspath(ctx: CommandContext, classpath: readonly string[], jar: string): boolean {
  return classpath.some((p) => p.endsWith(`/${jar}`) && ctx.fs.exists(ctx.resolve(p)));
}

export function createJava(net: ProgramNet): Command {
  return {
    name: 'java',
    async run(ctx) {
      const jdk = readRelease(ctx, ctx.argv[0] ?? 'java');
      if (!jdk) {
        ctx.stderr.write(
          `Error: could not find libjava.so\nError: Could not find Java SE Runtime Environment.\n`,
        );
        return 1;
      }
      const fromEnv = ctx.env.JDK_JAVA_OPTIONS;
      if (fromEnv !== undefined && fromEnv !== '')
        ctx.stderr.write(`NOTE: Picked up JDK_JAVA_OPTIONS: ${fromEnv}\n`);
      const parsed = parseJavaArgs([...splitOptions(fromEnv ?? ''), ...ctx.argv.slice(1)]);
      if ('error' in parsed) {
        ctx.stderr.write(`${parsed.error}\n`);
        return 1;
      }
      const v = parsed.version;
      if (v === 'short' || v === 'show-short') ctx.stderr.write(versionText(jdk, false));
      if (v === 'long' || v === 'show-long') ctx.stdout.write(versionText(jdk, true));
      if (v === 'short' || v === 'long') return 0;
      if (parsed.help) {
        ctx.stdout.write(USAGE);
        ctx.stdout.write('layerlab: the option list of java -help is not reproduced\n');
        return 0;
      }
      if (parsed.jar !== undefined) {
        if (!ctx.fs.exists(ctx.resolve(parsed.jar))) {
          ctx.stderr.write(`Error: Unable to access jarfile ${parsed.jar}\n`);
          return 1;
        }
        ctx.stderr.write(`layerlab: java -jar ${parsed.jar}: running Java code is not simulated\n`);
        return 1;
      }
      const main = parsed.mainClass;
      if (main === undefined) {
        ctx.stderr.write(USAGE);
        ctx.stderr.write("layerlab: the option list of java's usage is not reproduced\n");
        return 1;
      }
      const jar = CLASS_JARS[main];
      const classpath =
        parsed.classpath.length > 0 ? parsed.classpath : (ctx.env.CLASSPATH ?? '.').split(':');
      if (!jar || !onClasspath(ctx, classpath, jar)) {
        if (main.endsWith('.java') && ctx.fs.exists(ctx.resolve(main))) {
          ctx.stderr.write(
            `layerlab: java ${main}: compiling and running Java source is not simulated\n`,
          );
          return 1;
        }
        ctx.stderr.write(
          `Error: Could not find or load main class ${main}\nCaused by: java.lang.ClassNotFoundException: ${main}\n`,
        );
        return 1;
      }
      const home =
        parsed.properties.get('catalina.home') ?? ctx.env.CATALINA_HOME ?? '/usr/local/tomcat';
      if (main === 'org.apache.catalina.util.ServerInfo') {
        ctx.stdout.write(serverInfoText(ctx, home, jdk));
        return 0;
      }
      return runTomcat(ctx, net, {
        jdk,
        jvmOptions: parsed.jvmOptions,
        properties: parsed.properties,
        args: parsed.args,
      });
    },
  };
}
