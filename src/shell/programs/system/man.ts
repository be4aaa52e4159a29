// man (man-db 2.12): the lab installs no manual pages, so every page is missing, as man-db says
// it (`No manual entry for ls`, exit 16), followed by one line pointing at the help the lab does
// have. Minimal Docker images have no man at all (`bash: man: command not found`).

import type { Command } from '../../types';

/** `docker-run` / `docker-container-ls` → the docker words (`docker run`). */
function dockerWords(page: string): string | null {
  const m = /^docker(?:-(.+))?$/.exec(page);
  if (!m) return null;
  return m[1] ? `docker ${m[1].replace(/-/g, ' ')}` : 'docker';
}

export const man: Command = {
  name: 'man',
  run(ctx) {
    const pages = ctx.argv.slice(1).filter((a) => !a.startsWith('-') && !/^[1-9][a-z]*$/.test(a));
    if (pages.length === 0) {
      ctx.stderr.write("What manual page do you want?\nFor example, try 'man man'.\n");
      return 1;
    }
    for (const p of pages) ctx.stderr.write(`No manual entry for ${p}\n`);
    const first = pages[0];
    const docker = dockerWords(first);
    const hint = `'${docker ?? first} --help'`;
    ctx.stderr.write(`layerlab: manual pages are not installed in the lab; try ${hint}\n`);
    return 16;
  },
};
