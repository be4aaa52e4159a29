// The package mirrors the lab's apt, yum, apk and pip talk to. The package managers read their
// catalogs directly (src/shell/programs/packages); these sites exist so that curl and wget reach
// the same hosts and so the names resolve, with a short index page and 404 elsewhere.

import { notFound, redirect, respond } from '../http';
import type { HttpRequest, Site } from '../types';

function mirror(address: string, server: string, title: string, roots: string[]): Site {
  return {
    address,
    msPerMB: 120,
    handle(req: HttpRequest) {
      if (req.url.port !== 80 && req.url.port !== 443) return undefined;
      const path = req.url.path.split('?')[0];
      if (path === '/' || roots.includes(path)) {
        const links = roots.map((r) => `<a href="${r}">${r}</a>`).join('\r\n');
        const html = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<h1>${title}</h1>\r\n<pre>\r\n${links}\r\n</pre>\r\n</body>\r\n</html>\r\n`;
        return respond(req, 200, html, 'text/html', [['Server', server]]);
      }
      return notFound(req, server);
    },
  };
}

export const debianMirror = mirror('151.101.2.132', 'Apache', 'Debian mirror', [
  '/debian/',
  '/debian-security/',
]);
export const debianSecurity = mirror('151.101.130.132', 'Apache', 'Debian security', [
  '/debian-security/',
]);
export const ubuntuArchive = mirror('91.189.91.81', 'Apache/2.4.29 (Ubuntu)', 'Ubuntu archive', [
  '/ubuntu/',
]);
export const ubuntuSecurity = mirror('91.189.91.82', 'Apache/2.4.29 (Ubuntu)', 'Ubuntu security', [
  '/ubuntu/',
]);
export const centosMirror = mirror('85.236.43.108', 'Apache/2.4.6 (CentOS)', 'CentOS mirror', [
  '/centos/',
]);
export const centosVault = mirror('3.125.36.185', 'Apache/2.4.6 (CentOS)', 'CentOS vault', [
  '/7.6.1810/',
  '/centos/',
]);
export const alpineCdn = mirror('151.101.2.133', 'nginx', 'Alpine Linux', ['/alpine/']);
export const pypiOrg = mirror('151.101.0.223', 'nginx', 'PyPI', ['/simple/', '/pypi/']);
export const pythonHosted = mirror('151.101.1.55', 'nginx', 'files.pythonhosted.org', [
  '/packages/',
]);

/** pypi.python.org (the seed's --trusted-host) has moved to pypi.org for years. */
export const pypiLegacy: Site = {
  address: '151.101.0.223',
  handle(req) {
    if (req.url.port !== 80 && req.url.port !== 443) return undefined;
    return redirect(req, `https://pypi.org${req.url.path}`, 'Varnish');
  },
};
