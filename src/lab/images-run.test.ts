// Official images that start through their entrypoints, and containers reaching each other, typed
// into a lab as a learner would (the transcript core).

import { describe, expect, it } from 'vitest';
import { runTranscript } from './transcript';

async function lab(lines: string[]) {
  const r = await runTranscript(lines, {
    yieldToHost: () => new Promise((res) => setImmediate(res)),
  });
  return (i: number) => r.entries[i]?.output ?? '';
}

describe('images that run', () => {
  it('redis: docker-entrypoint.sh drops to the redis user with gosu and execs redis-server', async () => {
    const out = await lab([
      'docker run -d --name rd redis',
      'docker logs rd',
      'docker exec -it rd redis-cli ping',
      'docker exec rd sh -c "umask; gosu redis id"',
      'docker ps --format "{{.Status}}"',
    ]);
    expect(out(1)).toContain('Redis version=7.4.4, bits=64');
    expect(out(1)).toContain('* Ready to accept connections tcp');
    expect(out(1)).not.toContain('layerlab');
    expect(out(2)).toBe('PONG\n');
    expect(out(3)).toBe('0022\nuid=999(redis) gid=999(redis) groups=999(redis)\n');
    expect(out(4)).toMatch(/^Up /);
  }, 60_000);

  it('containers reach each other by bridge address, not by name (default bridge)', async () => {
    const out = await lab([
      'docker run -d --name web nginx',
      "docker inspect -f '{{.NetworkSettings.IPAddress}}' web",
      'docker run --rm nginx curl -s 172.17.0.2 | grep -o "<title>.*</title>"',
      'docker run --rm nginx curl web',
      'docker logs web 2>/dev/null | tail -1',
    ]);
    expect(out(1)).toBe('172.17.0.2\n');
    expect(out(2)).toBe('<title>Welcome to nginx!</title>\n');
    expect(out(3)).toBe('curl: (6) Could not resolve host: web\n');
    // The server saw the other container's address, not the gateway.
    expect(out(4)).toMatch(/^172\.17\.0\.3 - - \[/);
  }, 60_000);
});
