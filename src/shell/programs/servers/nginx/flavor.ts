// Which nginx build this is: the official image's (nginx.org packages on Debian) or EPEL's on
// CentOS 7 — they differ in version, prefix, default paths and the compiler line.

import type { CommandContext } from '../../../types';

export interface NginxBuild {
  readonly version: string;
  /** --prefix (where `html` and relative paths live). */
  readonly prefix: string;
  readonly confPath: string;
  readonly pid: string;
  readonly errorLog: string;
  readonly builtBy: string;
  readonly openssl: string;
  readonly configure: string;
}

const DEBIAN_CONFIGURE =
  "--prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/var/run/nginx.pid --lock-path=/var/run/nginx.lock --http-client-body-temp-path=/var/cache/nginx/client_temp --http-proxy-temp-path=/var/cache/nginx/proxy_temp --http-fastcgi-temp-path=/var/cache/nginx/fastcgi_temp --http-uwsgi-temp-path=/var/cache/nginx/uwsgi_temp --http-scgi-temp-path=/var/cache/nginx/scgi_temp --user=nginx --group=nginx --with-compat --with-file-aio --with-threads --with-http_addition_module --with-http_auth_request_module --with-http_dav_module --with-http_flv_module --with-http_gunzip_module --with-http_gzip_static_module --with-http_mp4_module --with-http_random_index_module --with-http_realip_module --with-http_secure_link_module --with-http_slice_module --with-http_ssl_module --with-http_stub_status_module --with-http_sub_module --with-http_v2_module --with-http_v3_module --with-mail --with-mail_ssl_module --with-stream --with-stream_realip_module --with-stream_ssl_module --with-stream_ssl_preread_module --with-cc-opt='-g -O2 -ffile-prefix-map=/data/builder/debuild/nginx-{V}/debian/debuild-base/nginx-{V}=. -fstack-protector-strong -Wformat -Werror=format-security -Wp,-D_FORTIFY_SOURCE=2 -fPIC' --with-ld-opt='-Wl,-z,relro -Wl,-z,now -Wl,--as-needed -pie'";

const CENTOS_CONFIGURE =
  "--prefix=/usr/share/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib64/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --http-client-body-temp-path=/var/lib/nginx/tmp/client_body --http-proxy-temp-path=/var/lib/nginx/tmp/proxy --http-fastcgi-temp-path=/var/lib/nginx/tmp/fastcgi --http-uwsgi-temp-path=/var/lib/nginx/tmp/uwsgi --http-scgi-temp-path=/var/lib/nginx/tmp/scgi --pid-path=/run/nginx.pid --lock-path=/run/lock/subsys/nginx --user=nginx --group=nginx --with-compat --with-debug --with-file-aio --with-google_perftools_module --with-http_addition_module --with-http_auth_request_module --with-http_dav_module --with-http_degradation_module --with-http_flv_module --with-http_gunzip_module --with-http_gzip_static_module --with-http_image_filter_module=dynamic --with-http_mp4_module --with-http_perl_module=dynamic --with-http_random_index_module --with-http_realip_module --with-http_secure_link_module --with-http_slice_module --with-http_ssl_module --with-http_stub_status_module --with-http_sub_module --with-http_v2_module --with-http_xslt_module=dynamic --with-mail=dynamic --with-mail_ssl_module --with-pcre --with-pcre-jit --with-stream=dynamic --with-stream_ssl_module --with-stream_ssl_preread_module --with-threads --with-cc-opt='-O2 -g -pipe -Wall -Wp,-D_FORTIFY_SOURCE=2 -fexceptions -fstack-protector-strong --param=ssp-buffer-size=4 -grecord-gcc-switches -specs=/usr/lib/rpm/redhat/redhat-hardened-cc1 -m64 -mtune=generic' --with-ld-opt='-Wl,-z,relro -specs=/usr/lib/rpm/redhat/redhat-hardened-ld -Wl,-E'";

export function nginxBuild(ctx: CommandContext): NginxBuild {
  const rhel = ctx.fs.exists('/etc/redhat-release') || ctx.fs.exists('/etc/centos-release');
  if (rhel)
    return {
      version: '1.20.1',
      prefix: '/usr/share/nginx/',
      confPath: '/etc/nginx/nginx.conf',
      pid: '/run/nginx.pid',
      errorLog: '/var/log/nginx/error.log',
      builtBy: 'built by gcc 4.8.5 20150623 (Red Hat 4.8.5-44) (GCC) ',
      openssl: 'built with OpenSSL 1.1.1k  FIPS 25 Mar 2021',
      configure: CENTOS_CONFIGURE,
    };
  const v = ctx.env.NGINX_VERSION || '1.27.5';
  return {
    version: v,
    prefix: '/etc/nginx/',
    confPath: '/etc/nginx/nginx.conf',
    pid: '/var/run/nginx.pid',
    errorLog: '/var/log/nginx/error.log',
    builtBy: 'built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) ',
    openssl: 'built with OpenSSL 3.0.15 3 Sep 2024 (running with OpenSSL 3.0.16 11 Feb 2025)',
    configure: DEBIAN_CONFIGURE.replace(/\{V\}/g, v),
  };
}
