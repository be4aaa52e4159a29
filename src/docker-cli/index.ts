// The docker CLI: the program, the types a subcommand file uses, and the shared formatters.

export { createDockerCommand, type DockerOptions } from './dispatch';
export { dockerCompleter, dockerFlags, dockerSubcommands } from './completion';
export { CLIENT, DEFAULT_SERVER_INFO, VERSION_LINE, type ServerInfo } from './client-info';
export type { DockerRegistry, DockerSubcommand, GlobalOptions, Invocation } from './types';
export type { CommandSpec, FlagSpec, ParsedCommand } from './flags/types';
export { specFromHelp } from './help/spec';
export { formatTable, type TableContext } from './format/format-table';
