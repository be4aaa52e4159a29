// What Tomcat reads from conf/server.xml: the shutdown port, the HTTP connectors, the Host's
// appBase and its AccessLogValve. Comments are skipped; anything else in the file is ignored.

export interface Connector {
  readonly port: number;
  readonly address?: string;
  /** `http-nio-8080` as the ProtocolHandler is named in the log. */
  readonly name: string;
}

export interface AccessLog {
  readonly directory: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly pattern: string;
}

export interface ServerConf {
  readonly shutdownPort: number;
  readonly connectors: readonly Connector[];
  readonly appBase: string;
  readonly hostName: string;
  readonly accessLog?: AccessLog;
}

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Parse server.xml; a file that is not XML Tomcat understands gives the message Digester logs. */
export function parseServerXml(text: string): ServerConf | string {
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const server = /<Server\b[^>]*>/.exec(body);
  if (!server) return 'No Server element found in configuration';
  const shutdownPort = Number(attrs(server[0]).get('port') ?? '8005');
  const connectors: Connector[] = [];
  for (const m of body.matchAll(/<Connector\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const protocol = a.get('protocol') ?? 'HTTP/1.1';
    if (!/HTTP/i.test(protocol)) continue;
    const port = Number(a.get('port') ?? '8080');
    const address = a.get('address');
    connectors.push({
      port,
      ...(address ? { address } : {}),
      name: `http-nio-${address ? `${address}-` : ''}${port}`,
    });
  }
  const host = /<Host\b[^>]*>/.exec(body);
  const h = host ? attrs(host[0]) : new Map<string, string>();
  const valve = [...body.matchAll(/<Valve\b[^>]*>/g)]
    .map((m) => attrs(m[0]))
    .find((a) => (a.get('className') ?? '').endsWith('AccessLogValve'));
  return {
    shutdownPort,
    connectors,
    appBase: h.get('appBase') ?? 'webapps',
    hostName: h.get('name') ?? 'localhost',
    ...(valve
      ? {
          accessLog: {
            directory: valve.get('directory') ?? 'logs',
            prefix: valve.get('prefix') ?? 'access_log',
            suffix: valve.get('suffix') ?? '',
            pattern: unescape(valve.get('pattern') ?? 'common'),
          },
        }
      : {}),
  };
}
