import { describe, expect, it } from 'vitest';
import {
  NGINX_CONF,
  DEFAULT_CONF,
  INDEX_HTML,
} from '../../../../engine/images/catalog/images/nginx';
import { createServerPrograms } from '../index';
import { bodyText, createMachine } from '../testing';

const files = {
  '/etc/nginx/nginx.conf': NGINX_CONF,
  '/etc/nginx/conf.d/default.conf': DEFAULT_CONF,
  '/etc/nginx/mime.types': 'types {\n    text/html  html htm;\n    text/css css;\n}\n',
  '/usr/share/nginx/html/index.html': INDEX_HTML,
  '/run/.keep': '',
};

function machine() {
  const m = createMachine(createServerPrograms, files);
  m.fs.mkdir('/var/log/nginx', { recursive: true });
  m.fs.symlink('/dev/stdout', '/var/log/nginx/access.log');
  m.fs.symlink('/dev/stderr', '/var/log/nginx/error.log');
  return m;
}

const tick = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

describe('nginx', () => {
  it('prints its version and tests its configuration', async () => {
    const m = machine();
    expect(await m.sh('nginx -v')).toEqual(['nginx version: nginx/1.27.5\n', 0]);
    expect(await m.sh('nginx -t')).toEqual([
      'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n' +
        'nginx: configuration file /etc/nginx/nginx.conf test is successful\n',
      0,
    ]);
    m.fs.writeFile(
      '/etc/nginx/conf.d/default.conf',
      'server {\n    listen 80;\n    lisen 81;\n}\n',
    );
    const [out, code] = await m.sh('nginx -t');
    expect(code).toBe(1);
    expect(out).toContain(
      'nginx: [emerg] unknown directive "lisen" in /etc/nginx/conf.d/default.conf:3\n' +
        'nginx: configuration file /etc/nginx/nginx.conf test failed\n',
    );
    expect(out).toMatch(/^2026\/11\/22 14:00:00 \[emerg\] 45#45: unknown directive "lisen"/);
  });

  it('serves the index page through a published port until Ctrl+C, logging as nginx does', async () => {
    const m = machine();
    const run = m.sh("nginx -g 'daemon off;'");
    await tick();
    const r = m.get('/');
    expect(typeof r).not.toBe('string');
    if (typeof r === 'string') return;
    expect(r.status).toBe(200);
    expect(bodyText(r)).toBe(INDEX_HTML);
    expect(r.headers).toContainEqual(['Server', 'nginx/1.27.5']);
    expect(r.headers).toContainEqual(['Content-Type', 'text/html']);
    m.fs.writeFile('/usr/share/nginx/html/index.html', 'edited\n');
    expect(bodyText(m.get('/'))).toBe('edited\n');
    const nf = m.get('/nope.html');
    expect(typeof nf !== 'string' && nf.status).toBe(404);
    expect(bodyText(nf)).toContain('<center><h1>404 Not Found</h1></center>');
    expect(bodyText(m.get('/', '172.17.0.2', 80, 'c2'))).toBe('edited\n');
    m.tty.interrupt();
    const [out, code] = await run;
    expect(code).toBe(130); // the shell's status for Ctrl+C; in a container docker stop gives 0
    expect(out).toContain('[notice] 1#1: using the "epoll" event method\n');
    expect(out).toContain('[notice] 1#1: start worker process 30\n');
    expect(out).toContain(
      '172.17.0.1 - - [22/Nov/2026:14:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"\n',
    );
    expect(out).toContain('"GET /nope.html HTTP/1.1" 404 153 "-" "curl/7.88.1" "-"\n');
    expect(out).toContain(
      '[error] 29#29: *3 open() "/usr/share/nginx/html/nope.html" failed (2: No such file or directory), client: 172.17.0.1, server: localhost, request: "GET /nope.html HTTP/1.1", host: "localhost:5080"\n',
    );
    expect(out).toContain('172.17.0.3 - - [22/Nov/2026:14:00:00 +0000] "GET / HTTP/1.1" 200 7');
    expect(out).toContain('[notice] 1#1: exit\n');
    expect(m.get('/')).toBe('reset');
  });

  it('without daemon off; forks to the background and returns at once', async () => {
    const m = machine();
    const [out, code] = await m.sh('nginx');
    expect(code).toBe(0);
    expect(out).toContain('[notice] 7#7: start worker processes');
    expect(bodyText(m.get('/'))).toBe(INDEX_HTML);
    expect(m.fs.readText('/run/nginx.pid')).toBe('7\n');
    // A second master cannot bind.
    const [again, code2] = await m.sh('nginx');
    expect(code2).toBe(1);
    expect(again).toContain(
      'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n',
    );
    expect(again).toContain('nginx: [emerg] still could not bind()\n');
    const [quit, code3] = await m.sh('nginx -s quit');
    expect(code3).toBe(0);
    expect(quit).toContain('[notice] 45#45: signal process started\n');
    expect(m.get('/')).toBe('reset');
    const [none, code4] = await m.sh('nginx -s reload');
    expect(code4).toBe(1);
    expect(none).toContain(
      'nginx: [error] open() "/run/nginx.pid" failed (2: No such file or directory)\n',
    );
  });

  it('a duplicate daemon directive: the one in nginx.conf after -g', async () => {
    const m = machine();
    m.fs.writeFile('/etc/nginx/nginx.conf', `${NGINX_CONF}daemon off;\n`);
    const [out, code] = await m.sh("nginx -g 'daemon off;'");
    expect(code).toBe(1);
    expect(out).toContain(
      'nginx: [emerg] "daemon" directive is duplicate in /etc/nginx/nginx.conf:33\n',
    );
  });

  it('a directory redirects, try_files and error_page work', async () => {
    const m = machine();
    m.fs.mkdir('/usr/share/nginx/html/docs');
    m.fs.writeFile('/usr/share/nginx/html/docs/index.html', 'docs\n');
    m.fs.writeFile(
      '/etc/nginx/conf.d/default.conf',
      'server {\n listen 80;\n root /usr/share/nginx/html;\n error_page 404 /index.html;\n location /app { try_files $uri /docs/index.html; }\n}\n',
    );
    await m.sh('nginx');
    const dir = m.get('/docs');
    expect(typeof dir !== 'string' && dir.status).toBe(301);
    expect(typeof dir !== 'string' && dir.headers).toContainEqual([
      'Location',
      'http://localhost/docs/',
    ]);
    expect(bodyText(m.get('/docs/'))).toBe('docs\n');
    expect(bodyText(m.get('/app/x'))).toBe('docs\n');
    const missing = m.get('/zzz');
    expect(typeof missing !== 'string' && missing.status).toBe(404);
    expect(bodyText(missing)).toBe(INDEX_HTML);
  });
});
