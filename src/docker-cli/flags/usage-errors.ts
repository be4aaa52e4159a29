// The usage errors cobra and docker's cli package print (cli/required.go, cli/cobra.go
// FlagErrorFunc), with their exit codes: flag errors 125, argument-count errors 1.

export interface UsageError {
  readonly message: string;
  readonly exitCode: number;
}

function plural(n: number): string {
  return n === 1 ? 'argument' : 'arguments';
}

/** `unknown flag: --x` etc. followed by the usage line: exit 125. */
export function flagError(err: string, commandPath: string, useLine: string): UsageError {
  return {
    message: `${err}\n\nUsage:  ${useLine}\n\nRun '${commandPath} --help' for more information`,
    exitCode: 125,
  };
}

/** The positional-argument check cobra runs for minArgs/maxArgs; undefined when the count fits. */
export function argCountError(
  commandPath: string,
  useLine: string,
  minArgs: number,
  maxArgs: number,
  count: number,
): UsageError | undefined {
  if (count >= minArgs && count <= maxArgs) return undefined;
  const head = `docker: '${commandPath}'`;
  const usage = `\n\nUsage:  ${useLine}\n\n`;
  let message: string;
  if (maxArgs === 0)
    message = `${head} accepts no arguments${usage}Run '${commandPath} --help' for more information`;
  else if (minArgs === maxArgs)
    message = `${head} requires ${minArgs} ${plural(minArgs)}${usage}Run '${commandPath} --help' for more information`;
  else if (maxArgs === Infinity)
    message = `${head} requires at least ${minArgs} ${plural(minArgs)}${usage}See '${commandPath} --help' for more information`;
  else if (minArgs === 0)
    // "SRun" is in docker/cli's RequiresMaxArgs as released.
    message = `${head} requires at most ${maxArgs} ${plural(maxArgs)}${usage}SRun '${commandPath} --help' for more information`;
  else
    message = `${head} requires at least ${minArgs} and at most ${maxArgs} ${plural(maxArgs)}${usage}Run '${commandPath} --help' for more information`;
  return { message, exitCode: 1 };
}
