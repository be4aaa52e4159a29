// python: 3.12 (= 3.12-bookworm = latest in the lab's snapshot), on buildpack-deps:bookworm, so
// it shares its first layer with debian:bookworm and three more with golang.

import { BUILDPACK_STEPS, FULL_STEP } from '../bases/buildpack-deps';
import { bin, bins, link, text, words } from '../files';
import type { HistoryStep, ImageSpec } from '../types';

const T = '2025-06-11T18:27:45Z';
const V = '3.12.11';
const bk = (createdBy: string, layer?: HistoryStep['layer']): HistoryStep => ({
  created: T,
  createdBy,
  comment: 'buildkit.dockerfile.v0',
  ...(layer ? { layer } : {}),
});
const STDLIB = words(`os.py re/__init__.py json/__init__.py asyncio/base_events.py http/server.py
  email/message.py urllib/request.py sqlite3/__init__.py unittest/case.py typing.py pathlib.py
  subprocess.py socket.py ssl.py logging/__init__.py collections/__init__.py datetime.py
  lib-dynload/_ssl.cpython-312-x86_64-linux-gnu.so lib-dynload/_sqlite3.cpython-312-x86_64-linux-gnu.so
  lib-dynload/_ctypes.cpython-312-x86_64-linux-gnu.so lib-dynload/_decimal.cpython-312-x86_64-linux-gnu.so
  ensurepip/_bundled/pip-25.0.1-py3-none-any.whl config-3.12-x86_64-linux-gnu/libpython3.12.a
  idlelib/idle.py tkinter/__init__.py pydoc_data/topics.py test/test_sys.py`);

const spec: ImageSpec = {
  repository: 'library/python',
  tag: '3.12',
  steps: [
    ...BUILDPACK_STEPS,
    FULL_STEP,
    bk('ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
    bk('ENV LANG=C.UTF-8'),
    bk(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      {
        key: 'python:3.12-bookworm-deps',
        entries: () => [],
        fill: () =>
          words('libtk8.6.so libtcl8.6.so libbluetooth.so.3 libuuid.a libX11.so.6 libxcb.so.1').map(
            (l) => `/usr/lib/x86_64-linux-gnu/${l}`,
          ),
        size: 17_700_000,
      },
    ),
    bk('ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305'),
    bk(`ENV PYTHON_VERSION=${V}`),
    bk('ENV PYTHON_SHA256=c30bb24b7f1e9a19b11b55a546434f74e739bb4c271a3e3a80ff4380d49f7adb'),
    bk(
      'RUN /bin/sh -c set -eux; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \techo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; \tmkdir -p /usr/src/python; \ttar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \trm python.tar.xz; \t\tcd /usr/src/python; \t./configure \t\t--enable-loadable-sqlite-extensions \t\t--enable-optimizations \t\t--enable-option-checking=fatal \t\t--enable-shared \t\t--with-lto \t\t--with-ensurepip \t; \tmake -j "$nproc"; \tmake install; \tldconfig; \tpython3 --version; \tpip3 --version # buildkit',
      {
        key: 'python:3.12.11-bookworm-build',
        entries: () => [
          bin('python-3.12', '/usr/local/bin/python3.12', 17_184),
          link('/usr/local/bin/python3', 'python3.12'),
          ...bins(
            'python-3.12',
            '/usr/local/bin',
            words('pip pip3 pip3.12 idle3.12 pydoc3.12 python3.12-config 2to3-3.12'),
            {},
            200,
            9_000,
          ),
          bin('python-3.12', '/usr/local/lib/libpython3.12.so.1.0', 25_873_280),
          text(
            '/usr/local/lib/python3.12/site-packages/README.txt',
            'This directory exists so that 3rd party packages can be installed\nhere.  Read the source for site.py for more details.\n',
          ),
        ],
        fill: () => STDLIB.map((p) => `/usr/local/lib/python3.12/${p}`),
        size: 71_400_000,
      },
    ),
    bk(
      'RUN /bin/sh -c set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone # buildkit',
      {
        key: 'python:3.12-symlinks',
        entries: () =>
          words('idle pip pydoc python python-config').map((d) =>
            link(`/usr/local/bin/${d}`, `${d}3`),
          ),
        size: 0,
      },
    ),
    bk('CMD ["python3"]'),
  ],
  config: {
    Env: [
      'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'LANG=C.UTF-8',
      'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
      `PYTHON_VERSION=${V}`,
      'PYTHON_SHA256=c30bb24b7f1e9a19b11b55a546434f74e739bb4c271a3e3a80ff4380d49f7adb',
    ],
    Cmd: ['python3'],
  },
};

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '3.12': spec,
  [V]: '3.12',
  '3.12-bookworm': '3.12',
  '3': '3.12',
  latest: '3.12',
};
