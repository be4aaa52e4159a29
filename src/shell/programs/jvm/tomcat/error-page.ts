// Tomcat's ErrorReportValve page: one line of HTML, as 9.x-11.x send it for a status report.

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'The server cannot or will not process the request due to something that is perceived to be a client error (e.g., malformed request syntax, invalid request message framing, or deceptive request routing).',
  403: 'The server understood the request but refuses to authorize it.',
  404: 'The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.',
  405: 'The method received in the request-line is known by the origin server but not supported by the target resource.',
  500: 'The server encountered an unexpected condition that prevented it from fulfilling the request.',
};

const STYLE =
  'body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line {height:1px;background-color:#525D76;border:none;}';

/** Tomcat escapes the message for HTML, `/` included (`&#47;`). */
export function escapeMessage(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\//g, '&#47;');
}

/** The page for `status`; `message` (already escaped) is omitted when the request had none. */
export function errorPage(status: number, serverInfo: string, message?: string): string {
  const title = `HTTP Status ${status} – ${TITLES[status] ?? 'Error'}`;
  const msg = message ? `<p><b>Message</b> ${message}</p>` : '';
  return (
    `<!doctype html><html lang="en"><head><title>${title}</title><style type="text/css">${STYLE}</style></head>` +
    `<body><h1>${title}</h1><hr class="line" /><p><b>Type</b> Status Report</p>${msg}` +
    `<p><b>Description</b> ${DESCRIPTIONS[status] ?? ''}</p><hr class="line" /><h3>${serverInfo}</h3></body></html>`
  );
}
