import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { createProgramNet } from '../shell/programs/servers/net';
import { containerGroups, hostGroups } from './programs';

describe('program groups', () => {
  const groups = [
    ...new Set([
      ...hostGroups(() => Promise.resolve(createEngine())),
      ...containerGroups(createProgramNet()),
    ]),
  ];
  it.each(groups.map((g) => [g.names.join(' '), g] as const))(
    'the names of [%s] are exactly what the group loads',
    async (_names, group) => {
      const table = await group.load();
      expect(Object.keys(table).sort()).toEqual([...group.names].sort());
    },
  );
});
