// httpd: 2.4.63 (= 2.4 = latest) on debian:bookworm-slim; /usr/local/apache2 with the stock
// httpd.conf (trimmed of its long comment blocks) and the "It works!" page.

import { BOOKWORM_SLIM_LAYER, debianStep } from '../bases/debian';
import { bin, bins, dir, text, words } from '../files';
import type { HistoryStep, ImageSpec } from '../types';

const T = '2025-01-23T15:38:42Z';
const P = '/usr/local/apache2';
const PATH =
  'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const bk = (createdBy: string, layer?: HistoryStep['layer']): HistoryStep => ({
  created: T,
  createdBy,
  comment: 'buildkit.dockerfile.v0',
  ...(layer ? { layer } : {}),
});

const MODULES = words(`mpm_event authn_file authn_core authz_host authz_groupfile authz_user
  authz_core access_compat auth_basic reqtimeout filter mime log_config env headers setenvif
  version unixd status autoindex dir alias`);

export const HTTPD_CONF = `#
# This is the main Apache HTTP server configuration file.  It contains the
# configuration directives that give the server its instructions.
# See <URL:http://httpd.apache.org/docs/2.4/> for detailed information.
#
ServerRoot "/usr/local/apache2"

Listen 80

${MODULES.map((m) => `LoadModule ${m}_module modules/mod_${m}.so`).join('\n')}

<IfModule unixd_module>
User www-data
Group www-data
</IfModule>

ServerAdmin you@example.com

<Directory />
    AllowOverride none
    Require all denied
</Directory>

DocumentRoot "/usr/local/apache2/htdocs"
<Directory "/usr/local/apache2/htdocs">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>

<IfModule dir_module>
    DirectoryIndex index.html
</IfModule>

<Files ".ht*">
    Require all denied
</Files>

ErrorLog /proc/self/fd/2

LogLevel warn

<IfModule log_config_module>
    LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
    LogFormat "%h %l %u %t \\"%r\\" %>s %b" common
    CustomLog /proc/self/fd/1 common
</IfModule>

<IfModule alias_module>
    ScriptAlias /cgi-bin/ "/usr/local/apache2/cgi-bin/"
</IfModule>

<Directory "/usr/local/apache2/cgi-bin">
    AllowOverride None
    Options None
    Require all granted
</Directory>

<IfModule headers_module>
    RequestHeader unset Proxy early
</IfModule>

<IfModule mime_module>
    TypesConfig conf/mime.types
    AddType application/x-compress .Z
    AddType application/x-gzip .gz .tgz
</IfModule>

<IfModule proxy_html_module>
Include conf/extra/proxy-html.conf
</IfModule>

<IfModule ssl_module>
SSLRandomSeed startup builtin
SSLRandomSeed connect builtin
</IfModule>
`;

const FOREGROUND = `#!/bin/sh
set -e

# Apache gets grumpy about PID files pre-existing
rm -f /usr/local/apache2/logs/httpd.pid

exec httpd -DFOREGROUND "$@"
`;

const spec: ImageSpec = {
  repository: 'library/httpd',
  tag: '2.4.63',
  steps: [
    debianStep(BOOKWORM_SLIM_LAYER),
    bk('ENV HTTPD_PREFIX=/usr/local/apache2'),
    bk(`ENV ${PATH}`),
    bk(
      'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit',
      {
        key: 'httpd:prefix',
        entries: () => [dir(P, 0o755, 33, 33)],
        size: 0,
      },
    ),
    bk('WORKDIR /usr/local/apache2'),
    bk(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      {
        key: 'httpd:bookworm-runtime',
        entries: () => [],
        fill: () =>
          words(
            'libapr-1.so.0 libaprutil-1.so.0 libldap-2.5.so.0 liblber-2.5.so.0 libsasl2.so.2 libssl.so.3 libcrypto.so.3 apr-util-1/apr_ldap-1.so',
          )
            .map((l) => `/usr/lib/x86_64-linux-gnu/${l}`)
            .concat('/etc/ssl/certs/ca-certificates.crt'),
        size: 6_130_000,
      },
    ),
    bk('ENV HTTPD_VERSION=2.4.63'),
    bk('ENV HTTPD_SHA256=88fc236ab99b2864b248de7d49a008ec2afd7551e64dce8b95f58f32f94c46ab'),
    bk('ENV HTTPD_PATCHES='),
    bk(
      'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tlibbrotli-dev \t\tlibcurl4-openssl-dev \t\tlibjansson-dev \t\tliblua5.2-dev \t\tlibnghttp2-dev \t\tlibpcre2-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tmake \t\twget \t\tzlib1g-dev \t; \trm -r /var/lib/apt/lists/*; \t\tddist() { ... }; \t\tddist \'httpd.tar.bz2\' "httpd/httpd-$HTTPD_VERSION.tar.bz2"; \t./configure --build="$gnuArch" --prefix="$HTTPD_PREFIX" --enable-mods-shared=reallyall --enable-mpms-shared=all --enable-pie CFLAGS="-pipe $CFLAGS" ; \tmake -j "$(nproc)"; \tmake install; \t\tcd ..; \trm -r src man manual; \t\tsed -ri \t\t-e \'s!^(\\s*CustomLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*ErrorLog)\\s+\\S+!\\1 /proc/self/fd/2!g\' \t\t-e \'s!^(\\s*TransferLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*User)\\s+daemon\\s*$!\\1 www-data!g\' \t\t-e \'s!^(\\s*Group)\\s+daemon\\s*$!\\1 www-data!g\' \t\t"$HTTPD_PREFIX/conf/httpd.conf" \t\t"$HTTPD_PREFIX/conf/extra/httpd-ssl.conf" \t; \t\tapt-mark auto \'.*\' > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \t\thttpd -v # buildkit',
      {
        key: 'httpd:2.4.63-build',
        entries: () => [
          text(`${P}/conf/httpd.conf`, HTTPD_CONF),
          text(
            `${P}/conf/mime.types`,
            '# This file maps Internet media types to unique file extension(s).\n\napplication/json\t\t\t\tjson\napplication/javascript\t\t\t\tjs\ntext/css\t\t\t\t\tcss\ntext/html\t\t\t\t\thtml htm\ntext/plain\t\t\t\t\ttxt text conf def list log in\nimage/png\t\t\t\t\tpng\nimage/jpeg\t\t\t\t\tjpeg jpg jpe\n',
          ),
          text(`${P}/htdocs/index.html`, '<html><body><h1>It works!</h1></body></html>\n'),
          dir(`${P}/logs`),
          dir(`${P}/cgi-bin`),
          dir(`${P}/error`),
          dir(`${P}/icons`),
          bin('httpd-2.4.63', `${P}/bin/httpd`, 2_513_968),
          ...bins(
            'httpd-2.4.63',
            `${P}/bin`,
            words(
              'ab apachectl apxs checkgid dbmmanage envvars envvars-std fcgistarter htcacheclean htdbm htdigest htpasswd httxt2dbm logresolve rotatelogs',
            ),
          ),
        ],
        fill: () => [
          ...MODULES.map((m) => `${P}/modules/mod_${m}.so`),
          ...words('ssl proxy proxy_http rewrite http2 lua deflate brotli cache session md').map(
            (m) => `${P}/modules/mod_${m}.so`,
          ),
          ...words('httpd-ssl.conf httpd-vhosts.conf httpd-mpm.conf proxy-html.conf').map(
            (f) => `${P}/conf/extra/${f}`,
          ),
          ...words('apache_pb.png apache_pb.svg folder.png text.png').map((f) => `${P}/icons/${f}`),
          ...words(
            'libnghttp2.so.14 libbrotlienc.so.1 libjansson.so.4 liblua5.2.so.0 libcurl.so.4 libxml2.so.2',
          ).map((l) => `/usr/lib/x86_64-linux-gnu/${l}`),
        ],
        size: 67_200_000,
      },
    ),
    bk('STOPSIGNAL SIGWINCH'),
    bk('COPY httpd-foreground /usr/local/bin/ # buildkit', {
      key: 'httpd:foreground',
      entries: () => [text('/usr/local/bin/httpd-foreground', FOREGROUND, 0o775)],
      size: 0,
    }),
    bk('EXPOSE map[80/tcp:{}]'),
    bk('CMD ["httpd-foreground"]'),
  ],
  config: {
    ExposedPorts: { '80/tcp': {} },
    Env: [
      PATH,
      'HTTPD_PREFIX=/usr/local/apache2',
      'HTTPD_VERSION=2.4.63',
      'HTTPD_SHA256=88fc236ab99b2864b248de7d49a008ec2afd7551e64dce8b95f58f32f94c46ab',
      'HTTPD_PATCHES=',
    ],
    Cmd: ['httpd-foreground'],
    WorkingDir: P,
    StopSignal: 'SIGWINCH',
  },
};

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '2.4.63': spec,
  '2.4': '2.4.63',
  '2': '2.4.63',
  latest: '2.4.63',
};
