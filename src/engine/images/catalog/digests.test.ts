import { describe, expect, it } from 'vitest';
import { diffIdOfChanges, sha256OfText, sizeOfChanges } from '../../storage';
import { buildImage, hashImage } from './build';
import { computeCatalogDigests, REGENERATE } from './digests';
import { CATALOG_DIGESTS } from './digests.generated';
import { allImageSpecs } from './index';

describe('the generated catalog digests', () => {
  it('equal what hashing every catalog image gives', async () => {
    const hashed = await computeCatalogDigests();
    const stale = [
      ...Object.keys(hashed).filter(
        (k) => JSON.stringify(hashed[k]) !== JSON.stringify(CATALOG_DIGESTS[k]),
      ),
      ...Object.keys(CATALOG_DIGESTS).filter((k) => !(k in hashed)),
    ];
    if (stale.length > 0)
      throw new Error(
        `digests.generated.ts is stale for ${stale.join(', ')}: run \`${REGENERATE}\``,
      );
    expect(Object.keys(CATALOG_DIGESTS).length).toBeGreaterThan(10);
  });

  it('give built images the digests of their layers and config', async () => {
    let own = 0;
    for (const spec of await allImageSpecs()) {
      const built = buildImage(spec);
      const hashed = hashImage(spec);
      // The ID is always the hash of the config, whose diff_ids are the layers' own DiffIDs.
      expect(built.id).toBe(sha256OfText(built.configJson));
      for (const l of built.layers) expect(l.diffId).toBe(diffIdOfChanges(l.layer.changes));
      // A layer shared by key with an image built earlier is that image's layer (tomcat 11
      // after 9: the same key, other mtimes), so only images built on their own layers
      // match the file; the others were hashed.
      if (built.layers.some((l, i) => l.diffId !== hashed.layers[i]?.diffId)) continue;
      own++;
      expect(built.layers.map((l) => [l.diffId, l.blobDigest, l.size, l.explicitSize])).toEqual(
        hashed.layers.map((l) => [l.diffId, l.blobDigest, l.size, l.explicitSize]),
      );
      for (const l of built.layers) expect(l.size).toBe(sizeOfChanges(l.layer.changes));
      expect([built.id, built.manifestDigest, built.indexDigest, built.manifestSize]).toEqual([
        hashed.id,
        hashed.manifestDigest,
        hashed.indexDigest,
        hashed.manifestSize,
      ]);
      expect(built.configJson).toBe(hashed.configJson);
    }
    expect(own).toBeGreaterThan(10);
  });

  it('hashes an image the file does not know, as before', () => {
    const spec = {
      repository: 'library/scratchy',
      tag: 'latest',
      config: { Cmd: ['/hello'] },
      steps: [
        {
          created: '2024-01-01T00:00:00Z',
          createdBy: 'COPY hello / # buildkit',
          layer: {
            key: 'scratchy-test',
            size: 100,
            entries: () => [{ path: '/hello', type: 'file' as const, data: 'hi\n' }],
          },
        },
      ],
    };
    const built = buildImage(spec);
    expect(built.id).toBe(hashImage(spec).id);
    expect(built.layers[0]?.diffId).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
