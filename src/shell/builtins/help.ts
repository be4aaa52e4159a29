// help: an honest list of what this shell offers. Programs (docker, ls, …) depend on the machine.

import type { Builtin } from './builtin';

const TEXT = `Layerlab shell: a bash-like shell running in your browser.

Language: quotes, $VAR, \${VAR:-default}, $(command), $((arithmetic)),
  pipes |, && || ;, ( subshells ), { groups; }, redirections > >> < 2>
  2>&1 &> <<EOF <<<, globs * ? [..], if/elif/else, for, while/until, case,
  functions f() { ...; }, arrays, [[ ]], (( )).
  Background jobs (&) are not modelled: such commands run in the foreground.

Builtins: cd pwd echo printf read export unset set alias unalias type which
  command history exit return break continue shift local declare readonly
  let eval source . test [ true false : sleep clear help env hostname whoami
  id uname date wait kill exec trap umask

Other programs are found on PATH; which ones exist depends on this machine.
Try: docker pull alpine, docker run -it ubuntu bash, docker --help.
Keys: Up/Down history, Ctrl+R search, Tab complete, Ctrl+C interrupt,
  Ctrl+L clear.
`;

export const help: Builtin = {
  name: 'help',
  run(ctx) {
    ctx.stdout.write(TEXT);
    return 0;
  },
};
