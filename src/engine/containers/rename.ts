// ContainerRename (moby daemon/rename.go).

import { touch, type Ctx, who } from './context';
import { invalidArgument, nameConflict, renameSame } from './errors';
import { findContainer } from './lookup';
import { validateName } from './names';
import { fail, isError, ok, type Result } from './result';

export function renameContainer(ctx: Ctx, ref: string, newName: string): Result<void> {
  if (newName === '') return fail(invalidArgument('Neither old nor new names may be empty'));
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const v = validateName(newName);
  if (isError(v)) return fail(v);
  if (v.name === c.name) return fail(renameSame());
  const holder = ctx.names.get(v.name);
  if (holder) return fail(nameConflict(v.name, holder));
  const old = c.name;
  ctx.names.delete(old);
  ctx.names.set(v.name, c.id);
  c.name = v.name;
  touch(ctx);
  ctx.emit({ type: 'container/renamed', ...who(ctx, c), oldName: old });
  return ok(undefined);
}
