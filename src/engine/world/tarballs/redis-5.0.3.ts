// redis-5.0.3.tar.gz as download.redis.io serves it (the seed 003 Dockerfile fetches it): the real
// size and sha256, and the source tree inside, in outline — every top-level entry, the real src/
// file names with plausible sizes, abridged deps/, tests/ and utils/. Sources are blobs; the
// Makefiles, README.md, redis.conf and version.h are readable text.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ArchiveContent, TarMember } from '../archive-index';
import {
  REDIS_CONF,
  REDIS_INSTALL_TXT,
  REDIS_README,
  REDIS_RUNTEST,
  REDIS_SRC_MAKEFILE,
  REDIS_TOP_MAKEFILE,
  REDIS_VERSION_H,
} from './redis-5.0.3-text';

export const REDIS_TARBALL = {
  size: 1959445,
  digest: 'sha256:e290b4ddf817b26254a74d5d564095b11f9cd20d8f165459efa53eb63cd93e02',
} as const;

/** The tar inside the .gz (the digest is the lab's own: only the .gz's is published). */
export const REDIS_TAR_DIGEST =
  'sha256:6c3b5a9c1d7e0f2a4b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c';

const ROOT = 'redis-5.0.3';
/** git archive's timestamp for the 5.0.3 tag (2018-12-12). */
const MTIME = Date.UTC(2018, 11, 11, 11, 20, 1);

// [path, size in bytes]; a size of 0 marks text from redis-5.0.3-text.ts.
const SRC_SIZES: Record<string, number> = {
  'adlist.c': 10947,
  'adlist.h': 3778,
  'ae.c': 15698,
  'ae.h': 4982,
  'ae_epoll.c': 4920,
  'ae_evport.c': 10542,
  'ae_kqueue.c': 4986,
  'ae_select.c': 3694,
  'anet.c': 19158,
  'anet.h': 3535,
  'aof.c': 71612,
  'asciilogo.h': 2202,
  'atomicvar.h': 5972,
  'bio.c': 11002,
  'bio.h': 2234,
  'bitops.c': 40373,
  'blocked.c': 25826,
  'childinfo.c': 3947,
  'cluster.c': 220627,
  'cluster.h': 15862,
  'config.c': 99542,
  'config.h': 8165,
  'crc16.c': 4534,
  'crc64.c': 12245,
  'crc64.h': 133,
  'db.c': 58143,
  'debug.c': 56742,
  'debugmacro.h': 1937,
  'defrag.c': 45232,
  'dict.c': 39117,
  'dict.h': 7931,
  'endianconv.c': 3647,
  'endianconv.h': 2840,
  'evict.c': 25021,
  'expire.c': 19856,
  'fmacros.h': 2221,
  'geo.c': 32853,
  'geo.h': 414,
  'geohash.c': 10813,
  'geohash.h': 4319,
  'geohash_helper.c': 7939,
  'geohash_helper.h': 2974,
  'help.h': 21743,
  'hyperloglog.c': 59822,
  'intset.c': 14920,
  'intset.h': 2432,
  'latency.c': 26103,
  'latency.h': 3941,
  'lazyfree.c': 6582,
  'listpack.c': 29810,
  'listpack.h': 3508,
  'listpack_malloc.h': 2276,
  'localtime.c': 4796,
  'lolwut.c': 3203,
  'lolwut5.c': 11026,
  'lzf.h': 4042,
  'lzfP.h': 5383,
  'lzf_c.c': 8709,
  'lzf_d.c': 5440,
  'memtest.c': 11862,
  'mkreleasehdr.sh': 612,
  'module.c': 192313,
  'multi.c': 14306,
  'networking.c': 97089,
  'notify.c': 5804,
  'object.c': 51240,
  'pqsort.c': 5476,
  'pqsort.h': 1868,
  'pubsub.c': 12861,
  'quicklist.c': 103411,
  'quicklist.h': 8113,
  'rand.c': 3592,
  'rand.h': 1692,
  'rax.c': 79931,
  'rax.h': 9874,
  'rax_malloc.h': 1896,
  'rdb.c': 105412,
  'rdb.h': 6912,
  'redis-benchmark.c': 30719,
  'redis-check-aof.c': 7542,
  'redis-check-rdb.c': 13857,
  'redis-cli.c': 259361,
  'redis-trib.rb': 3543,
  'redisassert.h': 2013,
  'redismodule.h': 28219,
  'release.c': 2278,
  'replication.c': 120812,
  'rio.c': 13135,
  'rio.h': 6048,
  'scripting.c': 91034,
  'sds.c': 40702,
  'sds.h': 9024,
  'sdsalloc.h': 2083,
  'sentinel.c': 189734,
  'server.c': 183452,
  'server.h': 106522,
  'setproctitle.c': 7812,
  'sha1.c': 7783,
  'sha1.h': 545,
  'siphash.c': 13180,
  'slowlog.c': 7814,
  'slowlog.h': 2566,
  'solarisfixes.h': 2090,
  'sort.c': 21047,
  'sparkline.c': 6535,
  'sparkline.h': 2273,
  'stream.h': 5378,
  'syncio.c': 5508,
  't_hash.c': 33935,
  't_list.c': 38975,
  't_set.c': 42151,
  't_stream.c': 121430,
  't_string.c': 24174,
  't_zset.c': 131221,
  'testhelp.h': 2498,
  'util.c': 29082,
  'util.h': 2684,
  'valgrind.sup': 296,
  'ziplist.c': 85216,
  'ziplist.h': 3089,
  'zipmap.c': 17264,
  'zipmap.h': 2220,
  'zmalloc.c': 14127,
  'zmalloc.h': 4041,
};

const DEPS: Record<string, number> = {
  Makefile: 2769,
  'README.md': 3648,
  'update-jemalloc.sh': 499,
  'hiredis/Makefile': 6925,
  'hiredis/README.md': 16888,
  'hiredis/async.c': 23078,
  'hiredis/async.h': 5021,
  'hiredis/dict.c': 10432,
  'hiredis/dict.h': 4691,
  'hiredis/fmacros.h': 356,
  'hiredis/hiredis.c': 28798,
  'hiredis/hiredis.h': 9282,
  'hiredis/net.c': 15077,
  'hiredis/net.h': 2415,
  'hiredis/read.c': 15618,
  'hiredis/read.h': 4081,
  'hiredis/sds.c': 40012,
  'hiredis/sds.h': 8908,
  'hiredis/sdsalloc.h': 1961,
  'hiredis/test.c': 31214,
  'hiredis/win32.h': 832,
  'linenoise/Makefile': 225,
  'linenoise/README.markdown': 10027,
  'linenoise/example.c': 2061,
  'linenoise/linenoise.c': 39386,
  'linenoise/linenoise.h': 3178,
  'lua/Makefile': 3695,
  'lua/COPYRIGHT': 1528,
  'lua/HISTORY': 7907,
  'lua/INSTALL': 3868,
  'lua/README': 1378,
  'lua/src/Makefile': 5850,
  'lua/src/lapi.c': 22708,
  'lua/src/lauxlib.c': 17417,
  'lua/src/lbaselib.c': 17045,
  'lua/src/lcode.c': 21170,
  'lua/src/ldblib.c': 10077,
  'lua/src/ldebug.c': 16840,
  'lua/src/ldo.c': 14892,
  'lua/src/ldump.c': 3114,
  'lua/src/lfunc.c': 4618,
  'lua/src/lgc.c': 20053,
  'lua/src/linit.c': 765,
  'lua/src/liolib.c': 13159,
  'lua/src/llex.c': 12349,
  'lua/src/lmathlib.c': 5831,
  'lua/src/lmem.c': 2172,
  'lua/src/loadlib.c': 19216,
  'lua/src/lobject.c': 5498,
  'lua/src/lopcodes.c': 2884,
  'lua/src/loslib.c': 5992,
  'lua/src/lparser.c': 36696,
  'lua/src/lstate.c': 5674,
  'lua/src/lstring.c': 3110,
  'lua/src/lstrlib.c': 23561,
  'lua/src/ltable.c': 16909,
  'lua/src/ltablib.c': 7343,
  'lua/src/ltm.c': 1650,
  'lua/src/lua.c': 10163,
  'lua/src/luac.c': 4661,
  'lua/src/lundump.c': 5087,
  'lua/src/lvm.c': 23284,
  'lua/src/lzio.c': 1628,
  'lua/src/print.c': 4944,
  'lua/src/lua_cjson.c': 40787,
  'lua/src/lua_struct.c': 10894,
  'lua/src/lua_cmsgpack.c': 31246,
  'lua/src/lua_bit.c': 5758,
  'lua/src/strbuf.c': 5876,
  'lua/src/fpconv.c': 5789,
  'jemalloc/configure': 323519,
  'jemalloc/configure.ac': 70853,
  'jemalloc/Makefile.in': 22116,
  'jemalloc/COPYING': 1620,
  'jemalloc/ChangeLog': 67209,
  'jemalloc/INSTALL.md': 15014,
  'jemalloc/README': 1121,
  'jemalloc/VERSION': 45,
  'jemalloc/autogen.sh': 244,
  'jemalloc/src/jemalloc.c': 93052,
  'jemalloc/src/arena.c': 62104,
  'jemalloc/src/background_thread.c': 28134,
  'jemalloc/src/base.c': 14218,
  'jemalloc/src/bitmap.c': 3323,
  'jemalloc/src/ckh.c': 14002,
  'jemalloc/src/ctl.c': 89042,
  'jemalloc/src/extent.c': 70345,
  'jemalloc/src/extent_dss.c': 6831,
  'jemalloc/src/extent_mmap.c': 848,
  'jemalloc/src/hash.c': 137,
  'jemalloc/src/hooks.c': 266,
  'jemalloc/src/large.c': 11013,
  'jemalloc/src/malloc_io.c': 14910,
  'jemalloc/src/mutex.c': 4958,
  'jemalloc/src/mutex_pool.c': 362,
  'jemalloc/src/nstime.c': 3758,
  'jemalloc/src/pages.c': 14823,
  'jemalloc/src/prng.c': 51,
  'jemalloc/src/prof.c': 61235,
  'jemalloc/src/rtree.c': 9891,
  'jemalloc/src/stats.c': 45213,
  'jemalloc/src/sz.c': 2193,
  'jemalloc/src/tcache.c': 21113,
  'jemalloc/src/ticker.c': 51,
  'jemalloc/src/tsd.c': 13118,
  'jemalloc/src/witness.c': 2719,
  'jemalloc/include/jemalloc/jemalloc.sh': 547,
};

const OTHER: Record<string, number> = {
  '.gitignore': 399,
  '00-RELEASENOTES': 82719,
  BUGS: 53,
  CONTRIBUTING: 1805,
  COPYING: 1487,
  MANIFESTO: 4223,
  'runtest-cluster': 282,
  'runtest-sentinel': 282,
  'sentinel.conf': 9864,
  'src/.gitignore': 60,
  'src/modules/Makefile': 1211,
  'src/modules/helloworld.c': 26342,
  'src/modules/hellotype.c': 10834,
  'src/modules/hellotimer.c': 3034,
  'src/modules/hellocluster.c': 2541,
  'src/modules/testmodule.c': 6916,
  'tests/test_helper.tcl': 20316,
  'tests/helpers/bg_complex_data.tcl': 286,
  'tests/helpers/gen_write_load.tcl': 366,
  'tests/support/redis.tcl': 9137,
  'tests/support/server.tcl': 11982,
  'tests/support/util.tcl': 11904,
  'tests/support/test.tcl': 4453,
  'tests/unit/auth.tcl': 1059,
  'tests/unit/basic.tcl': 20231,
  'tests/unit/expire.tcl': 7427,
  'tests/unit/keyspace.tcl': 8261,
  'tests/unit/type/list.tcl': 30102,
  'tests/unit/type/hash.tcl': 17836,
  'tests/unit/type/set.tcl': 17623,
  'tests/unit/type/zset.tcl': 43791,
  'tests/unit/type/incr.tcl': 4623,
  'tests/unit/type/string.tcl': 13011,
  'tests/unit/type/stream.tcl': 22040,
  'utils/install_server.sh': 8636,
  'utils/redis_init_script': 1352,
  'utils/redis_init_script.tpl': 1047,
  'utils/redis-copy.rb': 2093,
  'utils/redis-sha1.rb': 1185,
  'utils/create-cluster/create-cluster': 2648,
  'utils/create-cluster/README': 1458,
  'utils/whatisdoing.sh': 564,
  'utils/generate-command-help.rb': 1612,
};

const TEXT: Record<string, string> = {
  Makefile: REDIS_TOP_MAKEFILE,
  'README.md': REDIS_README,
  INSTALL: REDIS_INSTALL_TXT,
  'redis.conf': REDIS_CONF,
  runtest: REDIS_RUNTEST,
  'src/Makefile': REDIS_SRC_MAKEFILE,
  'src/version.h': REDIS_VERSION_H,
};

const EXECUTABLE = new Set([
  'runtest',
  'runtest-cluster',
  'runtest-sentinel',
  'src/mkreleasehdr.sh',
  'src/redis-trib.rb',
  'deps/update-jemalloc.sh',
  'deps/jemalloc/configure',
  'deps/jemalloc/autogen.sh',
  'utils/install_server.sh',
  'utils/redis_init_script',
  'utils/create-cluster/create-cluster',
  'utils/whatisdoing.sh',
]);

function blobDigest(path: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(`redis-5.0.3/${path}`)))}`;
}

/** Every file of the tree, relative to redis-5.0.3/. */
function files(): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const [p, n] of Object.entries(OTHER)) out.push([p, n]);
  for (const p of Object.keys(TEXT)) out.push([p, 0]);
  for (const [p, n] of Object.entries(SRC_SIZES)) out.push([`src/${p}`, n]);
  for (const [p, n] of Object.entries(DEPS)) out.push([`deps/${p}`, n]);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function member(
  name: string,
  type: 'file' | 'dir',
  mode: number,
  data?: TarMember['data'],
): TarMember {
  return {
    name,
    type,
    mode,
    uid: 0,
    gid: 0,
    uname: 'root',
    gname: 'root',
    mtimeMs: MTIME,
    ...(data ? { data } : {}),
  };
}

/** The members in git archive's order: each directory before what it holds. */
export function redisTarMembers(): TarMember[] {
  const members: TarMember[] = [member(`${ROOT}/`, 'dir', 0o775)];
  const dirs = new Set<string>();
  for (const [path, size] of files()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!dirs.has(d)) {
        dirs.add(d);
        members.push(member(`${ROOT}/${d}/`, 'dir', 0o775));
      }
    }
    const text = TEXT[path];
    const data: TarMember['data'] =
      text !== undefined
        ? { kind: 'text', text }
        : { kind: 'blob', size, digest: blobDigest(path) };
    members.push(member(`${ROOT}/${path}`, 'file', EXECUTABLE.has(path) ? 0o775 : 0o664, data));
  }
  return members;
}

export function redisTarballContent(): ArchiveContent {
  return {
    kind: 'compressed',
    format: 'gzip',
    inner: { kind: 'blob', size: 8_765_440, digest: REDIS_TAR_DIGEST },
    name: 'redis-5.0.3.tar',
  };
}
