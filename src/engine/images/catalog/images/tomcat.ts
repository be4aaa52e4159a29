// tomcat: 9.0 (9.0.106) and latest (11.0.8), both on eclipse-temurin:21-jdk (Ubuntu 24.04).
// Since 2019 the image ships an empty webapps/ and the default apps in webapps.dist/.

import { NOBLE_LAYER, ubuntuSteps } from '../bases/ubuntu';
import { bin, bins, dir, text, words } from '../files';
import type { HistoryStep, ImageSpec, LayerSpec } from '../types';
import {
  catalinaSh,
  docsIndex,
  HOST_MANAGER_403_JSP,
  MANAGER_403_JSP,
  MANAGER_CONTEXT_XML,
  managerWebXml,
  EXAMPLES_INDEX,
  LOGGING_PROPERTIES,
  releaseNotes,
  rootIndexJsp,
  SERVER_XML,
} from './tomcat-files';

const JT = '2025-05-08T19:41:12Z';
const JAVA_HOME = '/opt/java/openjdk';
const bk = (created: string, createdBy: string, layer?: LayerSpec): HistoryStep => ({
  created,
  createdBy,
  comment: 'buildkit.dockerfile.v0',
  ...(layer ? { layer } : {}),
});

const JDK_STEPS: HistoryStep[] = [
  ...ubuntuSteps(
    '24.04',
    '2025-04-08T10:31:52.100000000Z',
    NOBLE_LAYER,
    '1d2c6f6b1e0b9a6e3b4a5c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b',
  ),
  bk(JT, `ENV JAVA_HOME=${JAVA_HOME}`),
  bk(JT, `ENV PATH=${JAVA_HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`),
  bk(JT, 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8'),
  bk(
    JT,
    'RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         tzdata         locales     ;     echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen;     locale-gen en_US.UTF-8;     rm -rf /var/lib/apt/lists/* # buildkit',
    {
      key: 'eclipse-temurin:21-noble-deps',
      entries: () => [],
      fill: () =>
        words(
          'libfontconfig.so.1 libfreetype.so.6 libcurl.so.4 libp11-kit.so.0 libexpat.so.1 libpng16.so.16',
        )
          .map((l) => `/usr/lib/x86_64-linux-gnu/${l}`)
          .concat(
            '/usr/lib/locale/locale-archive',
            '/etc/ssl/certs/ca-certificates.crt',
            '/usr/share/zoneinfo/zone1970.tab',
          ),
      size: 20_300_000,
    },
  ),
  bk(JT, 'ENV JAVA_VERSION=jdk-21.0.7+6'),
  bk(
    JT,
    'RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     case "${ARCH}" in        amd64)          ESUM=\'...\';          BINARY_URL=\'https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.7%2B6/OpenJDK21U-jdk_x64_linux_hotspot_21.0.7_6.tar.gz\';          ;;     esac;     wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL};     mkdir -p "$JAVA_HOME";     tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner ;     rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip; # buildkit',
    {
      key: 'eclipse-temurin:21.0.7-jdk',
      entries: () => [
        ...bins(
          'temurin-21',
          `${JAVA_HOME}/bin`,
          words('java javac jar jshell keytool jcmd jps jstack jmap jdb javadoc'),
          { java: 12_632 },
        ),
        text(
          `${JAVA_HOME}/release`,
          'IMPLEMENTOR="Eclipse Adoptium"\nIMPLEMENTOR_VERSION="Temurin-21.0.7+6"\nJAVA_RUNTIME_VERSION="21.0.7+6-LTS"\nJAVA_VERSION="21.0.7"\nJAVA_VERSION_DATE="2025-04-15"\nOS_ARCH="x86_64"\nOS_NAME="Linux"\n',
        ),
      ],
      fill: () => [
        `${JAVA_HOME}/lib/modules`,
        ...words('libjvm.so').map((l) => `${JAVA_HOME}/lib/server/${l}`),
        ...words('libawt.so libjava.so libnet.so libnio.so libzip.so libfontmanager.so ct.sym').map(
          (l) => `${JAVA_HOME}/lib/${l}`,
        ),
        ...words(
          'java.base.jmod java.desktop.jmod jdk.compiler.jmod java.xml.jmod jdk.localedata.jmod jdk.internal.vm.ci.jmod',
        ).map((m) => `${JAVA_HOME}/jmods/${m}`),
      ],
      size: 317_200_000,
    },
  ),
  bk(
    JT,
    'RUN /bin/sh -c set -eux;     echo "Verifying install ...";     fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; [ "$fileEncoding" = \'UTF-8\' ]; rm -rf ~/.java;     echo "javac --version"; javac --version;     echo "java --version"; java --version;     echo "Complete." # buildkit',
    {
      key: 'eclipse-temurin:21-verify',
      entries: () => [],
      size: 0,
    },
  ),
  bk(JT, 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit', {
    key: 'eclipse-temurin:21-entrypoint',
    entries: () => [
      text(
        '/__cacert_entrypoint.sh',
        '#!/usr/bin/env bash\n# Converted to POSIX shell to avoid the need for bash in the image\n\nset -e\n\n# Opt-in is only activated if the environment variable is set\nif [ -n "$USE_SYSTEM_CA_CERTS" ]; then\n    echo "Using system CA certificates"\nfi\n\nexec "$@"\n',
        0o755,
      ),
    ],
    size: 0,
  }),
  bk(JT, 'ENTRYPOINT ["/__cacert_entrypoint.sh"]'),
  bk(JT, 'CMD ["jshell"]'),
];

const WEBAPPS = ['ROOT', 'docs', 'examples', 'host-manager', 'manager'];

function tomcat(major: string, version: string, created: string, size: number): ImageSpec {
  const H = '/usr/local/tomcat';
  const salt = `tomcat-${version}`;
  const native = '/usr/local/tomcat/native-jni-lib';
  return {
    repository: 'library/tomcat',
    tag: version,
    steps: [
      ...JDK_STEPS,
      bk(created, `ENV CATALINA_HOME=${H}`),
      bk(
        created,
        `ENV PATH=${H}/bin:${JAVA_HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      ),
      bk(created, 'RUN /bin/sh -c mkdir -p "$CATALINA_HOME" # buildkit', {
        key: `tomcat:${version}-mkdir-home`,
        entries: () => [dir(H)],
        size: 0,
      }),
      bk(created, `WORKDIR ${H}`),
      bk(created, `ENV TOMCAT_NATIVE_LIBDIR=${native}`),
      bk(created, 'ENV LD_LIBRARY_PATH=/usr/local/tomcat/native-jni-lib'),
      bk(
        created,
        'ENV GPG_KEYS=48F8E69F6390C9F25CFEDCD268248959359E722B A9C5DF4D22E99998D9875A5110C01C5A2F6059E7 DCFD35E0BF8CA7344752DE8B6FB21E8933C60243',
      ),
      bk(created, `ENV TOMCAT_MAJOR=${major}`),
      bk(created, `ENV TOMCAT_VERSION=${version}`),
      bk(
        created,
        'ENV TOMCAT_SHA512=0f7b4a0a9c5d8e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80',
      ),
      bk(created, 'COPY /usr/local/tomcat /usr/local/tomcat # buildkit', {
        key: `tomcat:${version}-home`,
        entries: () => [
          ...words('BUILDING.txt CONTRIBUTING.md LICENSE NOTICE README.md RUNNING.txt').map((f) =>
            text(`${H}/${f}`, `Apache Tomcat ${version}\n\n${f.replace(/\..*/, '')}\n`),
          ),
          text(`${H}/RELEASE-NOTES`, releaseNotes(version)),
          text(`${H}/bin/catalina.sh`, catalinaSh(Number(major)), 0o755),
          // The wrappers exec catalina.sh with their command, as Tomcat's own do.
          ...(
            [
              ['startup.sh', 'start'],
              ['shutdown.sh', 'stop'],
              ['version.sh', 'version'],
              ['configtest.sh', 'configtest'],
            ] as const
          ).map(([f, cmd]) =>
            text(
              `${H}/bin/${f}`,
              `#!/usr/bin/env bash\n\n# Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0.\n# -----------------------------------------------------------------------------\n# ${f === 'startup.sh' ? 'Start' : f === 'shutdown.sh' ? 'Stop' : f === 'version.sh' ? 'Version' : 'Configuration test'} script for the CATALINA Server\n# -----------------------------------------------------------------------------\n\nPRGDIR=$(dirname "$0")\nEXECUTABLE=catalina.sh\n\nexec "$PRGDIR"/"$EXECUTABLE" ${cmd} "$@"\n`,
              0o755,
            ),
          ),
          ...words('digest.sh setclasspath.sh tool-wrapper.sh makebase.sh').map((f) =>
            text(
              `${H}/bin/${f}`,
              `#!/usr/bin/env bash\n# Apache Tomcat ${version}: ${f}\necho "layerlab: ${f} is not modelled" >&2\nexit 1\n`,
              0o755,
            ),
          ),
          text(`${H}/conf/server.xml`, SERVER_XML),
          text(`${H}/conf/logging.properties`, LOGGING_PROPERTIES),
          text(
            `${H}/conf/tomcat-users.xml`,
            '<?xml version="1.0" encoding="UTF-8"?>\n<tomcat-users xmlns="http://tomcat.apache.org/xml"\n              version="1.0">\n</tomcat-users>\n',
          ),
          text(
            `${H}/conf/context.xml`,
            '<?xml version="1.0" encoding="UTF-8"?>\n<Context>\n    <WatchedResource>WEB-INF/web.xml</WatchedResource>\n</Context>\n',
          ),
          dir(`${H}/logs`, 0o1777),
          dir(`${H}/temp`, 0o1777),
          dir(`${H}/work`, 0o1777),
          dir(`${H}/webapps`),
          text(
            `${H}/webapps.dist/ROOT/index.jsp`,
            rootIndexJsp(
              `${major}.${version.split('.')[1]}`,
              major === '9' ? '9.0.x' : `${major}.0.x`,
            ),
          ),
          bin(salt, `${H}/webapps.dist/ROOT/tomcat.svg`, 67_795, 0o644),
          text(`${H}/webapps.dist/docs/index.html`, docsIndex(major, version)),
          text(`${H}/webapps.dist/examples/index.html`, EXAMPLES_INDEX),
          ...(
            [
              ['manager', MANAGER_403_JSP, 'Tomcat Manager Application'],
              ['host-manager', HOST_MANAGER_403_JSP, 'Tomcat Host Manager Application'],
            ] as const
          ).flatMap(([w, page, name]) => [
            text(`${H}/webapps.dist/${w}/META-INF/context.xml`, MANAGER_CONTEXT_XML),
            text(`${H}/webapps.dist/${w}/WEB-INF/web.xml`, managerWebXml(name)),
            text(`${H}/webapps.dist/${w}/WEB-INF/jsp/403.jsp`, page),
          ]),
          ...WEBAPPS.filter((w) => w !== 'manager' && w !== 'host-manager').map((w) =>
            text(
              `${H}/webapps.dist/${w}/WEB-INF/web.xml`,
              `<?xml version="1.0" encoding="UTF-8"?>\n<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">\n  <display-name>${w === 'ROOT' ? 'Welcome to Tomcat' : `Tomcat ${w}`}</display-name>\n</web-app>\n`,
            ),
          ),
        ],
        fill: () => [
          ...words(
            'catalina.jar catalina-ha.jar servlet-api.jar jsp-api.jar el-api.jar jasper.jar jasper-el.jar tomcat-coyote.jar tomcat-util.jar tomcat-dbcp.jar tomcat-websocket.jar ecj-4.20.jar tomcat-i18n-zh-CN.jar tomcat-i18n-ja.jar',
          ).map((j) => `${H}/lib/${j}`),
          ...words('bootstrap.jar tomcat-juli.jar commons-daemon.jar tomcat-native.tar.gz').map(
            (j) => `${H}/bin/${j}`,
          ),
          ...words('libtcnative-1.so.0.3.0 libtcnative-1.a').map((l) => `${native}/${l}`),
          ...words(
            'tomcat.css favicon.ico bg-button.png bg-middle.png bg-nav.png bg-upper.png asf-logo-wide.svg',
          ).map((f) => `${H}/webapps.dist/ROOT/${f}`),
          // docs and examples are static pages; manager and host-manager are JSP apps.
          ...words('changelog.html setup.html config/index.html api/index.html').map(
            (f) => `${H}/webapps.dist/docs/${f}`,
          ),
          ...words('servlets/index.html jsp/index.html websocket/index.xhtml').map(
            (f) => `${H}/webapps.dist/examples/${f}`,
          ),
          ...WEBAPPS.filter((w) => w !== 'docs').map(
            (w) => `${H}/webapps.dist/${w}/WEB-INF/classes/app.jar`,
          ),
          ...words('index.jsp status.xsd images/tomcat.svg').map(
            (f) => `${H}/webapps.dist/manager/${f}`,
          ),
          ...words('index.jsp css/manager.css images/asf-logo.svg').map(
            (f) => `${H}/webapps.dist/host-manager/${f}`,
          ),
          ...words(
            'catalina.policy catalina.properties logging.properties web.xml jaspic-providers.xml',
          ).map((f) => `${H}/conf/${f}`),
        ],
        size,
      }),
      bk(
        created,
        'RUN /bin/sh -c set -eux; \tapt-get update; \txargs -rt apt-get install -y --no-install-recommends < "$TOMCAT_NATIVE_LIBDIR/.dependencies.txt"; \trm -rf /var/lib/apt/lists/* # buildkit',
        {
          key: `tomcat:${version}-native-deps`,
          entries: () => [],
          fill: () => ['/usr/lib/x86_64-linux-gnu/libapr-1.so.0.7.2'],
          size: 2_970_000,
        },
      ),
      bk(
        created,
        'RUN /bin/sh -c set -eux; \tnativeLines="$(catalina.sh configtest 2>&1)"; \tnativeLines="$(echo "$nativeLines" | grep \'Apache Tomcat Native\')"; \tnativeLines="$(echo "$nativeLines" | sort -u)"; \tif ! echo "$nativeLines" | grep -E \'INFO: Loaded( APR based)? Apache Tomcat Native library\' >&2; then \t\techo >&2 "$nativeLines"; \t\texit 1; \tfi # buildkit',
        {
          key: 'tomcat:verify',
          entries: () => [],
          size: 0,
        },
      ),
      bk(created, 'EXPOSE map[8080/tcp:{}]'),
      bk(created, 'ENTRYPOINT []'),
      bk(created, 'CMD ["catalina.sh" "run"]'),
    ],
    config: {
      ExposedPorts: { '8080/tcp': {} },
      Env: [
        `PATH=${H}/bin:${JAVA_HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
        `JAVA_HOME=${JAVA_HOME}`,
        'LANG=en_US.UTF-8',
        'LANGUAGE=en_US:en',
        'LC_ALL=en_US.UTF-8',
        'JAVA_VERSION=jdk-21.0.7+6',
        `CATALINA_HOME=${H}`,
        `TOMCAT_NATIVE_LIBDIR=${native}`,
        `LD_LIBRARY_PATH=${native}`,
        `TOMCAT_MAJOR=${major}`,
        `TOMCAT_VERSION=${version}`,
      ],
      Cmd: ['catalina.sh', 'run'],
      WorkingDir: H,
    },
  };
}

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '9.0.106': tomcat('9', '9.0.106', '2025-06-12T20:10:08Z', 16_100_000),
  '9.0': '9.0.106',
  '9': '9.0.106',
  '11.0.8': tomcat('11', '11.0.8', '2025-06-12T20:12:31Z', 15_300_000),
  '11.0': '11.0.8',
  '11': '11.0.8',
  latest: '11.0.8',
};
