// The JVM group's program names, known without loading its code (a test checks index.ts).

export const JVM_NAMES: readonly string[] = ['java'];
