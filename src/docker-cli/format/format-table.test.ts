// The tables of FIDELITY §1 must come out byte-identical from formatTable with the right rows.

import { describe, expect, it } from 'vitest';
import { ago, containerStatus } from './duration';
import { formatTable } from './format-table';
import { goStruct } from './go-values';
import { ellipsis, goQuote, truncateId } from './ids';
import { displayablePorts } from './ports';
import { humanSize, humanSizeWithPrecision } from './units';

const NOW = Date.UTC(2026, 10, 22, 14, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;

const PS_FORMAT =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const PS_HEADERS = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  RunningFor: 'CREATED',
  Status: 'STATUS',
  Ports: 'PORTS',
  Names: 'NAMES',
  Size: 'SIZE',
};

function psRow(c: {
  id: string;
  image: string;
  command: string;
  created: number;
  status: string;
  ports: string;
  name: string;
}) {
  return goStruct('*formatter.ContainerContext', {
    ID: truncateId(c.id),
    Image: c.image,
    Command: goQuote(ellipsis(c.command, 20)),
    RunningFor: ago(c.created, NOW),
    Status: c.status,
    Ports: c.ports,
    Names: c.name,
  });
}

describe('formatTable: FIDELITY examples', () => {
  it('docker ps -a (§1.1)', () => {
    const rows = [
      psRow({
        id: '3a496442147c' + '0'.repeat(52),
        image: 'nginx',
        command: "/docker-entrypoint.sh nginx -g 'daemon off;'",
        created: NOW - 7 * MIN,
        status: containerStatus(
          { running: true, exitCode: 0, startedAt: NOW - 7 * MIN, finishedAt: 0 },
          NOW,
        ),
        ports: displayablePorts([
          { ip: '::', privatePort: 80, publicPort: 5080, type: 'tcp' },
          { ip: '0.0.0.0', privatePort: 80, publicPort: 5080, type: 'tcp' },
        ]),
        name: 'web',
      }),
      psRow({
        id: '9d4032dbb03d',
        image: 'redis',
        command: 'docker-entrypoint.sh redis-server',
        created: NOW - 2 * HOUR,
        status: containerStatus(
          { running: true, exitCode: 0, startedAt: NOW - 2 * HOUR, finishedAt: 0 },
          NOW,
        ),
        ports: displayablePorts([{ privatePort: 6379, type: 'tcp' }]),
        name: 'cache',
      }),
      psRow({
        id: 'sha256:4716214ba780',
        image: 'centos',
        command: '/bin/bash',
        created: NOW - 61 * MIN,
        status: containerStatus(
          { running: false, exitCode: 0, startedAt: NOW - 62 * MIN, finishedAt: NOW - 61 * MIN },
          NOW,
        ),
        ports: '',
        name: 'nostalgic_turing',
      }),
    ];
    const r = formatTable(rows, PS_FORMAT, { headers: PS_HEADERS });
    expect(r).toEqual({
      ok: true,
      output: [
        'CONTAINER ID   IMAGE     COMMAND                  CREATED             STATUS                         PORTS                                     NAMES',
        '3a496442147c   nginx     "/docker-entrypoint.…"   7 minutes ago       Up 7 minutes                   0.0.0.0:5080->80/tcp, [::]:5080->80/tcp   web',
        '9d4032dbb03d   redis     "docker-entrypoint.s…"   2 hours ago         Up 2 hours                     6379/tcp                                  cache',
        '4716214ba780   centos    "/bin/bash"              About an hour ago   Exited (0) About an hour ago                                             nostalgic_turing',
        '',
      ].join('\n'),
    });
  });

  it('docker images (§1.2), with the default format and its if/else', () => {
    const format =
      'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
    const headers = {
      Repository: 'REPOSITORY',
      Tag: 'TAG',
      ID: 'IMAGE ID',
      CreatedSince: 'CREATED',
      Size: 'SIZE',
    };
    const img = (repo: string, tag: string, id: string, created: number, size: number) =>
      goStruct('*formatter.ImageContext', {
        Repository: repo,
        Tag: tag,
        ID: truncateId(`sha256:${id}`),
        CreatedSince: ago(created, NOW),
        Size: humanSizeWithPrecision(size, 3),
      });
    const rows = [
      img('python', '3.12', '82dda8055795aa', NOW - 7 * HOUR, 1_017_000_000),
      img('nginx', 'latest', '605c77e624ddbb', NOW - 15 * 24 * HOUR, 191_700_000),
      img('<none>', '<none>', '1b2c3d4e5f60cc', NOW - 70 * MIN, 935_000_000),
    ];
    const r = formatTable(rows, format, { headers });
    expect(r.ok && r.output).toBe(
      [
        'REPOSITORY   TAG       IMAGE ID       CREATED             SIZE',
        'python       3.12      82dda8055795   7 hours ago         1.02GB',
        'nginx        latest    605c77e624dd   2 weeks ago         192MB',
        '<none>       <none>    1b2c3d4e5f60   About an hour ago   935MB',
        '',
      ].join('\n'),
    );
  });

  it('docker history (§1.3)', () => {
    const format = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
    const headers = {
      ID: 'IMAGE',
      CreatedSince: 'CREATED',
      CreatedBy: 'CREATED BY',
      Size: 'SIZE',
      Comment: 'COMMENT',
    };
    const row = (id: string, created: number, by: string, size: number, comment: string) => ({
      ID: id,
      CreatedSince: ago(created, NOW),
      CreatedBy: ellipsis(by.replace(/\t/g, ' '), 45),
      Size: humanSizeWithPrecision(size, 3),
      Comment: comment,
    });
    const rows = [
      row('a1b2c3d4e5f6', NOW - 2 * MIN, 'CMD ["python" "app.py"]', 0, 'buildkit.dockerfile.v0'),
      row(
        '<missing>',
        NOW - 2 * MIN,
        'RUN /bin/sh -c pip install -r requirements.txt # buildkit',
        13_300_000,
        'buildkit.dockerfile.v0',
      ),
      row('<missing>', NOW - 3 * 7 * 24 * HOUR, '/bin/sh -c #(nop)  CMD ["bash"]', 0, ''),
    ];
    const r = formatTable(rows, format, { headers });
    expect(r.ok && r.output).toBe(
      [
        'IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT',
        'a1b2c3d4e5f6   2 minutes ago   CMD ["python" "app.py"]                         0B        buildkit.dockerfile.v0',
        '<missing>      2 minutes ago   RUN /bin/sh -c pip install -r requirements.t…   13.3MB    buildkit.dockerfile.v0',
        '<missing>      3 weeks ago     /bin/sh -c #(nop)  CMD ["bash"]                 0B        ',
        '',
      ].join('\n'),
    );
  });

  it('docker system df (§1.5)', () => {
    const format = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
    const headers = {
      Type: 'TYPE',
      TotalCount: 'TOTAL',
      Active: 'ACTIVE',
      Size: 'SIZE',
      Reclaimable: 'RECLAIMABLE',
    };
    const row = (type: string, total: number, active: number, size: number, recl: number) => ({
      Type: type,
      TotalCount: String(total),
      Active: String(active),
      Size: humanSize(size),
      Reclaimable:
        size > 0 ? `${humanSize(recl)} (${Math.trunc((recl * 100) / size)}%)` : humanSize(recl),
    });
    const r = formatTable(
      [
        row('Images', 5, 2, 16_430_000, 11_630_000),
        row('Containers', 2, 0, 212, 212),
        row('Local Volumes', 2, 1, 36, 0),
        row('Build Cache', 0, 0, 0, 0),
      ],
      format,
      { headers },
    );
    expect(r.ok && r.output).toBe(
      [
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
        'Images          5         2         16.43MB   11.63MB (70%)',
        'Containers      2         0         212B      212B (100%)',
        'Local Volumes   2         1         36B       0B (0%)',
        'Build Cache     0         0         0B        0B',
        '',
      ].join('\n'),
    );
  });

  it('volume ls and network ls (§1.9), and an empty list prints only the header', () => {
    const r = formatTable([{ Driver: 'local', Name: 'mydata' }], 'table {{.Driver}}\t{{.Name}}', {
      headers: { Driver: 'DRIVER', Name: 'VOLUME NAME' },
    });
    expect(r.ok && r.output).toBe('DRIVER    VOLUME NAME\nlocal     mydata\n');
    const e = formatTable([], 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}', {
      headers: { ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE' },
    });
    expect(e.ok && e.output).toBe('NETWORK ID   NAME      DRIVER    SCOPE\n');
  });
});

describe('formatTable: format kinds and errors', () => {
  const rows = [
    goStruct('*formatter.ContainerContext', { ID: 'abc', Names: 'web', Label: () => 'x' }),
    goStruct('*formatter.ContainerContext', { ID: 'def', Names: 'db', Label: () => 'y' }),
  ];
  const ctx = { headers: { ID: 'CONTAINER ID', Names: 'NAMES' }, defaultTable: 'table {{.ID}}' };
  it('raw templates print one line per row, no header; \\t escapes become tabs', () => {
    expect(formatTable(rows, '{{.ID}}\\t{{.Names}}', ctx)).toEqual({
      ok: true,
      output: 'abc\tweb\ndef\tdb\n',
    });
  });
  it('json prints one sorted compact object per row', () => {
    expect(formatTable(rows, 'json', ctx)).toEqual({
      ok: true,
      output: '{"ID":"abc","Names":"web"}\n{"ID":"def","Names":"db"}\n',
    });
  });
  it('"table" alone means the default table', () => {
    expect(formatTable(rows, 'table', ctx)).toEqual({
      ok: true,
      output: 'CONTAINER ID\nabc\ndef\n',
    });
  });
  it('header functions pass the label through', () => {
    expect(formatTable(rows, 'table {{.Names | upper}}\t{{json .ID}}', ctx)).toEqual({
      ok: true,
      output: 'NAMES     CONTAINER ID\nWEB       "abc"\nDB        "def"\n',
    });
  });
  it('errors carry docker prefixes', () => {
    expect(formatTable(rows, '{{.Nope}}', ctx)).toEqual({
      ok: false,
      error:
        'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    });
    expect(formatTable(rows, '{{.ID}', ctx)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1: unexpected "}" in operand',
    });
    expect(formatTable(rows, '{{foo .ID}}', ctx)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1: function "foo" not defined',
    });
  });
});
