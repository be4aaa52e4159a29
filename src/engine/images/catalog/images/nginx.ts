// nginx: 1.27.5 (= latest in the lab's snapshot) on debian:bookworm-slim, with the real config
// files, default page and entrypoint scripts.

import { BOOKWORM_SLIM_LAYER, DEBIAN_GROUP, DEBIAN_PASSWD, debianStep } from '../bases/debian';
import { bin, bins, dir, link, text, words } from '../files';
import type { HistoryStep, ImageSpec } from '../types';

const T = '2025-04-16T14:50:03Z';
const bk = (createdBy: string, layer?: HistoryStep['layer']): HistoryStep => ({
  created: T,
  createdBy,
  comment: 'buildkit.dockerfile.v0',
  ...(layer ? { layer } : {}),
});

export const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

export const DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

export const INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const ERROR_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

export const ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"

        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        find "/docker-entrypoint.d/" -follow -type f -print | sort -V | while read -r f; do
            case "$f" in
                *.envsh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Sourcing $f";
                        . "$f"
                    else
                        # warn on shell scripts without exec bit
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *.sh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Launching $f";
                        "$f"
                    else
                        # warn on shell scripts without exec bit
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *) entrypoint_log "$0: Ignoring $f";;
            esac
        done

        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

const script = (name: string, size: number, body: string) =>
  bk(`COPY ${name} /docker-entrypoint.d # buildkit`, {
    key: `nginx:1.27.5:${name}`,
    entries: () => [text(`/docker-entrypoint.d/${name}`, body.padEnd(size, '#'), 0o775)],
    size: 0,
  });

const spec: ImageSpec = {
  repository: 'library/nginx',
  tag: '1.27.5',
  steps: [
    debianStep(BOOKWORM_SLIM_LAYER),
    bk('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
    bk('ENV NGINX_VERSION=1.27.5'),
    bk('ENV NJS_VERSION=0.8.10'),
    bk('ENV NJS_RELEASE=1~bookworm'),
    bk('ENV PKG_RELEASE=1~bookworm'),
    bk('ENV DYNPKG_RELEASE=1~bookworm'),
    bk(
      'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     && ... && apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl     && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit',
      {
        key: 'nginx:1.27.5-bookworm',
        entries: () => [
          text(
            '/etc/passwd',
            `${DEBIAN_PASSWD}nginx:x:101:101:nginx user:/nonexistent:/bin/false\n`,
          ),
          text('/etc/group', `${DEBIAN_GROUP}nginx:x:101:\n`),
          text('/etc/nginx/nginx.conf', NGINX_CONF),
          text('/etc/nginx/conf.d/default.conf', DEFAULT_CONF),
          text(
            '/etc/nginx/mime.types',
            'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n    text/xml                                         xml;\n    image/gif                                        gif;\n    image/jpeg                                       jpeg jpg;\n    application/javascript                           js;\n    application/json                                 json;\n    image/png                                        png;\n    image/svg+xml                                    svg svgz;\n}\n',
          ),
          text('/usr/share/nginx/html/index.html', INDEX_HTML),
          text('/usr/share/nginx/html/50x.html', ERROR_HTML),
          dir('/var/cache/nginx'),
          dir('/var/log/nginx'),
          link('/var/log/nginx/access.log', '/dev/stdout'),
          link('/var/log/nginx/error.log', '/dev/stderr'),
          dir('/docker-entrypoint.d'),
          bin('nginx-1.27.5', '/usr/sbin/nginx', 1_491_536),
          bin('nginx-1.27.5', '/usr/sbin/nginx-debug', 1_560_152),
          ...bins('nginx-1.27.5', '/usr/bin', words('curl envsubst gettext'), { curl: 276_696 }),
        ],
        fill: () => [
          ...words(
            'ngx_http_geoip_module.so ngx_http_image_filter_module.so ngx_http_js_module.so ngx_http_xslt_filter_module.so ngx_stream_js_module.so ngx_stream_geoip_module.so',
          ).map((m) => `/usr/lib/nginx/modules/${m}`),
          ...words(
            'libgd.so.3 libxslt.so.1 libexslt.so.0 libGeoIP.so.1 libcurl.so.4 libssl.so.3 libcrypto.so.3 libxml2.so.2 libicuuc.so.72 libicudata.so.72 libtiff.so.6 libwebp.so.7 libfontconfig.so.1 libfreetype.so.6 libX11.so.6 libjpeg.so.62 libavif.so.15 libaom.so.3 libdav1d.so.6',
          ).map((l) => `/usr/lib/x86_64-linux-gnu/${l}`),
          ...words(
            'nginx nginx-module-njs nginx-module-geoip nginx-module-image-filter nginx-module-xslt gettext-base curl libgd3 libicu72',
          ).flatMap((p) => [`/usr/share/doc/${p}/copyright`, `/var/lib/dpkg/info/${p}.list`]),
        ],
        size: 117_000_000,
      },
    ),
    bk('COPY docker-entrypoint.sh / # buildkit', {
      key: 'nginx:1.27.5:docker-entrypoint.sh',
      entries: () => [text('/docker-entrypoint.sh', ENTRYPOINT, 0o775)],
      size: 0,
    }),
    script(
      '10-listen-on-ipv6-by-default.sh',
      2125,
      '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n\nentrypoint_log() {\n    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then\n        echo "$@"\n    fi\n}\n\nME=$(basename "$0")\nDEFAULT_CONF_FILE="etc/nginx/conf.d/default.conf"\n\n# check if we have ipv6 available\nif [ ! -f "/proc/net/if_inet6" ]; then\n    entrypoint_log "$ME: info: ipv6 not available"\n    exit 0\nfi\n',
    ),
    script(
      '15-local-resolvers.envsh',
      389,
      '#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nPATH="$PATH:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n\n[ "${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] || return 0\n\nNGINX_LOCAL_RESOLVERS=$(awk \'BEGIN{ORS=" "} $1=="nameserver" {print $2}\' /etc/resolv.conf)\nexport NGINX_LOCAL_RESOLVERS\n',
    ),
    script(
      '20-envsubst-on-templates.sh',
      3018,
      '#!/bin/sh\n\nset -e\n\nME=$(basename "$0")\n\nentrypoint_log() {\n    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then\n        echo "$@"\n    fi\n}\n\nauto_envsubst() {\n  local template_dir="${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"\n  local suffix="${NGINX_ENVSUBST_TEMPLATE_SUFFIX:-.template}"\n  local output_dir="${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}"\n}\n\nauto_envsubst\n\nexit 0\n',
    ),
    script(
      '30-tune-worker-processes.sh',
      4620,
      '#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nME=$(basename "$0")\nPATH="$PATH:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n\n[ "${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0\n',
    ),
    bk('ENTRYPOINT ["/docker-entrypoint.sh"]'),
    bk('EXPOSE map[80/tcp:{}]'),
    bk('STOPSIGNAL SIGQUIT'),
    bk('CMD ["nginx" "-g" "daemon off;"]'),
  ],
  config: {
    ExposedPorts: { '80/tcp': {} },
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'NGINX_VERSION=1.27.5',
      'NJS_VERSION=0.8.10',
      'NJS_RELEASE=1~bookworm',
      'PKG_RELEASE=1~bookworm',
      'DYNPKG_RELEASE=1~bookworm',
    ],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    StopSignal: 'SIGQUIT',
  },
};

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '1.27.5': spec,
  '1.27': '1.27.5',
  mainline: '1.27.5',
  '1': '1.27.5',
  latest: '1.27.5',
};
