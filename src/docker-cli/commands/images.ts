// docker images / docker image ls / docker image list (FIDELITY §1.2): newest first, one row
// per tag, `<none>` for dangling images, `-q`, `--digests`, `--no-trunc`, `--filter`,
// `--format` (table / raw / json / template), and `docker images REPOSITORY[:TAG]`.

import type { Engine } from '../../engine/engine';
import { formatTable } from '../format/format-table';
import { flagBool, flagList, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { parseFilters } from './lib/filters';
import { IMAGE_HEADERS, imageContext, imageRows } from './lib/image-context';
import { daemonError, labNote } from './lib/output';

const DEFAULT_TABLE =
  'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const DEFAULT_TABLE_DIGEST =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const RAW =
  'repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
const RAW_DIGEST =
  'repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';

/** formatter.NewImageFormat. */
export function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : digest ? DEFAULT_TABLE_DIGEST : DEFAULT_TABLE;
  if (source === 'raw') return quiet ? 'image_id: {{.ID}}' : digest ? RAW_DIGEST : RAW;
  if (source.startsWith('table') && digest && !source.includes('{{.Digest}}'))
    return `${source}\t{{.Digest}}`;
  return source;
}

export const images: DockerSubcommand<Engine> = {
  spec: specFromHelp('images', { maxArgs: 1 }),
  run(p, ctx, engine) {
    if (flagBool(p, 'tree'))
      return labNote(
        ctx,
        "'docker images --tree' (experimental in Docker 28) is not part of this lab",
      );
    const f = parseFilters(flagList(p, 'filter'), images.spec.flags, p.commandPath, p.useLine);
    if (!f.ok) {
      ctx.stderr.write(`${f.message}\n`);
      return f.exitCode;
    }
    const filters = f.filters;
    const match = p.args[0];
    if (match !== undefined) (filters['reference'] ??= []).push(match);
    const list = engine.images.listImages({ all: flagBool(p, 'all'), filters });
    if (!list.ok) return daemonError(ctx, list.error.message);

    const showDigests = flagBool(p, 'digests');
    const format = imageFormat(
      flagString(p, 'format') || 'table',
      flagBool(p, 'quiet'),
      showDigests,
    );
    const needDigest = showDigests || format.includes('{{.Digest}}');
    const now = engine.clock.now();
    const trunc = !flagBool(p, 'no-trunc');
    const rows = list.value.flatMap((i) =>
      imageRows(i, showDigests, needDigest).map((r) => imageContext(r, trunc, now)),
    );
    const out = formatTable(rows, format, { headers: IMAGE_HEADERS, defaultTable: DEFAULT_TABLE });
    if (!out.ok) {
      ctx.stderr.write(`${out.error}\n`);
      return 1;
    }
    ctx.stdout.write(out.output);
    return 0;
  },
};
