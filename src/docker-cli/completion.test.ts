import { describe, expect, it } from 'vitest';
import { dockerCompleter } from './completion';

describe('docker completion data', () => {
  it('subcommands, management subcommands and flags', () => {
    expect(dockerCompleter({ words: ['docker'], prefix: '' })).toContain('run');
    expect(dockerCompleter({ words: ['docker'], prefix: '' })).not.toContain('service');
    expect(dockerCompleter({ words: ['docker', 'container'], prefix: '' })).toContain('ls');
    expect(dockerCompleter({ words: ['docker', 'run'], prefix: '--' })).toContain('--publish');
    expect(dockerCompleter({ words: ['docker', 'run'], prefix: '-' })).toContain('-p');
    expect(dockerCompleter({ words: ['docker', 'image', 'ls'], prefix: '--' })).toContain(
      '--digests',
    );
    expect(dockerCompleter({ words: ['docker'], prefix: '--' })).toContain('--context');
  });
});
