// Daemon errors of the images API, as values. `message` is the daemon's text; the CLI prints it
// after `Error response from daemon: ` (or its own prefix for client-side reference errors).

import type { ImageReference } from './reference';
import { familiarString, tagNameOnly } from './reference';

export type ImageErrorCode =
  | 'invalid-reference'
  | 'not-found'
  | 'conflict'
  | 'pull-access-denied'
  | 'manifest-unknown'
  | 'reserved-name'
  | 'registry-unreachable'
  | 'invalid-filter';

export interface ImageError {
  readonly code: ImageErrorCode;
  readonly message: string;
}

const e = (code: ImageErrorCode, message: string): ImageError => ({ code, message });

/** ErrImageDoesNotExist: `No such image: foo:latest` (a bare name gets `:latest`). */
export function imageNotFound(ref: ImageReference | string): ImageError {
  const shown = typeof ref === 'string' ? `${ref}:latest` : familiarString(tagNameOnly(ref));
  return e('not-found', `No such image: ${shown}`);
}

export const invalidReference = (message: string): ImageError => e('invalid-reference', message);

export const pullAccessDenied = (familiarName: string): ImageError =>
  e(
    'pull-access-denied',
    `pull access denied for ${familiarName}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
  );

export const manifestUnknown = (familiar: string): ImageError =>
  e('manifest-unknown', `manifest for ${familiar} not found: manifest unknown: manifest unknown`);

export const reservedName = (name: string): ImageError =>
  e('reserved-name', `'${name}' is a reserved name`);

/** A registry nobody answers on (unverified wording; Go's net/http error text). */
export function registryUnreachable(domain: string): ImageError {
  const host = domain.replace(/:\d+$/, '');
  const loopback = host === 'localhost' || host.startsWith('127.') || host === '[::1]';
  return loopback
    ? e(
        'registry-unreachable',
        `Get "http://${domain}/v2/": dial tcp ${host === 'localhost' ? '127.0.0.1' : host}:${domain.split(':')[1] ?? '80'}: connect: connection refused`,
      )
    : e(
        'registry-unreachable',
        `Get "https://${domain}/v2/": dial tcp: lookup ${host}: no such host`,
      );
}

/** imageDeleteConflict.Error(). */
export function deleteConflict(shortId: string, hard: boolean, why: string): ImageError {
  return e(
    'conflict',
    `conflict: unable to delete ${shortId} (${hard ? 'cannot be forced' : 'must be forced'}) - ${why}`,
  );
}

export function repositoryReferenceConflict(
  typed: string,
  containerShort: string,
  imageShort: string,
): ImageError {
  return e(
    'conflict',
    `conflict: unable to remove repository reference ${JSON.stringify(typed)} (must force) - container ${containerShort} is using its referenced image ${imageShort}`,
  );
}

export const invalidFilter = (message: string): ImageError => e('invalid-filter', message);
