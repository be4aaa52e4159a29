// Build figures: the friendlyhello Dockerfile (seed 000) built uncached and fully cached, engine
// time only (the python base is pulled first, outside the timing; pacing is instant). RUN goes
// through the lab shell with pip. Prints one JSON object on stdout.
// Run: npx tsx scripts/bench/build.ts

import { performance } from 'node:perf_hooks';
import { testBuilder } from '../../src/engine/build/builder/testing';

const DOCKERFILE = `FROM python
WORKDIR /app
ADD . /app
VOLUME ["/data_flask"]
RUN pip install  --trusted-host pypi.python.org -r requirements.txt
EXPOSE 80
ENV NAME World
ENV AUTHOR fan
CMD ["python", "app.py"]
`;

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function main(): Promise<void> {
  const uncached: number[] = [];
  const cached: number[] = [];
  let ok = true;
  let firstError = '';
  for (let i = 0; i < 9; i++) {
    const t = testBuilder(1 + i);
    t.files('/ctx', {
      'requirements.txt': 'Flask\nRedis\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      Dockerfile: DOCKERFILE,
    });
    await t.images.pullImage('python');
    let t0 = performance.now();
    const a = await t.build(DOCKERFILE, { tags: ['friendlyhello'] });
    uncached.push(performance.now() - t0);
    t0 = performance.now();
    const b = await t.build(DOCKERFILE, { tags: ['friendlyhello'] });
    cached.push(performance.now() - t0);
    if (i < 2) {
      // warm-up rounds (JIT, lazily loaded catalogs) are not counted
      uncached.pop();
      cached.pop();
    }
    if (!a.outcome.ok || !b.outcome.ok) {
      ok = false;
      if (!a.outcome.ok) firstError ||= a.outcome.error.message;
    }
  }
  console.log(
    JSON.stringify({
      ok,
      ...(firstError ? { error: firstError } : {}),
      friendlyhelloUncachedMs: Number(median(uncached).toFixed(2)),
      friendlyhelloCachedMs: Number(median(cached).toFixed(2)),
      budgetUncachedMs: 30,
      budgetCachedMs: 5,
    }),
  );
}

void main();
