// GNU's shell-escape quoting (ls on a terminal, stat's %N): a name that the shell would split or
// expand is shown in quotes.

const SAFE = /^[\p{L}\p{N}_./+,:@%=^-]+$/u;

export function shellQuote(name: string): string {
  if (name !== '' && SAFE.test(name) && !name.startsWith('~')) return name;
  if (!name.includes("'")) return `'${name}'`;
  if (!/[\\"$`]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}
