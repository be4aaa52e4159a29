// python, python3 and python3.12: the lesson programs' runner (see python.ts). Built per lab
// network, as the Flask apps listen and call redis through it.

import type { Command } from '../../types';
import { createProgramNet, type ProgramNet } from '../servers/net';
import { createPython } from './python';

export function createPythonPrograms(net: ProgramNet): Record<string, Command> {
  return {
    python: createPython(net, 'python'),
    python3: createPython(net, 'python3'),
    'python3.12': createPython(net, 'python3.12'),
  };
}

export const pythonPrograms: Record<string, Command> = createPythonPrograms(createProgramNet());
