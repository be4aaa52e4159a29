// kill is a bash builtin; its implementation lives with the system tools (process table, signals).

export { kill } from '../programs/system/kill';
