import { describe, expect, it } from 'vitest';
import { loadImage } from './index';

const MB = 1e6;
const TARGETS: [string, string, number][] = [
  ['library/hello-world', 'latest', 13_300],
  ['library/busybox', 'latest', 4.3 * MB],
  ['library/alpine', 'latest', 7.8 * MB],
  ['library/ubuntu', '22.04', 77.9 * MB],
  ['library/ubuntu', 'latest', 78.1 * MB],
  ['library/debian', 'bookworm', 117 * MB],
  ['library/debian', 'stretch', 101 * MB],
  ['library/centos', '7', 204 * MB],
  ['library/centos', 'latest', 231 * MB],
  ['library/python', 'latest', 1.02e9],
  ['library/nginx', 'latest', 192 * MB],
  ['library/httpd', 'latest', 148 * MB],
  ['library/redis', 'latest', 117 * MB],
  ['library/registry', '2', 25.4 * MB],
  // Unverified targets (no brief figure): golang:1.24 ≈ 853MB, tomcat ≈ 430MB.
  ['library/golang', 'latest', 853 * MB],
  ['library/tomcat', '9.0', 430 * MB],
];

describe('catalog sizes are within 10% of the real images', () => {
  it.each(TARGETS)('%s:%s ≈ %d bytes', async (repo, tag, target) => {
    const image = await loadImage(repo, tag);
    if (!image) throw new Error('missing');
    const size = image.layers.reduce((a, l) => a + l.size, 0);
    expect(Math.abs(size - target) / target).toBeLessThan(0.1);
  });
});

describe('catalog contents', () => {
  it('blob digests differ from DiffIDs and are stable', async () => {
    const a = await loadImage('library/alpine', 'latest');
    const l = a?.layers[0];
    expect(l?.blobDigest).not.toBe(l?.diffId);
    expect(a?.indexDigest).not.toBe(a?.manifestDigest);
  });
  it('aliases resolve to the same image', async () => {
    expect((await loadImage('library/debian', 'latest'))?.id).toBe(
      (await loadImage('library/debian', 'bookworm'))?.id,
    );
  });
  it('unknown repositories and tags give undefined', async () => {
    expect(await loadImage('library/nope', 'latest')).toBeUndefined();
    expect(await loadImage('library/alpine', 'nope')).toBeUndefined();
  });
});
