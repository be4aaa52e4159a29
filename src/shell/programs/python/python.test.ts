import { describe, expect, it } from 'vitest';
import { createServerPrograms } from '../servers';
import { bodyText, createMachine } from '../servers/testing';
import { createPythonPrograms } from './index';
import { PYTHON_NAMES } from './names';
import { pythonPrograms } from './index';

// The seed's friendlyhello app.py, tabs and all.
const APP = `from flask import Flask
from redis import Redis,RedisError
import os
import socket

# Connect to Redis   连接redis数据库
redis = Redis(host="redis", db=0,socket_connect_timeout=2, socket_timeout=2)

app = Flask(__name__)

# 访问这台机器的根"/"
@app.route("/")
def hello():
\ttry:
\t\t# 若是有人访问,会往redis数据库里增加一个值
\t\tvisits = redis.incr("counter")
\texcept RedisError:
\t\t# 这个visits是从redis数据库里获取的
\t\tvisits = "<i>cannot connect to REdis, counter disabled</i>"

\thtml = "<h3>Hello {name}!</h3>" \\
\t\t\t"<b>Hostname:</b>{hostname}<br/>" \\
\t\t\t"<b>Visits:</b> {visits}"
\t# 返回这个主机名(socket.gethostname())和访问的次数(visits)
\treturn html.format(name=os.getenv("NAME", "world"), hostname=socket.gethostname(),visits=visits)

if __name__ == "__main__":
\tapp.run(host='0.0.0.0', port=80)
`;

const SITE = '/usr/local/lib/python3.12/site-packages';
const both = (net: Parameters<typeof createPythonPrograms>[0]) => ({
  ...createServerPrograms(net),
  ...createPythonPrograms(net),
});

const tick = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

function machine(withFlask: boolean) {
  const files: Record<string, string> = {
    '/app/app.py': APP,
    '/etc/hosts': '127.0.0.1\tlocalhost\n172.17.0.2\tc1\n',
    [`${SITE}/README.txt`]: '',
  };
  if (withFlask) {
    files[`${SITE}/flask/__init__.py`] = '';
    files[`${SITE}/redis/__init__.py`] = '';
  }
  return createMachine(both, files);
}

describe('python3', () => {
  it('names', () => {
    expect([...PYTHON_NAMES].sort()).toEqual(Object.keys(pythonPrograms).sort());
  });

  it('--version, -c print, and honesty otherwise', async () => {
    const m = machine(false);
    expect(await m.sh('PYTHON_VERSION=3.12.11 python3 --version')).toEqual(['Python 3.12.11\n', 0]);
    expect(await m.sh(`python3 -c 'print("hi " + "there")'`)).toEqual(['hi there\n', 0]);
    expect(await m.sh(`python3 -c 'import this'`)).toEqual([
      "layerlab: python3: only the lab's lesson programs can run here\n",
      1,
    ]);
    expect(await m.sh('python3 /app/nope.py')).toEqual([
      "python3: can't open file '/app/nope.py': [Errno 2] No such file or directory\n",
      2,
    ]);
  });

  it('without Flask installed: the real traceback', async () => {
    const m = machine(false);
    expect(await m.sh('cd /app && python app.py')).toEqual([
      'Traceback (most recent call last):\n' +
        '  File "/app/app.py", line 1, in <module>\n' +
        '    from flask import Flask\n' +
        "ModuleNotFoundError: No module named 'flask'\n",
      1,
    ]);
  });

  it('the friendlyhello app: banner, the page without redis, then with a linked redis', async () => {
    const m = machine(true);
    const run = m.sh('cd /app && NAME=World python app.py');
    await tick();
    const r = m.get('/');
    expect(bodyText(r)).toBe(
      '<h3>Hello World!</h3><b>Hostname:</b>c1<br/><b>Visits:</b> <i>cannot connect to REdis, counter disabled</i>',
    );
    expect(typeof r !== 'string' && r.headers).toContainEqual([
      'Server',
      'Werkzeug/3.0.3 Python/3.12.0',
    ]);
    expect(typeof m.get('/favicon.ico') !== 'string').toBe(true);
    // Now a redis at 172.17.0.3 known as `redis` (what --link writes into /etc/hosts).
    m.fs.writeFile(
      '/etc/hosts',
      '127.0.0.1\tlocalhost\n172.17.0.3\tredis c2 fan-redis-1\n172.17.0.2\tc1\n',
    );
    const { RedisStore } = await import('../servers/redis/keyspace');
    const store = new RedisStore('7.4.4', () => undefined);
    m.net.listeners.listen(
      { netns: 'c2', ip: '0.0.0.0', port: 6379 },
      { kind: 'redis', command: (a) => store.command(a) },
    );
    expect(bodyText(m.get('/'))).toBe(
      '<h3>Hello World!</h3><b>Hostname:</b>c1<br/><b>Visits:</b> 1',
    );
    expect(bodyText(m.get('/'))).toBe(
      '<h3>Hello World!</h3><b>Hostname:</b>c1<br/><b>Visits:</b> 2',
    );
    m.tty.interrupt();
    const [out] = await run;
    expect(out).toContain(" * Serving Flask app 'app'\n * Debug mode: off\n");
    expect(out).toContain(
      '\x1b[31m\x1b[1mWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\x1b[0m\n' +
        ' * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:80\n * Running on http://172.17.0.2:80\n' +
        '\x1b[33mPress CTRL+C to quit\x1b[0m\n',
    );
    expect(out).toContain('172.17.0.1 - - [22/Nov/2026 14:00:00] "GET / HTTP/1.1" 200 -\n');
    expect(out).toContain('"\x1b[33mGET /favicon.ico HTTP/1.1\x1b[0m" 404 -\n');
  });
});
