// Bundle sizes of a Vite production build: what the page needs before it can do anything (the
// initial load) and everything it may fetch later. Shared by budget.mjs (CI's hard stop) and
// bench.mjs, so both report the same numbers.
//
// Initial load = the JS and CSS that dist/index.html references (module scripts, modulepreload and
// stylesheet links) plus, transitively, the static imports of those JS files. Dynamic import()s
// are not followed: they are what "loads right after" means.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 KB = 1000 bytes everywhere in our reports (as Vite and the issue's budgets count). */
export const KB = 1000;

/**
 * @typedef {{ file: string, kind: 'js' | 'css', raw: number, gzip: number, initial: boolean }} FileSize
 * @typedef {{ raw: number, gzip: number, files: number }} Totals
 * @typedef {{
 *   distDir: string,
 *   unit: string,
 *   initial: { js: Totals, css: Totals },
 *   all: { js: Totals, css: Totals },
 *   initialJsGzipKB: number,
 *   files: FileSize[],
 * }} BundleSize
 */

/**
 * Measures one build directory.
 * @param {string} distDir a folder holding index.html and the built assets
 * @returns {BundleSize}
 */
export function measureBundle(distDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const entries = htmlEntries(html);
  const initial = new Set();
  const pending = [...entries];
  while (pending.length > 0) {
    const rel = /** @type {string} */ (pending.pop());
    if (initial.has(rel)) continue;
    const abs = path.join(distDir, rel);
    if (!existsSync(abs))
      throw new Error(`${distDir}: the initial load references ${rel}, missing`);
    initial.add(rel);
    if (!rel.endsWith('.js') && !rel.endsWith('.mjs')) continue;
    for (const spec of staticImports(readFileSync(abs, 'utf8'))) {
      const dep = resolveSpecifier(rel, spec);
      if (dep !== null) pending.push(dep);
    }
  }

  /** @type {FileSize[]} */
  const files = [];
  for (const rel of listFiles(distDir)) {
    const kind = rel.endsWith('.css') ? 'css' : /\.m?js$/.test(rel) ? 'js' : null;
    if (kind === null) continue;
    const buf = readFileSync(path.join(distDir, rel));
    files.push({
      file: rel,
      kind,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      initial: initial.has(rel),
    });
  }
  files.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const sum = (/** @type {(f: FileSize) => boolean} */ keep) => {
    const chosen = files.filter(keep);
    return {
      raw: chosen.reduce((n, f) => n + f.raw, 0),
      gzip: chosen.reduce((n, f) => n + f.gzip, 0),
      files: chosen.length,
    };
  };
  const initialJs = sum((f) => f.initial && f.kind === 'js');
  return {
    distDir,
    unit: 'raw and gzip are bytes (gzip: zlib level 9, per file); KB = 1000 bytes',
    initial: { js: initialJs, css: sum((f) => f.initial && f.kind === 'css') },
    all: { js: sum((f) => f.kind === 'js'), css: sum((f) => f.kind === 'css') },
    initialJsGzipKB: round(initialJs.gzip / KB),
    files,
  };
}

/** @param {number} n */
export function round(n, digits = 2) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * The local JS/CSS files index.html loads up front, as paths relative to the dist folder.
 * @param {string} html
 * @returns {string[]}
 */
export function htmlEntries(html) {
  const out = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const tag = m[1].toLowerCase();
    const attrs = parseAttributes(m[2]);
    let ref = null;
    if (tag === 'script' && attrs.type === 'module' && attrs.src) ref = attrs.src;
    if (tag === 'link' && attrs.href) {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('modulepreload') || rel.includes('stylesheet')) ref = attrs.href;
    }
    const local = ref === null ? null : resolveSpecifier('index.html', ref, true);
    if (local !== null) out.push(local);
  }
  return out;
}

/** @param {string} text */
function parseAttributes(text) {
  /** @type {Record<string, string>} */
  const attrs = {};
  for (const m of text.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

// Bundlers hoist static imports (and re-exports) to the top of a chunk, so reading the leading
// run of import/export-from statements finds all of them without mistaking a string or a
// dynamic import() further down for one. Vite puts its one-line `const __vite__mapDeps=…;` (the
// lazy chunks' preload list) before the imports, so that line is skipped like a comment.
const SKIP =
  /(?:\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n|["']use strict["'];?|const __vite__mapDeps=[^\n]*\n)*/y;
const IMPORT =
  /import\s*(?:(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+|\{[^}]*\})?\s*from\s*)?(["'])([^"']+)\1\s*;?/y;
const EXPORT_FROM = /export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*(["'])([^"']+)\1\s*;?/y;

/**
 * Module specifiers of the static imports at the top of a built ES module.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  const specs = [];
  let at = 0;
  for (;;) {
    SKIP.lastIndex = at;
    SKIP.exec(code);
    at = SKIP.lastIndex;
    let matched = null;
    for (const re of [IMPORT, EXPORT_FROM]) {
      re.lastIndex = at;
      const m = re.exec(code);
      if (m) {
        matched = m;
        at = re.lastIndex;
        break;
      }
    }
    if (matched === null) return specs;
    specs.push(matched[2]);
  }
}

/**
 * A reference made from `fromRel` (a path inside dist) as a path inside dist, or null when it
 * points elsewhere (another origin, a bare package name, a data: URL).
 * @param {string} fromRel
 * @param {string} spec
 * @param {boolean} [fromHtml] HTML may use root-absolute URLs; built modules use ./ and ../
 */
function resolveSpecifier(fromRel, spec, fromHtml = false) {
  const clean = spec.split(/[?#]/)[0];
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//')) return null;
  if (!fromHtml && !/^\.{0,2}\//.test(clean)) return null;
  const rel = clean.startsWith('/')
    ? path.posix.normalize(clean.slice(1))
    : path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), clean));
  // Outside dist is not part of this build (and not ours to read).
  return rel.startsWith('../') ? null : rel;
}

/** @param {string} dir @returns {string[]} paths relative to dir, posix separators */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const ent of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${ent.name}` : ent.name;
    if (ent.isDirectory()) out.push(...listFiles(dir, rel));
    else if (ent.isFile()) out.push(rel);
  }
  return out;
}
