// PyPI in outline: the seed's Flask app needs Flask and redis; their dependencies as their
// metadata declares them. Keys are project names as PyPI displays them; `arch` is the wheel tag
// ('py3-none-any' unless a binary wheel); files are relative to site-packages.

import type { Catalog, PackageSpec } from './types';

const packages: Record<string, PackageSpec> = {
  Flask: {
    version: '3.0.3',
    size: '101k',
    deps: [
      'Werkzeug>=3.0.0',
      'Jinja2>=3.1.2',
      'itsdangerous>=2.1.2',
      'click>=8.1.3',
      'blinker>=1.6.2',
    ],
    desc: 'A simple framework for building complex web applications.',
    files: [
      'flask/__init__.py 2.6k',
      'flask/app.py 60k',
      'flask/cli.py 35k',
      'flask/json/__init__.py 5.5k',
      'flask/templating.py 7.3k',
      'flask/all-other-modules 120k',
      '../../../bin/flask 224',
    ],
  },
  Werkzeug: {
    version: '3.0.3',
    size: '227k',
    deps: ['MarkupSafe>=2.1.1'],
    desc: 'The comprehensive WSGI web application library.',
    files: [
      'werkzeug/__init__.py 188',
      'werkzeug/serving.py 39k',
      'werkzeug/routing/all-routing 120k',
      'werkzeug/all-other-modules 700k',
    ],
  },
  Jinja2: {
    version: '3.1.4',
    size: '133k',
    deps: ['MarkupSafe>=2.0'],
    desc: 'A very fast and expressive template engine.',
    files: [
      'jinja2/__init__.py 1.9k',
      'jinja2/environment.py 61k',
      'jinja2/all-other-modules 480k',
    ],
  },
  MarkupSafe: {
    version: '2.1.5',
    size: '28k',
    arch: 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64',
    desc: 'Safely add untrusted strings to HTML/XML markup.',
    files: [
      'markupsafe/__init__.py 10k',
      'markupsafe/_speedups.cpython-312-x86_64-linux-gnu.so 44k',
    ],
  },
  itsdangerous: {
    version: '2.2.0',
    size: '16k',
    desc: 'Safely pass data to untrusted environments and back.',
    files: ['itsdangerous/__init__.py 1.4k', 'itsdangerous/all-modules 45k'],
  },
  click: {
    version: '8.1.7',
    size: '97k',
    desc: 'Composable command line interface toolkit',
    files: ['click/__init__.py 3.1k', 'click/all-modules 400k'],
  },
  blinker: {
    version: '1.8.2',
    size: '9.5k',
    desc: 'Fast, simple object-to-object and broadcast signaling',
    files: ['blinker/__init__.py 317', 'blinker/base.py 20k'],
  },
  redis: {
    version: '5.0.7',
    size: '252k',
    desc: 'Python client for Redis database and key-value store',
    files: [
      'redis/__init__.py 1.9k',
      'redis/client.py 56k',
      'redis/connection.py 48k',
      'redis/commands/all-commands 1.1M',
      'redis/all-other-modules 300k',
    ],
  },
  requests: {
    version: '2.32.3',
    size: '64k',
    deps: ['charset-normalizer<4,>=2', 'idna<4,>=2.5', 'urllib3<3,>=1.21.1', 'certifi>=2017.4.17'],
    desc: 'Python HTTP for Humans.',
    files: ['requests/__init__.py 5k', 'requests/all-modules 220k'],
  },
  'charset-normalizer': {
    version: '3.3.2',
    size: '140k',
    arch: 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64',
    desc: 'The Real First Universal Charset Detector.',
    files: ['charset_normalizer/all 400k'],
  },
  idna: {
    version: '3.7',
    size: '66k',
    desc: 'Internationalized Domain Names in Applications (IDNA)',
    files: ['idna/all 330k'],
  },
  urllib3: {
    version: '2.2.2',
    size: '121k',
    desc: 'HTTP library with thread-safe connection pooling, file post, and more.',
    files: ['urllib3/all 560k'],
  },
  certifi: {
    version: '2024.6.2',
    size: '164k',
    desc: "Python package for providing Mozilla's CA Bundle.",
    files: ['certifi/cacert.pem 292k', 'certifi/core.py 3.4k'],
  },
};

export const pypiCatalog: Catalog = { packages, texts: {}, base: ['pip', 'setuptools', 'wheel'] };
