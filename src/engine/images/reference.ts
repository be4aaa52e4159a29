// Image references as distribution/reference v0.6.0 parses them: the grammar (regexp.go), Parse
// (reference.go), ParseNormalizedNamed / ParseDockerRef / ParseAnyReference and the familiar
// (short) form (normalize.go). Messages are the package's error strings; the CLI adds its prefix.

import { err, ok, type Result } from './result';

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
export const NAME_TOTAL_LENGTH_MAX = 255;

/** A parsed reference. `domain` is '' only for un-normalised Parse results without one. */
export interface ImageReference {
  readonly domain: string;
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

export type ReferenceErrorCode =
  | 'invalid-format'
  | 'name-empty'
  | 'name-uppercase'
  | 'name-too-long'
  | 'digest-invalid-format'
  | 'digest-invalid-length'
  | 'digest-unsupported'
  | 'hex-name';

export interface ReferenceError {
  readonly code: ReferenceErrorCode;
  readonly message: string;
}

const E = {
  format: { code: 'invalid-format', message: 'invalid reference format' },
  empty: { code: 'name-empty', message: 'repository name must have at least one component' },
  upper: { code: 'name-uppercase', message: 'repository name must be lowercase' },
  long: {
    code: 'name-too-long',
    message: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`,
  },
  digestFormat: { code: 'digest-invalid-format', message: 'invalid checksum digest format' },
  digestLength: { code: 'digest-invalid-length', message: 'invalid checksum digest length' },
  digestAlgo: { code: 'digest-unsupported', message: 'unsupported digest algorithm' },
} as const satisfies Record<string, ReferenceError>;

// regexp.go, piece by piece.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const REFERENCE = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const ANCHORED_NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const ANCHORED_TAG = new RegExp(`^${tagPat}$`);
const ANCHORED_IDENTIFIER = /^[a-f0-9]{64}$/;
const ANCHORED_DIGEST = new RegExp(`^${digestPat}$`);

const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

/** go-digest's Parse/Validate. */
export function validateDigest(s: string): ReferenceError | undefined {
  const i = s.indexOf(':');
  if (i <= 0 || i + 1 === s.length) return E.digestFormat;
  const algo = s.slice(0, i);
  const encoded = s.slice(i + 1);
  const size = DIGEST_HEX_LENGTH[algo];
  if (size === undefined) return ANCHORED_DIGEST.test(s) ? E.digestAlgo : E.digestFormat;
  if (encoded.length !== size) return E.digestLength;
  return /^[a-f0-9]+$/.test(encoded) ? undefined : E.digestFormat;
}

/** reference.Parse: the grammar only, no normalisation (`ubuntu` has no domain here). */
export function parseReference(s: string): Result<ImageReference, ReferenceError> {
  const m = REFERENCE.exec(s);
  if (!m) {
    if (s === '') return err(E.empty);
    if (REFERENCE.test(s.toLowerCase())) return err(E.upper);
    return err(E.format);
  }
  const name = m[1] as string;
  if (name.length > NAME_TOTAL_LENGTH_MAX) return err(E.long);
  const nm = ANCHORED_NAME.exec(name);
  const domain = nm?.[1] ?? '';
  const path = nm?.[2] ?? name;
  const ref: { domain: string; path: string; tag?: string; digest?: string } = { domain, path };
  if (m[2]) ref.tag = m[2];
  if (m[3]) {
    const bad = validateDigest(m[3]);
    if (bad) return err(bad);
    ref.digest = m[3];
  }
  return ok(ref);
}

/** normalize.go splitDockerDomain. */
function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  let domain: string;
  let remainder: string;
  const first = i === -1 ? '' : name.slice(0, i);
  if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_DOMAIN;
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(i + 1);
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/'))
    remainder = OFFICIAL_PREFIX + remainder;
  return { domain, remainder };
}

/** ParseNormalizedNamed: what `docker pull ubuntu` does with `ubuntu`. */
export function parseNormalizedNamed(s: string): Result<ImageReference, ReferenceError> {
  if (ANCHORED_IDENTIFIER.test(s)) {
    return err({
      code: 'hex-name',
      message: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`,
    });
  }
  const { domain, remainder } = splitDockerDomain(s);
  const sep = remainder.indexOf(':');
  const remote = sep > -1 ? remainder.slice(0, sep) : remainder;
  if (remote.toLowerCase() !== remote) {
    return err({
      code: 'name-uppercase',
      message: `invalid reference format: repository name (${remote}) must be lowercase`,
    });
  }
  return parseReference(`${domain}/${remainder}`);
}

/** ParseDockerRef: normalised, `:latest` added when there is neither tag nor digest; a reference
 * with both keeps only the digest. */
export function parseDockerRef(s: string): Result<ImageReference, ReferenceError> {
  const r = parseNormalizedNamed(s);
  if (!r.ok) return r;
  const { domain, path, tag, digest } = r.value;
  if (digest !== undefined) return ok({ domain, path, digest });
  return ok({ domain, path, tag: tag ?? 'latest' });
}

/** A full image ID or digest rather than a name (ParseAnyReference's first two branches). */
export type AnyReference =
  | { readonly kind: 'digest'; readonly digest: string }
  | ({ readonly kind: 'named' } & ImageReference);

export function parseAnyReference(s: string): Result<AnyReference, ReferenceError> {
  if (ANCHORED_IDENTIFIER.test(s)) return ok({ kind: 'digest', digest: `sha256:${s}` });
  if (validateDigest(s) === undefined) return ok({ kind: 'digest', digest: s });
  const r = parseNormalizedNamed(s);
  return r.ok ? ok({ kind: 'named', ...r.value }) : r;
}

/** TagNameOnly: add `latest` to a bare name. */
export function tagNameOnly(ref: ImageReference): ImageReference {
  return ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref;
}

export function isValidTag(tag: string): boolean {
  return ANCHORED_TAG.test(tag);
}

/** Name with domain: `docker.io/library/ubuntu`. */
export function fullName(ref: ImageReference): string {
  return ref.domain === '' ? ref.path : `${ref.domain}/${ref.path}`;
}

function suffix(ref: ImageReference): string {
  return `${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** String(): `docker.io/library/ubuntu:latest`. */
export function referenceString(ref: ImageReference): string {
  return fullName(ref) + suffix(ref);
}

/** FamiliarName: `ubuntu`, `user/app`, `localhost:5000/app`. */
export function familiarName(ref: ImageReference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return fullName(ref);
  if (ref.path.startsWith(OFFICIAL_PREFIX)) {
    const rest = ref.path.slice(OFFICIAL_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return ref.path;
}

/** FamiliarString: `ubuntu:22.04`, `nginx@sha256:…`. */
export function familiarString(ref: ImageReference): string {
  return familiarName(ref) + suffix(ref);
}

/** The repository path inside its registry, as the pull banner prints it (`library/nginx`). */
export function remotePath(ref: ImageReference): string {
  return ref.path;
}
