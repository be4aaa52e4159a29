// Shell vs exec form for RUN, CMD, ENTRYPOINT and HEALTHCHECK CMD (BuildKit's handleJSONArgs):
// exec form keeps the array; shell form joins the words back into one command string.

import type { CommandForm } from './types';

export function commandForm(args: readonly string[], json: boolean): CommandForm {
  return json
    ? { form: 'exec', execForm: [...args] }
    : { form: 'shell', shellForm: args.join(' ') };
}
