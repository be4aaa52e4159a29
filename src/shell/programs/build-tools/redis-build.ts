// The redis 5.0.x build as `make` runs it: the real sequence of lines (deps, then `CC x.o`, LINK,
// INSTALL, the hint), bounded (one line per object, a few lines of jemalloc's configure), and the
// real outputs: object files, the deps' libraries and the binaries at their real sizes.

import type { FileSystem } from '../../../engine/fs/types';
import { sha256OfText } from '../../../engine/storage';

export interface RedisBuildInput {
  readonly fs: FileSystem;
  /** The source tree's root (holding src/ and deps/). */
  readonly root: string;
  readonly malloc: 'jemalloc' | 'libc';
  readonly hasCc: boolean;
  readonly now: number;
}

export interface BuildOutcome {
  readonly out: string;
  readonly status: number;
  /** Lab milliseconds the build took on one job. */
  readonly ms: number;
}

const SERVER_OBJ =
  'adlist quicklist ae anet dict server sds zmalloc lzf_c lzf_d pqsort zipmap sha1 ziplist release networking util object db replication rdb t_string t_list t_set t_zset t_hash config aof pubsub multi debug sort intset syncio cluster crc16 endianconv slowlog scripting bio rio rand memtest crc64 bitops sentinel notify setproctitle blocked hyperloglog latency sparkline redis-check-rdb redis-check-aof geo lazyfree module evict expire geohash geohash_helper childinfo defrag siphash rax t_stream listpack localtime lolwut lolwut5'.split(
    ' ',
  );
const LUA_OBJ =
  'lapi lcode ldebug ldo ldump lfunc lgc llex lmem lobject lopcodes lparser lstate lstring ltable ltm lundump lvm lzio strbuf fpconv lauxlib lbaselib ldblib liolib lmathlib loslib ltablib lstrlib loadlib linit lua_cjson lua_struct lua_cmsgpack lua_bit'.split(
    ' ',
  );
const HIREDIS_OBJ = ['net', 'hiredis', 'sds', 'async', 'read'];
const JEMALLOC_OBJ =
  'jemalloc arena background_thread base bitmap ckh ctl extent extent_dss extent_mmap hash hooks large malloc_io mutex mutex_pool nstime pages prng prof rtree stats sz tcache ticker tsd witness'.split(
    ' ',
  );

/** Sizes of the unstripped binaries (-g -ggdb) a 5.0.3 build makes on x86_64. */
const BINARIES: Record<string, number> = {
  'redis-server': 8_137_352,
  'redis-cli': 4_827_224,
  'redis-benchmark': 4_668_312,
};
const SERVER_COPIES = ['redis-sentinel', 'redis-check-rdb', 'redis-check-aof'];
export const INSTALLED = [
  'redis-server',
  'redis-benchmark',
  'redis-cli',
  'redis-check-rdb',
  'redis-check-aof',
];

const CFLAGS_LUA = "-O2 -Wall -DLUA_ANSI -DENABLE_CJSON_GLOBAL -DREDIS_STATIC=''";
const CFLAGS_JE = '-std=gnu99 -Wall -pipe -g3 -O3 -funroll-loops ';

function blob(fs: FileSystem, path: string, size: number, seed: string, mode = 0o644): void {
  fs.writeFile(
    path,
    { kind: 'blob', size, digest: sha256OfText(`layerlab build ${seed}`) },
    { mode },
  );
  fs.chmod(path, mode);
}

export function isRedisTree(fs: FileSystem, dir: string): boolean {
  try {
    return /REDIS_VERSION "5\./.test(fs.readText(`${dir}/src/version.h`));
  } catch {
    return false;
  }
}

export function redisBuilt(fs: FileSystem, root: string): boolean {
  return fs.exists(`${root}/src/redis-server`);
}

function entering(level: number, dir: string): string {
  return `make[${level}]: Entering directory '${dir}'\n`;
}
function leaving(level: number, dir: string): string {
  return `make[${level}]: Leaving directory '${dir}'\n`;
}

/** `cd src && make all` up to the point where src's own make starts compiling. */
export function preamble(root: string, target: string): string {
  const src = `${root}/src`;
  return `cd src && make ${target}\n${entering(1, src)}    CC Makefile.dep\n${leaving(1, src)}${entering(1, src)}`;
}

function depsOutput(
  root: string,
  malloc: string,
  hasCc: boolean,
): { text: string; failed: boolean } {
  const deps = `${root}/deps`;
  let t =
    'rm -rf redis-server redis-sentinel redis-cli redis-benchmark redis-check-rdb redis-check-aof *.o *.gcda *.gcno *.gcov redis.info lcov-html Makefile.dep dict-benchmark\n' +
    `(cd ../deps && make distclean)\n${entering(2, deps)}` +
    '(cd hiredis && make clean) > /dev/null || true\n(cd linenoise && make clean) > /dev/null || true\n(cd lua && make clean) > /dev/null || true\n(cd jemalloc && [ -f Makefile ] && make distclean) > /dev/null || true\n(rm -f .make-*)\n' +
    `${leaving(2, deps)}(rm -f .make-*)\n` +
    "echo STD=-std=c99 -pedantic -DREDIS_STATIC='' >> .make-settings\n" +
    'echo WARN=-Wall -W -Wno-missing-field-initializers >> .make-settings\n' +
    `echo OPT=-O2 >> .make-settings\necho MALLOC=${malloc} >> .make-settings\n` +
    'echo CFLAGS= >> .make-settings\necho LDFLAGS= >> .make-settings\necho REDIS_CFLAGS= >> .make-settings\necho REDIS_LDFLAGS= >> .make-settings\n' +
    `echo PREV_FINAL_CFLAGS=-std=c99 -pedantic -DREDIS_STATIC='' -Wall -W -Wno-missing-field-initializers -O2 -g -ggdb   -I../deps/hiredis -I../deps/linenoise -I../deps/lua/src${malloc === 'jemalloc' ? ' -DUSE_JEMALLOC -I../deps/jemalloc/include' : ''} >> .make-settings\n` +
    'echo PREV_FINAL_LDFLAGS=  -g -ggdb -rdynamic >> .make-settings\n' +
    `(cd ../deps && make hiredis linenoise lua${malloc === 'jemalloc' ? ' jemalloc' : ''})\n${entering(2, deps)}` +
    '(cd hiredis && make clean) > /dev/null || true\n(cd linenoise && make clean) > /dev/null || true\n(cd lua && make clean) > /dev/null || true\n(cd jemalloc && [ -f Makefile ] && make distclean) > /dev/null || true\n(rm -f .make-*)\n' +
    `(echo "" > .make-cflags)\n(echo "" > .make-ldflags)\nMAKE hiredis\ncd hiredis && make static\n${entering(3, `${deps}/hiredis`)}`;
  const hiredisCc = (f: string): string =>
    `cc -std=c99 -pedantic -c -O3 -fPIC  -Wall -W -Wstrict-prototypes -Wwrite-strings -g -ggdb  ${f}.c\n`;
  if (!hasCc) {
    t +=
      hiredisCc('net') +
      'make[3]: cc: No such file or directory\n' +
      'make[3]: *** [Makefile:156: net.o] Error 127\n' +
      leaving(3, `${deps}/hiredis`) +
      'make[2]: *** [Makefile:46: hiredis] Error 2\n' +
      leaving(2, deps) +
      'make[1]: [Makefile:198: persist-settings] Error 2 (ignored)\n';
    return { text: t, failed: true };
  }
  for (const f of HIREDIS_OBJ) t += hiredisCc(f);
  t += `ar rcs libhiredis.a ${HIREDIS_OBJ.map((f) => `${f}.o`).join(' ')}\n${leaving(3, `${deps}/hiredis`)}`;
  t += `MAKE linenoise\ncd linenoise && make\n${entering(3, `${deps}/linenoise`)}cc  -Wall -Os -g  -c linenoise.c\n${leaving(3, `${deps}/linenoise`)}`;
  t += `MAKE lua\ncd lua/src && make all CFLAGS="${CFLAGS_LUA} " MYLDFLAGS="" AR="ar rcu"\n${entering(3, `${deps}/lua/src`)}`;
  for (const f of [...LUA_OBJ, 'lua', 'luac', 'print'])
    t += `cc ${CFLAGS_LUA}    -c -o ${f}.o ${f}.c\n`;
  t +=
    `ar rcu liblua.a ${LUA_OBJ.map((f) => `${f}.o`).join(' ')}\n` +
    "ar: `u' modifier ignored since `D' is the default (see `U')\nranlib liblua.a\n" +
    'cc -o lua  lua.o liblua.a -lm \ncc -o luac  luac.o print.o liblua.a -lm \n' +
    leaving(3, `${deps}/lua/src`);
  if (malloc === 'jemalloc') {
    t +=
      `MAKE jemalloc\ncd jemalloc && ./configure --with-version=5.1.0-0-g0 --with-lg-quantum=3 --with-jemalloc-prefix=je_ --enable-cc-silence CFLAGS="${CFLAGS_JE}" LDFLAGS=""\n` +
      'checking for xsltproc... false\nchecking for gcc... gcc\nchecking whether the C compiler works... yes\nchecking for C compiler default output file name... a.out\nchecking for suffix of executables... \nchecking whether we are cross compiling... no\nchecking for suffix of object files... o\nchecking whether we are using the GNU C compiler... yes\nchecking whether gcc accepts -g... yes\n' +
      '(layerlab: 190 more configure checks, all passing, not shown)\n' +
      'configure: creating ./config.status\nconfig.status: creating Makefile\nconfig.status: creating jemalloc.pc\nconfig.status: creating include/jemalloc/jemalloc_defs.h\nconfig.status: executing include/jemalloc/internal/public_symbols.txt commands\n' +
      '===============================================================================\njemalloc version   : 5.1.0-0-g0\nlibrary revision   : 2\n\nCONFIG             : --with-version=5.1.0-0-g0 --with-lg-quantum=3 --with-jemalloc-prefix=je_ --enable-cc-silence\n(layerlab: the rest of the configuration summary is not shown)\n===============================================================================\n' +
      `cd jemalloc && make CFLAGS="${CFLAGS_JE}" LDFLAGS="" lib/libjemalloc.a\n${entering(3, `${deps}/jemalloc`)}`;
    for (const f of JEMALLOC_OBJ)
      t += `gcc ${CFLAGS_JE} -c -D_GNU_SOURCE -D_REENTRANT -Iinclude -Iinclude -DJEMALLOC_NO_PRIVATE_NAMESPACE -o src/${f}.sym.o src/${f}.c\n`;
    t += `ar crus lib/libjemalloc.a ${JEMALLOC_OBJ.map((f) => `src/${f}.pic.o`).join(' ')}\n${leaving(3, `${deps}/jemalloc`)}`;
  }
  t += leaving(2, deps);
  return { text: t, failed: false };
}

function writeOutputs(i: RedisBuildInput): void {
  const { fs, root } = i;
  const deps = `${root}/deps`;
  for (const f of HIREDIS_OBJ) blob(fs, `${deps}/hiredis/${f}.o`, 40_000, `hiredis ${f}`);
  blob(fs, `${deps}/hiredis/libhiredis.a`, 262_000, 'libhiredis.a');
  blob(fs, `${deps}/linenoise/linenoise.o`, 71_000, 'linenoise.o');
  for (const f of LUA_OBJ) blob(fs, `${deps}/lua/src/${f}.o`, 24_000, `lua ${f}`);
  blob(fs, `${deps}/lua/src/liblua.a`, 1_160_000, 'liblua.a');
  blob(fs, `${deps}/lua/src/lua`, 760_000, 'lua', 0o755);
  blob(fs, `${deps}/lua/src/luac`, 520_000, 'luac', 0o755);
  if (i.malloc === 'jemalloc') {
    fs.mkdir(`${deps}/jemalloc/lib`, { recursive: true });
    blob(fs, `${deps}/jemalloc/lib/libjemalloc.a`, 6_230_000, 'libjemalloc.a');
  }
  const src = `${root}/src`;
  const settings = `STD=-std=c99 -pedantic -DREDIS_STATIC=''\nWARN=-Wall -W -Wno-missing-field-initializers\nOPT=-O2\nMALLOC=${i.malloc}\nCFLAGS=\nLDFLAGS=\nREDIS_CFLAGS=\nREDIS_LDFLAGS=\n`;
  fs.writeFile(`${src}/.make-settings`, settings);
  fs.writeFile(
    `${src}/release.h`,
    '#define REDIS_GIT_SHA1 "00000000"\n#define REDIS_GIT_DIRTY "0"\n#define REDIS_BUILD_ID "layerlab-0"\n',
  );
  fs.writeFile(
    `${src}/Makefile.dep`,
    SERVER_OBJ.map((o) => `${o}.o: ${o}.c server.h fmacros.h config.h\n`).join(''),
  );
  for (const o of [...SERVER_OBJ, 'redis-cli', 'redis-benchmark'])
    blob(fs, `${src}/${o}.o`, 60_000 + ((o.length * 7919) % 200_000), `${i.malloc} ${o}.o`);
  for (const [name, size] of Object.entries(BINARIES))
    blob(
      fs,
      `${src}/${name}`,
      size - (i.malloc === 'libc' ? 310_000 : 0),
      `${i.malloc} ${name}`,
      0o755,
    );
  for (const name of SERVER_COPIES)
    fs.writeFile(`${src}/${name}`, fs.readFile(`${src}/redis-server`), { mode: 0o755 });
  for (const name of SERVER_COPIES) fs.chmod(`${src}/${name}`, 0o755);
}

/** `make` / `make all` in the tree: everything up to the hint, or the failure without cc. */
export function buildRedis(i: RedisBuildInput): BuildOutcome {
  const src = `${i.root}/src`;
  let out = preamble(i.root, 'all');
  if (redisBuilt(i.fs, i.root)) {
    out += "\nHint: It's a good idea to run 'make test' ;)\n\n" + leaving(1, src);
    return { out, status: 0, ms: 1_500 };
  }
  const deps = depsOutput(i.root, i.malloc, i.hasCc);
  out += deps.text;
  if (deps.failed) {
    out +=
      '    CC adlist.o\n/bin/sh: 1: cc: not found\n' +
      'make[1]: *** [Makefile:248: adlist.o] Error 127\n' +
      leaving(1, src) +
      'make: *** [Makefile:6: all] Error 2\n';
    return { out, status: 2, ms: 900 };
  }
  for (const o of SERVER_OBJ) out += `    CC ${o}.o\n`;
  out +=
    '    LINK redis-server\n    INSTALL redis-sentinel\n    CC redis-cli.o\n    LINK redis-cli\n' +
    '    CC redis-benchmark.o\n    LINK redis-benchmark\n    INSTALL redis-check-rdb\n    INSTALL redis-check-aof\n' +
    "\nHint: It's a good idea to run 'make test' ;)\n\n" +
    leaving(1, src);
  writeOutputs(i);
  return { out, status: 0, ms: i.malloc === 'jemalloc' ? 78_000 : 52_000 };
}

/** `make install` after a build: five INSTALL lines, the binaries in PREFIX/bin. */
export function installRedis(fs: FileSystem, root: string, prefix: string): string {
  const src = `${root}/src`;
  const bin = `${prefix}/bin`;
  fs.mkdir(bin, { recursive: true });
  for (const name of INSTALLED) {
    const data = fs.readFile(`${src}/${name}`);
    fs.writeFile(`${bin}/${name}`, data, { mode: 0o755 });
    fs.chmod(`${bin}/${name}`, 0o755);
  }
  try {
    fs.unlink(`${bin}/redis-sentinel`);
  } catch {
    // not there yet
  }
  fs.symlink('redis-server', `${bin}/redis-sentinel`);
  return (
    "\nHint: It's a good idea to run 'make test' ;)\n\n" +
    '    INSTALL install\n'.repeat(5) +
    leaving(1, src)
  );
}

export function cleanRedis(fs: FileSystem, root: string): string {
  const src = `${root}/src`;
  for (const d of fs.readdir(src)) {
    const n = d.name;
    if (n.endsWith('.o') || n === 'Makefile.dep' || n in BINARIES || SERVER_COPIES.includes(n))
      fs.unlink(`${src}/${n}`);
  }
  return (
    'rm -rf redis-server redis-sentinel redis-cli redis-benchmark redis-check-rdb redis-check-aof *.o *.gcda *.gcno *.gcov redis.info lcov-html Makefile.dep dict-benchmark\n' +
    leaving(1, src)
  );
}
