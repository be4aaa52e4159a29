import { describe, expect, it } from 'vitest';
import { must, testApi } from './testing';

describe('listImages reference filter', () => {
  it('narrows digests as well as tags, as reference.FamiliarMatch does', async () => {
    const { api } = testApi();
    const ubuntu = must(await api.pullImage('ubuntu'));
    const alpine = must(await api.pullImage('alpine'));
    must(api.tagImage('alpine', 'myapp:1'));
    const ref = (...reference: string[]) =>
      must(api.listImages({ filters: { reference } })).map((i) => ({
        id: i.id,
        tags: i.repoTags,
        digests: i.repoDigests,
      }));

    // A name pattern keeps that repository's tags and digests, and only those.
    expect(ref('my*')).toEqual([{ id: alpine.imageId, tags: ['myapp:1'], digests: [] }]);
    expect(ref('ubuntu')).toEqual([
      { id: ubuntu.imageId, tags: ['ubuntu:latest'], digests: [`ubuntu@${ubuntu.digest}`] },
    ]);
    // name:tag matches the tag; the digest (`ubuntu@sha256:…`, name `ubuntu`) does not match.
    expect(ref('ubuntu:latest')).toEqual([
      { id: ubuntu.imageId, tags: ['ubuntu:latest'], digests: [] },
    ]);
    // name@digest (what `docker images ubuntu@sha256:…` sends): the digest row, no tag.
    expect(ref(`ubuntu@${ubuntu.digest}`)).toEqual([
      { id: ubuntu.imageId, tags: [], digests: [`ubuntu@${ubuntu.digest}`] },
    ]);
    expect(ref('ubuntu@sha256:*')).toHaveLength(1);
    expect(ref(`alpine@${ubuntu.digest}`)).toEqual([]);
    // Several patterns are ORed.
    expect(
      ref('myapp', 'ubuntu:latest')
        .map((r) => r.id)
        .sort(),
    ).toEqual([alpine.imageId, ubuntu.imageId].sort());
  });
});
