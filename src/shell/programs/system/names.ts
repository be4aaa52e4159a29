// The system tools' names, known without loading their code (the lab loads them lazily).
// A test checks this list matches index.ts.

export const SYSTEM_PROGRAM_NAMES: readonly string[] = [
  'free',
  'ifconfig',
  'ip',
  'kill',
  'less',
  'man',
  'more',
  'mount',
  'nproc',
  'ping',
  'ps',
  'service',
  'systemctl',
  'top',
  'uptime',
];
