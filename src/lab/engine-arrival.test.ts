// The page's first lab paints its prompt before the engine's code is in. A command typed in that
// moment waits for the engine and answers as it would a second later. (Its own file: once any
// lab of a test file has loaded the engine module, later labs get their engine at once.)
import { expect, it } from 'vitest';
import { renderPlain } from '../console/screen';
import { createLab } from './lab';
import { runTranscript } from './transcript';

it('a command typed before the engine is in waits for it, then answers as usual', async () => {
  const lab = createLab({ seed: 1 });
  expect(lab.engine).toBeNull();
  let raw = '';
  lab.console.onOutput((d) => (raw += d));
  let prompts = 0;
  // The second prompt is the one after the command's answer.
  const answered = new Promise<void>((resolve) =>
    lab.console.onMarker((m) => {
      if (m.kind === 'prompt' && ++prompts === 2) resolve();
    }),
  );
  void lab.start();
  const line = 'ls /var/lib/docker | wc -l; mount | grep -c overlay; docker ps -a';
  lab.console.input(`${line}\r`);
  expect(lab.engine).toBeNull();
  await lab.whenEngine();
  await answered;
  lab.stop();
  const early = renderPlain(raw).split('\n').slice(1, -1).join('\n');
  expect(early).toContain('CONTAINER ID   IMAGE');
  // The same line in a lab whose engine was there from the start (the transcript runner's).
  const [settled] = (await runTranscript([line])).entries;
  expect(`${early}\n`).toBe(settled?.output);
}, 30_000);
