// The server programs' names, known without loading their code (the lab loads them lazily).
// A test checks this list matches index.ts.

export const SERVER_NAMES: readonly string[] = [
  'apachectl',
  'httpd',
  'nginx',
  'redis-cli',
  'redis-server',
];
