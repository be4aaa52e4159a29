// Debian 9 "stretch": its own versions and dependency names for the packages the seeds install
// (seed 003 builds redis by hand in debian:stretch: gcc, libc6-dev, make, wget), over the
// bookworm catalog for everything else. Versions and download sizes are stretch's final point
// release (9.13) and its security updates, from the archive's Packages files, in outline:
// gcc 6.3, glibc 2.24, binutils 2.28, OpenSSL 1.1.0, linux-libc-dev 4.9. Names that stretch's
// base image already has (libgcc1, gcc-6-base, libgmp10, libpcre3, libuuid1, zlib1g) are not
// listed, so apt treats them as installed, as it would.

import { debianCatalog } from './debian';
import type { Catalog, PackageSpec } from './types';

const L = '/usr/lib/x86_64-linux-gnu';
const G = '/usr/lib/gcc/x86_64-linux-gnu/6';
const GCC = '6.3.0-18+deb9u1';
const LIBC = '2.24-11+deb9u4';
const BINUTILS = '2.28-5';
const SSL = '1.1.0l-1~deb9u1';

const bookworm = debianCatalog.packages;

/** A bookworm entry with stretch's version, size and (optionally) dependencies and files. */
function like(name: string, over: Partial<PackageSpec> & { version: string; size: string }) {
  const b = bookworm[name];
  if (!b) throw new Error(`debian catalog lacks ${name}`);
  return { ...b, ...over };
}

function gccLib(desc: string, size: string, file: string): PackageSpec {
  return { version: GCC, size, section: 'libs', desc, files: [`${L}/${file}`] };
}

const packages: Record<string, PackageSpec> = {
  // --- wget and what it pulls in ----------------------------------------------------------
  wget: like('wget', {
    version: '1.18-5+deb9u3',
    size: '800k',
    deps: [
      'libc6',
      'libidn11',
      'libpcre3',
      'libpsl5',
      'libssl1.1',
      'libuuid1',
      'zlib1g',
      'ca-certificates',
    ],
  }),
  libidn11: {
    version: '1.33-1',
    size: '116k',
    section: 'libs',
    desc: 'GNU Libidn library, implementation of IETF IDN specifications',
    files: [`${L}/libidn.so.11.6.16 210k`, `${L}/libidn.so.11 -> libidn.so.11.6.16`],
  },
  // Recommends publicsuffix, which apt installs by default.
  libpsl5: like('libpsl5', {
    version: '0.17.0-3',
    size: '42k',
    deps: ['libidn2-0', 'libunistring0', 'publicsuffix'],
    files: [`${L}/libpsl.so.5.1.1 60k`, `${L}/libpsl.so.5 -> libpsl.so.5.1.1`],
  }),
  publicsuffix: like('publicsuffix', { version: '20190415.1030-1', size: '116k' }),
  'ca-certificates': like('ca-certificates', {
    version: '20200601~deb9u1',
    size: '158k',
    deps: ['openssl'],
  }),
  openssl: like('openssl', { version: SSL, size: '746k', deps: ['libc6', 'libssl1.1'] }),
  'libssl1.1': {
    version: SSL,
    size: '1357k',
    section: 'libs',
    desc: 'Secure Sockets Layer toolkit - shared libraries',
    files: [
      `${L}/libssl.so.1.1 432k`,
      `${L}/libcrypto.so.1.1 2.6M`,
      `${L}/engines-1.1/afalg.so 23k`,
    ],
  },

  // --- the compiler toolchain: gcc 6 ------------------------------------------------------
  make: like('make', { version: '4.1-9.1', size: '302k' }),
  gcc: like('gcc', {
    version: '4:6.3.0-4',
    size: '5k',
    deps: ['cpp', 'gcc-6'],
    files: [
      '/usr/bin/gcc -> gcc-6',
      '/usr/bin/cc -> /etc/alternatives/cc',
      '/etc/alternatives/cc -> /usr/bin/gcc',
      '/usr/bin/c89 -> /etc/alternatives/c89',
      '/usr/bin/c99 -> /etc/alternatives/c99',
      '/usr/bin/gcc-ar -> gcc-ar-6',
      '/usr/bin/gcc-nm -> gcc-nm-6',
      '/usr/bin/x86_64-linux-gnu-gcc -> gcc-6',
    ],
  }),
  cpp: like('cpp', {
    version: '4:6.3.0-4',
    size: '20k',
    deps: ['cpp-6'],
    files: ['/usr/bin/cpp -> cpp-6', '/usr/bin/x86_64-linux-gnu-cpp -> cpp-6'],
  }),
  'cpp-6': {
    version: GCC,
    size: '6573k',
    section: 'interpreters',
    deps: ['gcc-6-base', 'libgmp10', 'libisl15', 'libmpc3', 'libmpfr4', 'zlib1g'],
    desc: 'GNU C preprocessor',
    files: [
      '/usr/bin/cpp-6 -> x86_64-linux-gnu-cpp-6',
      '/usr/bin/x86_64-linux-gnu-cpp-6 950k',
      `${G}/cc1 21.9M`,
    ],
  },
  'gcc-6': {
    version: GCC,
    size: '6901k',
    section: 'devel',
    deps: [
      'cpp-6',
      'gcc-6-base',
      'libcc1-0',
      'binutils',
      'libgcc-6-dev',
      'libisl15',
      'libmpc3',
      'libmpfr4',
      'zlib1g',
    ],
    desc: 'GNU C compiler',
    files: [
      '/usr/bin/gcc-6 -> x86_64-linux-gnu-gcc-6',
      '/usr/bin/x86_64-linux-gnu-gcc-6 950k',
      '/usr/bin/gcc-ar-6 -> x86_64-linux-gnu-gcc-ar-6',
      '/usr/bin/x86_64-linux-gnu-gcc-ar-6 31k',
      '/usr/bin/gcc-nm-6 -> x86_64-linux-gnu-gcc-nm-6',
      '/usr/bin/x86_64-linux-gnu-gcc-nm-6 31k',
      '/usr/bin/x86_64-linux-gnu-gcov-6 460k',
      `${G}/lto1 20.6M`,
      `${G}/lto-wrapper 780k`,
      `${G}/collect2 430k`,
      `${G}/liblto_plugin.so 79k`,
      `${G}/include/stddef.h 13k`,
      `${G}/include/stdarg.h 4k`,
      '/usr/share/doc/gcc-6/NEWS.gz 600k',
    ],
  },
  'libgcc-6-dev': {
    version: GCC,
    size: '2296k',
    section: 'libdevel',
    deps: [
      'gcc-6-base',
      'libgomp1',
      'libitm1',
      'libatomic1',
      'libasan3',
      'liblsan0',
      'libtsan0',
      'libubsan0',
      'libcilkrts5',
      'libmpx2',
      'libquadmath0',
    ],
    desc: 'GCC support library (development files)',
    files: [
      `${G}/libgcc.a 3.9M`,
      `${G}/libgcc_eh.a 360k`,
      `${G}/crtbegin.o 3k`,
      `${G}/crtend.o 1k`,
      `${G}/libasan.a 3.3M`,
      `${G}/libtsan.a 2.9M`,
    ],
  },
  libgomp1: gccLib('GCC OpenMP (GOMP) support library', '73k', 'libgomp.so.1.0.0 200k'),
  libitm1: gccLib('GNU Transactional Memory Library', '27k', 'libitm.so.1.0.0 105k'),
  libatomic1: gccLib(
    'support library providing __atomic built-in functions',
    '9k',
    'libatomic.so.1.2.0 27k',
  ),
  libasan3: gccLib(
    'AddressSanitizer -- a fast memory error detector',
    '311k',
    'libasan.so.3.0.0 1.3M',
  ),
  liblsan0: gccLib(
    'LeakSanitizer -- a memory leak detector (runtime)',
    '115k',
    'liblsan.so.0.0.0 360k',
  ),
  libtsan0: gccLib(
    'ThreadSanitizer -- a Valgrind-based detector of data races (runtime)',
    '272k',
    'libtsan.so.0.0.0 1.1M',
  ),
  libubsan0: gccLib(
    'UBSan -- undefined behaviour sanitizer (runtime)',
    '101k',
    'libubsan.so.0.0.0 350k',
  ),
  libcilkrts5: gccLib(
    'Intel Cilk Plus language extensions (runtime)',
    '41k',
    'libcilkrts.so.5.0.0 120k',
  ),
  libmpx2: gccLib('Intel memory protection extensions (runtime)', '11k', 'libmpx.so.2.0.1 26k'),
  libquadmath0: gccLib('GCC Quad-Precision Math Library', '133k', 'libquadmath.so.0.0.0 260k'),
  'libcc1-0': gccLib('GCC cc1 plugin for GDB', '30k', 'libcc1.so.0.0.0 100k'),
  libisl15: {
    version: '0.18-1',
    size: '564k',
    section: 'libs',
    desc: 'manipulating sets and relations of integer points bounded by linear constraints',
    files: [`${L}/libisl.so.15.3.0 1.6M`],
  },
  libmpc3: like('libmpc3', {
    version: '1.0.3-1+b2',
    size: '40k',
    files: [`${L}/libmpc.so.3.0.0 100k`],
  }),
  libmpfr4: {
    version: '3.1.5-1',
    size: '556k',
    section: 'libs',
    desc: 'multiple precision floating-point computation',
    files: [`${L}/libmpfr.so.4.1.5 1.5M`],
  },
  binutils: {
    version: BINUTILS,
    size: '3770k',
    section: 'devel',
    desc: 'GNU assembler, linker and binary utilities',
    files: [
      '/usr/bin/ld -> x86_64-linux-gnu-ld',
      '/usr/bin/as -> x86_64-linux-gnu-as',
      '/usr/bin/ar -> x86_64-linux-gnu-ar',
      '/usr/bin/strip -> x86_64-linux-gnu-strip',
      '/usr/bin/objdump -> x86_64-linux-gnu-objdump',
      '/usr/bin/x86_64-linux-gnu-ld.bfd 1.4M',
      '/usr/bin/x86_64-linux-gnu-ld -> x86_64-linux-gnu-ld.bfd',
      '/usr/bin/x86_64-linux-gnu-as 830k',
      '/usr/bin/x86_64-linux-gnu-ar 55k',
      '/usr/bin/x86_64-linux-gnu-strip 230k',
      '/usr/bin/x86_64-linux-gnu-objdump 430k',
      '/usr/bin/x86_64-linux-gnu-ld.gold 5.4M',
      `${L}/libbfd-2.28-system.so 1.2M`,
      `${L}/libopcodes-2.28-system.so 500k`,
      '/usr/share/locale/all-languages/binutils.mo 8.9M',
    ],
  },
  'libc6-dev': like('libc6-dev', {
    version: LIBC,
    size: '2364k',
    deps: ['libc6', 'libc-dev-bin', 'linux-libc-dev', 'manpages-dev'],
  }),
  'libc-dev-bin': like('libc-dev-bin', { version: LIBC, size: '259k' }),
  'linux-libc-dev': like('linux-libc-dev', {
    version: '4.9.228-1',
    size: '1370k',
    files: [
      '/usr/include/linux/all-linux-headers 5.4M',
      '/usr/include/x86_64-linux-gnu/asm/all-asm-headers 340k',
    ],
  }),
  // libc6-dev Recommends manpages-dev, which apt installs by default.
  'manpages-dev': {
    version: '4.10-2',
    size: '2145k',
    arch: 'all',
    section: 'doc',
    deps: ['manpages'],
    desc: 'Manual pages about using GNU/Linux for development',
    files: [
      '/usr/share/man/man2/all-section-2-pages.gz 1.9M',
      '/usr/share/man/man3/all-section-3-pages.gz 3.8M',
    ],
  },
  manpages: {
    version: '4.10-2',
    size: '1216k',
    arch: 'all',
    section: 'doc',
    desc: 'Manual pages about using a GNU/Linux system',
    files: [
      '/usr/share/man/man5/all-section-5-pages.gz 900k',
      '/usr/share/man/man7/all-section-7-pages.gz 1.1M',
    ],
  },
};

/** Stretch's base image, where its names differ from bookworm's. */
const RENAMED: Record<string, string | null> = {
  'gcc-12-base': 'gcc-6-base',
  'libgcc-s1': 'libgcc1',
  libffi8: 'libffi6',
  libtinfo6: 'libtinfo5',
  libnettle8: 'libnettle6',
  libhogweed6: 'libhogweed4',
  libunistring2: 'libunistring0',
  'libpcre2-8-0': 'libpcre3',
  'libapt-pkg6.0': 'libapt-pkg5.0',
  libcrypt1: null,
  libmd0: null,
  libxxhash0: null,
  libzstd1: null,
  'usr-is-merged': null,
  'util-linux-extra': null,
  'libsemanage-common': null,
  libsemanage2: null,
  libsepol2: 'libsepol1',
};

const base = debianCatalog.base.flatMap((p) => {
  const r = RENAMED[p];
  if (r === undefined) return [p];
  return r === null ? [] : [r];
});

export const stretchCatalog: Catalog = {
  ...debianCatalog,
  packages: { ...bookworm, ...packages },
  base,
  libcVersion: LIBC,
};
