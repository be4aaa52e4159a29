// example.com: IANA's example domain, the page every curl tutorial fetches.

import { notFound, respond } from '../http';
import type { Site } from '../types';

export const EXAMPLE_HTML = `<!doctype html>
<html>
<head>
    <title>Example Domain</title>

    <meta charset="utf-8" />
    <meta http-equiv="Content-type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
</head>

<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in illustrative examples in documents. You may use this
    domain in literature without prior coordination or asking for permission.</p>
    <p><a href="https://www.iana.org/domains/example">More information...</a></p>
</div>
</body>
</html>
`;

export const exampleCom: Site = {
  address: '93.184.215.14',
  msPerMB: 200,
  handle(req) {
    if (req.url.port !== 80 && req.url.port !== 443) return undefined;
    const path = req.url.path.split('?')[0];
    if (path === '/' || path === '/index.html')
      return respond(req, 200, EXAMPLE_HTML, 'text/html; charset=UTF-8', [
        ['Accept-Ranges', 'bytes'],
        ['Cache-Control', 'max-age=604800'],
        ['Etag', '"3147526947"'],
        ['Last-Modified', 'Thu, 17 Oct 2019 07:18:26 GMT'],
        ['Server', 'ECS (nyd/D184)'],
      ]);
    return notFound(req, 'ECS (nyd/D184)');
  },
};
