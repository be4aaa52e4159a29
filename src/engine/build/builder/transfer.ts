// COPY and ADD share everything but ADD's extras (archives unpacked, URLs fetched): expand the
// words, find the sources (context, stage, image, here-doc, URL), apply the destination rules,
// key the cache on the sources' checksums, and copy inside the step container.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FileData } from '../../fs/types';
import { createUnionMount } from '../../storage';
import { parseUrl, urlFileName } from '../../world';
import type { AddInstruction, CopyInstruction } from '../instructions/types';
import { dataChecksum } from './context';
import { copyEntry, extractArchive, parentOf, writeFileAt, type CopyOptions } from './copy-files';
import { posixJoin, resolveDest } from './paths';
import { stepError, type Session, type StageRun, type StepResult } from './session';
import { cleanRel, contextTree, expandSource, fsTree, type SourceTree } from './sources';
import { fsStep } from './step';
import { resolveChown } from './user';
import { eachWord, word } from './words';
import { resolveImageState } from './dispatch/from';

type Source =
  | { readonly kind: 'tree'; readonly rel: string; readonly written: string }
  | { readonly kind: 'inline'; readonly name: string; readonly data: string }
  | { readonly kind: 'url'; readonly url: string };

const hex = (t: string): string => bytesToHex(sha256(utf8ToBytes(t)));

/** BuildKit's `ref <session uuid>::<25-char id>` in checksum errors (seeded, so stable). */
export function checksumRef(r: Session['deps']['random']): string {
  const h = r.hex(32);
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  let id = '';
  for (let i = 0; i < 25; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[r.int(36)];
  return `${uuid}::${id}`;
}

async function sourceTree(
  sess: Session,
  from: string | undefined,
): Promise<{ ok: true; tree: SourceTree; key: string } | { ok: false; error: string }> {
  if (from === undefined) return { ok: true, tree: contextTree(sess.context), key: 'context' };
  const idx =
    sess.stageNames.get(from.toLowerCase()) ?? (/^\d+$/.test(from) ? Number(from) : undefined);
  let state = idx !== undefined ? sess.stageResults.get(idx) : undefined;
  if (idx !== undefined && !state)
    return { ok: false, error: `invalid from flag value ${from}: stage not built` };
  if (!state) {
    const r = await resolveImageState(sess, from);
    if (!r.ok) return r;
    state = r.state;
  }
  const fs = createUnionMount({ id: `from-${from}`, lowers: state.layers, readOnly: true });
  const key = state.key;
  return { ok: true, tree: fsTree(fs, (rel) => hex(`${key}\0${rel}`)), key };
}

export async function transferStep(
  sess: Session,
  s: StageRun,
  ins: CopyInstruction | AddInstruction,
): Promise<StepResult> {
  const isAdd = ins.kind === 'ADD';
  const srcWords = eachWord(s, ins.sources);
  if (!srcWords.ok) return stepError(srcWords.error, ins);
  const destWord = word(s, ins.dest);
  if (!destWord.ok) return stepError(destWord.error, ins);
  const from = ins.kind === 'COPY' && ins.from !== undefined ? word(s, ins.from) : undefined;
  if (from && !from.ok) return stepError(from.error, ins);
  const t = await sourceTree(sess, from?.value);
  if (!t.ok) return stepError(t.error, ins);

  const sources: Source[] = [];
  const keyParts: string[] = [t.key];
  for (const src of srcWords.value) {
    if (isAdd && /^https?:\/\//i.test(src)) {
      sources.push({ kind: 'url', url: src });
      keyParts.push(`url:${src}`);
      continue;
    }
    const matches = expandSource(t.tree, src);
    if (matches.length === 0) {
      if (sess.legacy) {
        const what = /[*?[]/.test(src)
          ? `${ins.kind} failed: no source files were specified`
          : `${ins.kind} failed: file not found in build context or excluded by .dockerignore: stat ${cleanRel(src) || '.'}: file does not exist`;
        sess.stream(`Step ${++sess.legacyStep}/${sess.legacyTotal} : ${ins.original}\n`);
        return stepError(what, ins);
      }
      return stepError(
        `failed to compute cache key: failed to calculate checksum of ref ${checksumRef(sess.deps.random)}: "/${cleanRel(src)}": not found`,
        ins,
      );
    }
    for (const rel of matches) {
      sources.push({ kind: 'tree', rel, written: src });
      keyParts.push(`${rel}:${t.tree.checksum(rel)}`);
    }
  }
  for (const c of ins.sourceContents) {
    const data = c.expand ? word(s, c.data) : { ok: true as const, value: c.data };
    if (!data.ok) return stepError(data.error, ins);
    sources.push({ kind: 'inline', name: c.path, data: data.value });
    keyParts.push(`inline:${c.path}:${hex(data.value)}`);
  }

  const dest = resolveDest(s.state.config.WorkingDir, destWord.value);
  const many = sources.length > 1;
  if (sess.legacy && many && !destWord.value.endsWith('/')) {
    sess.stream(`Step ${++sess.legacyStep}/${sess.legacyTotal} : ${ins.original}\n`);
    return stepError(
      `When using ${ins.kind} with more than one source file, the destination must be a directory and end with a /`,
      ins,
    );
  }
  let chown: { uid: number; gid: number } = { uid: 0, gid: 0 };
  const chownWord = ins.chown !== undefined ? word(s, ins.chown) : undefined;
  if (chownWord && !chownWord.ok) return stepError(chownWord.error, ins);
  let chmod: number | undefined;
  if (ins.chmod !== undefined) {
    if (!/^[0-7]{3,4}$/.test(ins.chmod))
      return stepError(
        `invalid chmod parameter: '${ins.chmod}'. it should be octal string and between 0 and 07777`,
        ins,
      );
    chmod = parseInt(ins.chmod, 8);
  }
  keyParts.push(`dest:${dest.path}:${dest.dir}:${ins.chown ?? ''}:${ins.chmod ?? ''}`);

  const flags = [
    ...(from ? [`--from=${from.value}`] : []),
    ...(chownWord ? [`--chown=${chownWord.value}`] : []),
    ...(ins.chmod !== undefined ? [`--chmod=${ins.chmod}`] : []),
  ];
  const buildkitText = [
    ins.kind,
    ...flags,
    ...srcWords.value,
    ...ins.sourceContents.map((c) => c.path),
    destWord.value,
  ].join(' ');
  const only = sources[0];
  const kindWord = many
    ? 'multi'
    : only?.kind === 'tree' && t.tree.lstat(only.rel)?.type === 'dir'
      ? 'dir'
      : 'file';
  const legacyText = `/bin/sh -c #(nop) ${ins.kind} ${kindWord}:${hex(keyParts.join('\n'))} in ${destWord.value} `;

  return fsStep(sess, s, ins, {
    keyParts,
    createdBy: buildkitText,
    buildkitSuffix: true,
    legacyCreatedBy: legacyText,
    async run(c) {
      if (chownWord) {
        const r = resolveChown(c.fs, chownWord.value);
        if (!r.ok) return { ok: false, message: r.error };
        chown = r;
      }
      const o: CopyOptions = {
        ...chown,
        ...(chmod !== undefined ? { chmod } : {}),
        extract: isAdd,
      };
      let destIsDir = dest.dir || many;
      try {
        if (!destIsDir && c.fs.exists(dest.path) && c.fs.stat(dest.path).type === 'dir')
          destIsDir = true;
      } catch {
        // a dangling symlink at the destination: treat as a file path
      }
      for (const src of sources) {
        if (src.kind === 'tree') {
          const st = t.tree.lstat(src.rel);
          if (st?.type === 'dir') copyEntry(t.tree, src.rel, c.fs, dest.path, o);
          else {
            const base = src.rel.split('/').pop() ?? src.rel;
            const target = destIsDir ? posixJoin(dest.path, base) : dest.path;
            if (isAdd && st?.type === 'file') {
              const data = t.tree.read(src.rel);
              if (extractArchive(data, c.fs, destIsDir ? dest.path : parentOf(dest.path), o))
                continue;
            }
            copyEntry(t.tree, src.rel, c.fs, target, o);
          }
        } else if (src.kind === 'inline') {
          const target = destIsDir ? posixJoin(dest.path, src.name) : dest.path;
          ensureParent(c.fs, target);
          writeFileAt(
            c.fs,
            target,
            { kind: 'text', text: src.data },
            0o644,
            sess.deps.clock.now(),
            o,
          );
        } else {
          const got = fetchUrl(sess, src.url);
          if (!got.ok) return { ok: false, message: got.error };
          const target = destIsDir ? posixJoin(dest.path, got.name) : dest.path;
          ensureParent(c.fs, target);
          // Remote files arrive with mode 600 (Dockerfile reference).
          writeFileAt(c.fs, target, got.data, 0o600, sess.deps.clock.now(), {
            ...o,
            extract: false,
          });
        }
      }
      return { ok: true };
    },
  });
}

function ensureParent(fs: import('../../fs/types').FileSystem, path: string): void {
  const p = parentOf(path);
  if (!fs.exists(p)) fs.mkdir(p, { recursive: true });
}

function fetchUrl(
  sess: Session,
  href: string,
): { ok: true; data: FileData; name: string } | { ok: false; error: string } {
  const world = sess.deps.world;
  if (!world) return { ok: false, error: `layerlab: ADD of a URL is not modelled yet (${href})` };
  let current = href;
  for (let hop = 0; hop < 10; hop++) {
    const u = parseUrl(current);
    if (!u.ok) return { ok: false, error: `failed to load cache key: invalid URL ${current}` };
    const site = world.resolve(u.url.host);
    if (!site)
      return {
        ok: false,
        error: `failed to load cache key: Get "${u.url.href}": dial tcp: lookup ${u.url.host} on 127.0.0.11:53: no such host`,
      };
    const res = site.handle({ method: 'GET', url: u.url, headers: [] });
    if (!res)
      return {
        ok: false,
        error: `failed to load cache key: Get "${u.url.href}": dial tcp ${site.address}:${u.url.port}: connect: connection refused`,
      };
    if (res.status >= 300 && res.status < 400) {
      const loc = res.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
      if (!loc) break;
      current = /^https?:\/\//i.test(loc)
        ? loc
        : `${u.url.scheme}://${u.url.host}${loc.startsWith('/') ? '' : '/'}${loc}`;
      continue;
    }
    if (res.status !== 200)
      return {
        ok: false,
        error: `failed to load cache key: invalid response status ${res.status}`,
      };
    return { ok: true, data: res.body, name: urlFileName(u.url) || 'index.html' };
  }
  return { ok: false, error: 'failed to load cache key: stopped after 10 redirects' };
}

export { dataChecksum };
