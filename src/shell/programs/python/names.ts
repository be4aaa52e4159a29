// The python programs' names, known without loading their code. A test checks this list.

export const PYTHON_NAMES: readonly string[] = ['python', 'python3', 'python3.12'];
