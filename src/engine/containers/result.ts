// Errors are values: operations return Result<T, ContainerError>.

import type { ContainerError } from './errors';

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ContainerError };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const fail = (
  error: ContainerError,
): { readonly ok: false; readonly error: ContainerError } => ({
  ok: false,
  error,
});

export function isError(x: unknown): x is ContainerError {
  return typeof x === 'object' && x !== null && 'code' in x && 'message' in x && !('ok' in x);
}
