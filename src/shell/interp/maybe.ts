// Values that are usually ready: the interpreter's functions return a plain value when nothing
// awaited (a builtin, an expansion without `$(…)` that blocks) and a Promise only when something
// really waits (a program, a pipe, sleep, the host's turn). Callers test the result and continue
// synchronously, or hand the rest of their work to an async continuation — so a tight loop of
// builtins never pays for a microtask per step (README decision 13).

export type Maybe<T> = T | Promise<T>;

/** A status that may still be coming. */
export type Status = Maybe<number>;
