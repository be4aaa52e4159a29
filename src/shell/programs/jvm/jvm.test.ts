import { describe, expect, it } from 'vitest';
import { runTranscript } from '../../../lab/transcript';
import { parseJavaArgs, splitOptions } from './java-args';
import { versionText, type JdkRelease } from './release';
import { errorPage } from './tomcat/error-page';
import { renderJsp } from './tomcat/jsp';
import { parseServerXml } from './tomcat/conf';
import { JVM_NAMES } from './names';
import { createJvmPrograms } from './index';
import { createProgramNet } from '../servers/net';

const TEMURIN: JdkRelease = {
  version: '21.0.7',
  date: '2025-04-15',
  runtime: '21.0.7+6-LTS',
  implementorVersion: 'Temurin-21.0.7+6',
  implementor: 'Eclipse Adoptium',
  javaHome: '/opt/java/openjdk',
};

async function lab(lines: string[]) {
  const r = await runTranscript(lines, {
    yieldToHost: () => new Promise((res) => setImmediate(res)),
  });
  return r.entries;
}

describe('java', () => {
  it('names match the group', () => {
    expect(Object.keys(createJvmPrograms(createProgramNet())).sort()).toEqual(
      [...JVM_NAMES].sort(),
    );
  });
  it('-version and --version print the JDK release as OpenJDK does', () => {
    expect(versionText(TEMURIN, false)).toBe(
      'openjdk version "21.0.7" 2025-04-15 LTS\nOpenJDK Runtime Environment Temurin-21.0.7+6 (build 21.0.7+6-LTS)\nOpenJDK 64-Bit Server VM Temurin-21.0.7+6 (build 21.0.7+6-LTS, mixed mode, sharing)\n',
    );
    expect(versionText(TEMURIN, true).split('\n')[0]).toBe('openjdk 21.0.7 2025-04-15 LTS');
  });
  it('parses launcher options up to the main class', () => {
    const p = parseJavaArgs([
      ...splitOptions(' --add-opens=java.base/java.lang=ALL-UNNAMED'),
      '-Dcatalina.home=/usr/local/tomcat',
      '-classpath',
      '/a.jar:/b.jar',
      '-Dx',
      'org.Main',
      'start',
    ]);
    expect(p).toEqual({
      jvmOptions: [
        '--add-opens=java.base/java.lang=ALL-UNNAMED',
        '-Dcatalina.home=/usr/local/tomcat',
        '-Dx',
      ],
      classpath: ['/a.jar', '/b.jar'],
      properties: new Map([
        ['catalina.home', '/usr/local/tomcat'],
        ['x', ''],
      ]),
      mainClass: 'org.Main',
      args: ['start'],
    });
    expect(parseJavaArgs(['-bogus'])).toHaveProperty('error');
  });
});

describe('tomcat pieces', () => {
  it('the status report page, with and without a message', () => {
    const none = errorPage(404, 'Apache Tomcat/9.0.106');
    expect(none).toMatch(
      /^<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found<\/title>/,
    );
    expect(none).not.toContain('<b>Message</b>');
    expect(none.endsWith('<h3>Apache Tomcat/9.0.106</h3></body></html>')).toBe(true);
    expect(errorPage(404, 'T', 'The requested resource [&#47;x] is not available')).toContain(
      '<p><b>Message</b> The requested resource [&#47;x] is not available</p><p><b>Description</b>',
    );
  });
  it('JSP: directives and comments leave their line breaks; EL and request attributes', () => {
    const r = renderJsp(
      '<%-- c --%>\n<%@ page session="false" %>\n<%\njava.text.SimpleDateFormat sdf = new java.text.SimpleDateFormat("yyyy");\nrequest.setAttribute("year", sdf.format(new java.util.Date()));\nrequest.setAttribute("u", "/docs/");\n%>\n<title><%=request.getServletContext().getServerInfo() %></title><a href="${u}">${pageContext.servletContext.serverInfo}</a> ${year} [${nope}]\n',
      { serverInfo: 'Apache Tomcat/9.0.106', contextPath: '', nowMs: Date.UTC(2026, 10, 23) },
    );
    expect(r.html).toBe(
      '\n\n\n<title>Apache Tomcat/9.0.106</title><a href="/docs/">Apache Tomcat/9.0.106</a> 2026 []\n',
    );
    expect(r.unsupported).toEqual([]);
    expect(
      renderJsp('<% System.exit(1); %>x', { serverInfo: '', contextPath: '', nowMs: 0 })
        .unsupported,
    ).toEqual(['System.exit(1)']);
  });
  it('JSP: trimDirectiveWhitespaces drops the white space after directives, not after <%= %>', () => {
    const r = renderJsp(
      '<%-- c --%>\n<%@ page session="false" trimDirectiveWhitespaces="true" %>\n<html>\n<a href="<%=request.getContextPath()%>/html">x</a>\n',
      { serverInfo: '', contextPath: '/manager', nowMs: 0 },
    );
    expect(r.html).toBe('<html>\n<a href="/manager/html">x</a>\n');
  });
  it('server.xml: connectors, appBase, the access log valve', () => {
    const c = parseServerXml(
      '<Server port="8005"><!-- <Connector port="9999"/> --><Service><Connector port="8080" protocol="HTTP/1.1"/><Connector port="8009" protocol="AJP/1.3"/><Host name="localhost" appBase="apps"><Valve className="org.apache.catalina.valves.AccessLogValve" prefix="a" suffix=".txt" pattern="%h &quot;%r&quot; %s"/></Host></Service></Server>',
    );
    expect(c).toEqual({
      shutdownPort: 8005,
      connectors: [{ port: 8080, name: 'http-nio-8080' }],
      appBase: 'apps',
      hostName: 'localhost',
      accessLog: { directory: 'logs', prefix: 'a', suffix: '.txt', pattern: '%h "%r" %s' },
    });
  });
});

describe('tomcat in the lab (catalina.sh run)', () => {
  it('starts, 404s with empty webapps, serves ROOT once copied, logs and stops with 143', async () => {
    const e = await lab([
      'docker run -d -p 8081:8080 --name tc tomcat:9.0',
      'curl -s localhost:8081 | grep -o "HTTP Status 404[^<]*" | head -1',
      'docker exec tc java -version',
      'docker exec tc catalina.sh version',
      'docker exec tc cp -r webapps.dist/ROOT webapps/',
      'curl -s localhost:8081 | grep -c "successfully installed Tomcat"',
      'curl -si localhost:8081/nope | head -1',
      'docker exec tc sh -c "ls logs work/Catalina/localhost/ROOT/org/apache/jsp"',
      'docker exec tc cp -r webapps.dist/manager webapps/',
      'curl -si localhost:8081/manager/html | grep -E "^HTTP|<h1>|By default the Manager"',
      'docker exec tc ls -l work/Catalina/localhost/manager/org/apache/jsp/WEB_002dINF/jsp',
      'docker logs tc 2>&1 >/dev/null | grep -c "Server startup in"',
      'docker logs tc 2>/dev/null | wc -l',
      'docker stop tc',
      "docker inspect -f '{{.State.ExitCode}}' tc",
      'docker logs tc 2>&1 | tail -1',
    ]);
    const out = (i: number) => e[i]?.output ?? '';
    expect(out(1)).toContain('HTTP Status 404 – Not Found');
    expect(out(2)).toContain('openjdk version "21.0.7" 2025-04-15 LTS');
    expect(out(3)).toContain('Server version: Apache Tomcat/9.0.106');
    expect(out(3)).toContain('JVM Vendor:     Eclipse Adoptium');
    expect(out(5).trim()).toBe('1');
    expect(out(6).trim()).toBe('HTTP/1.1 404');
    expect(out(7)).toMatch(/catalina\.\d{4}-\d\d-\d\d\.log/);
    expect(out(7)).toMatch(/localhost_access_log\.\d{4}-\d\d-\d\d\.txt/);
    expect(out(7)).toContain('index_jsp.class');
    // The manager lets only local browsers in: from the host (172.17.0.1) its 403 page.
    expect(out(9)).toBe(
      'HTTP/1.1 403 \n   <h1>403 Access Denied</h1>\n    By default the Manager is only accessible from a browser running on the\n',
    );
    // Jasper's names; the files carry catalina.sh's umask 0027.
    expect(out(10)).toMatch(/^-rw-r----- .* _403_jsp\.class$/m);
    expect(out(11).trim()).toBe('1');
    // JULI's console handler writes to System.err: nothing on stdout.
    expect(out(12).trim()).toBe('0');
    expect(out(14).trim()).toBe('143');
    expect(out(15)).toMatch(/Destroying ProtocolHandler \["http-nio-8080"\]/);
  }, 60_000);
});
