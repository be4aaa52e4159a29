import { describe, expect, it } from 'vitest';
import { HTTPD_CONF } from '../../../../engine/images/catalog/images/httpd';
import { createServerPrograms } from '../index';
import { bodyText, createMachine } from '../testing';

const official = {
  '/usr/local/apache2/conf/httpd.conf': HTTPD_CONF,
  '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n',
  '/usr/local/apache2/logs/.keep': '',
  '/etc/hosts': '127.0.0.1\tlocalhost\n172.17.0.2\tc1\n',
};

const tick = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

describe('httpd', () => {
  it('-D FOREGROUND serves "It works!" and logs in the common format', async () => {
    const m = createMachine(createServerPrograms, official);
    const run = m.sh('HTTPD_VERSION=2.4.63 httpd -DFOREGROUND');
    await tick();
    expect(bodyText(m.get('/'))).toBe('<html><body><h1>It works!</h1></body></html>\n');
    const nf = m.get('/x');
    expect(typeof nf !== 'string' && nf.status).toBe(404);
    expect(bodyText(nf)).toContain('<p>The requested URL was not found on this server.</p>');
    m.tty.interrupt();
    const [out] = await run;
    expect(out).toContain(
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message\n",
    );
    expect(out).toContain(
      'AH00489: Apache/2.4.63 (Unix) configured -- resuming normal operations\n',
    );
    expect(out).toContain("AH00094: Command line: 'httpd -D FOREGROUND'\n");
    expect(out).toContain('172.17.0.1 - - [22/Nov/2026:14:00:00 +0000] "GET / HTTP/1.1" 200 45\n');
    expect(out).toContain('"GET /x HTTP/1.1" 404 196\n');
    expect(m.get('/')).toBe('reset');
  });

  it('plain httpd daemonises; -k stop stops it; -v and -t', async () => {
    const m = createMachine(createServerPrograms, official);
    const [out, code] = await m.sh('httpd');
    expect(code).toBe(0);
    expect(out.match(/AH00558/g)?.length).toBe(1);
    expect(bodyText(m.get('/'))).toContain('It works!');
    expect(await m.sh('httpd -k stop')).toEqual([expect.any(String), 0]);
    expect(m.get('/')).toBe('reset');
    expect((await m.sh('httpd -v'))[0]).toBe(
      'Server version: Apache/2.4.63 (Unix)\nServer built:   Jan 23 2025 15:38:42\n',
    );
    expect((await m.sh('apachectl configtest'))[0]).toContain('Syntax OK\n');
  });
});
