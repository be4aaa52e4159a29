import { expect, it } from 'vitest';
import { createLab } from './lab';

it('completes docker subcommands, then image references from the engine', async () => {
  const lab = createLab({ seed: 1 });
  await (await lab.whenEngine()).images.pullImage('alpine:3.21');
  const complete = (line: string) =>
    lab.completion.completer({ commands: () => [], paths: () => [] })(line, line.length);
  complete('docker '); // starts loading docker's help-derived completions
  await import('../docker-cli/completion');
  await new Promise((r) => setImmediate(r));
  expect(complete('docker im').candidates).toContain('images');
  expect(complete('docker run alp').candidates).toEqual(['alpine:3.21']);
});
