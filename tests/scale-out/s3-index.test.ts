import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offlineTagger } from "@/lib/catalog/tag-catalog";
import { createOfflineEngine } from "@/lib/emotions/engine";
import { ensureIndex } from "@/lib/jobs/ensure-index";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { openLiveIndex } from "@/lib/server/live-index";
import type { IndexLocation } from "@/lib/store/index-location";
import { s3IndexLocation } from "@/lib/store/s3-location";
import { buildSongIndex, openSongIndex } from "@/lib/store/song-index";
import { LEASE_TTL_MS, SUPERSEDED_GRACE_MS } from "@/lib/store/versions";
import { startS3Server } from "@/scripts/lib/local-services";
import { SMALL_CATALOG, song } from "@/tests/helpers/songs";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// A real S3-compatible server (s3rver) on loopback; LanceDB and our client both speak S3 to it.
const embeddings = new OfflineEmotionEmbeddings();
let s3: Awaited<ReturnType<typeof startS3Server>>;
let prefixes = 0;

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
});

const settings = () => ({ region: "us-east-1", endpoint: s3.endpoint, allowHttp: true, accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });
const freshLocation = () => s3IndexLocation(`s3://${s3.bucket}/test-${++prefixes}`, settings());
const build = (location: string | IndexLocation, songs = SMALL_CATALOG, hooks = {}) =>
  buildSongIndex({ indexDir: location, songs, embeddings, vocabularyVersion: VOCABULARY_VERSION }, hooks);

async function keysUnder(prefix: string): Promise<string[]> {
  const client = new S3Client({ region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  const res = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${prefix}/` }));
  return (res.Contents ?? []).map((o) => o.Key!.slice(prefix.length + 1));
}
const versionsOf = async (prefix: string) => [...new Set((await keysUnder(prefix)).map((k) => k.split("/")[0]!).filter((k) => k.startsWith("v-")))].sort();

describe("an index on S3", () => {
  it("is written by LanceDB to the bucket and answers like the same index on local disk", async () => {
    const location = freshLocation();
    await build(location);
    const localDir = await tmpDir();
    await build(localDir);
    const q = await embeddings.embedQuery("sadness, heartbreak");
    const remote = await openSongIndex({ indexDir: location, embeddings, vocabularyVersion: VOCABULARY_VERSION });
    const local = await openSongIndex({ indexDir: localDir, embeddings, vocabularyVersion: VOCABULARY_VERSION });
    const [a, b] = [await remote.search(q, 5), await local.search(q, 5)];
    expect(a.map((h) => h.song.id)).toEqual(b.map((h) => h.song.id));
    expect(a[0]!.similarity).toBeCloseTo(b[0]!.similarity, 6);
    expect((await remote.songsById(["joy-1", "nope"])).map((s) => s.id)).toEqual(["joy-1"]);
    remote.close();
    local.close();
    const keys = await keysUnder(`test-${prefixes}`);
    expect(keys).toContain("CURRENT");
    expect(keys.some((k) => /^v-[^/]+\/songs\.lance\/.+/.test(k))).toBe(true);
    expect(keys.some((k) => /^v-[^/]+\/manifest\.json$/.test(k))).toBe(true);
  });

  it("writes CURRENT last: until then readers keep the old version", async () => {
    const location = freshLocation();
    await build(location);
    const before = await location.currentVersion();
    let seenDuringBuild: string | undefined;
    await build(location, SMALL_CATALOG.slice(0, 4), { beforeSwap: async () => void (seenDuringBuild = await location.currentVersion()) });
    expect(seenDuringBuild).toBe(before);
    expect(await location.currentVersion()).not.toBe(before);
    const index = await openSongIndex({ indexDir: location, embeddings, vocabularyVersion: VOCABULARY_VERSION });
    expect(index.manifest.songCount).toBe(4);
    index.close();
  });

  it("keeps superseded versions for the grace period and while a live lease lists them", async () => {
    const location = freshLocation();
    const prefix = `test-${prefixes}`;
    for (let i = 0; i < 3; i++) await build(location, SMALL_CATALOG.slice(0, 3 + i));
    const all = await versionsOf(prefix);
    expect(all).toHaveLength(3);
    // Just published: nothing old enough to go.
    await location.clean();
    expect(await versionsOf(prefix)).toEqual(all);
    // Long after: the oldest goes unless a live server's lease names it.
    await location.markServing([all[0]!]);
    await location.clean(Date.now() + 2 * SUPERSEDED_GRACE_MS);
    expect(await versionsOf(prefix)).toEqual(all);
    // A lease not renewed within its TTL is a dead replica's: removed, and the version with it.
    await location.clean(Date.now() + LEASE_TTL_MS + 60_000);
    expect(await versionsOf(prefix)).toEqual(all.slice(1));
    expect((await keysUnder(prefix)).some((k) => k.startsWith(".serving/"))).toBe(false);
  });

  it("is followed by a live index, which leases what it has open", async () => {
    const location = freshLocation();
    const prefix = `test-${prefixes}`;
    await build(location);
    const log: string[] = [];
    const live = await openLiveIndex({ indexDir: location, embeddings, vocabularyVersion: VOCABULARY_VERSION, log: (l) => log.push(l) });
    const first = live.version;
    expect((await keysUnder(prefix)).filter((k) => k.startsWith(".serving/"))).toHaveLength(1);
    await build(location, [...SMALL_CATALOG, song("party-new", ["celebration", "joy", "euphoria", "excitement"], 99)]);
    await live.follow();
    expect(live.version).not.toBe(first);
    expect(live.version).toBe(await location.currentVersion());
    const q = await embeddings.embedQuery("joy, celebration");
    expect((await live.search(q, 8)).map((h) => h.song.id)).toContain("party-new");
    expect(log.join("\n")).toMatch(/now serving index v-/);
    live.close();
    await new Promise((r) => setTimeout(r, 300));
    expect((await keysUnder(prefix)).filter((k) => k.startsWith(".serving/"))).toHaveLength(0);
  });

  it("refuses a plain-http endpoint unless allowed, and an empty bucket says to run npm run index", async () => {
    expect(() => s3IndexLocation(`s3://${s3.bucket}/x`, { ...settings(), allowHttp: false })).toThrow(/MOODTAPE_S3_ALLOW_HTTP=true/);
    await expect(openSongIndex({ indexDir: freshLocation(), embeddings, vocabularyVersion: VOCABULARY_VERSION })).rejects.toMatchObject({ code: "index_missing" });
    // A replica's start-up job never builds on object storage, even beside a data dir it could build from.
    const dataDir = await tmpDir();
    await writeFile(join(dataDir, "catalog.json"), JSON.stringify(SMALL_CATALOG));
    const empty = freshLocation();
    await expect(ensureIndex(dataDir, { tagger: offlineTagger(createOfflineEngine()), embeddings }, empty)).rejects.toThrow(/No song index is published at s3:\/\/.+ Run `npm run index` with MOODTAPE_INDEX_URI/);
    expect(await empty.currentVersion()).toBeUndefined();
    const unreachable = s3IndexLocation(`s3://${s3.bucket}/x`, { ...settings(), endpoint: "http://127.0.0.1:9" });
    await expect(unreachable.currentVersion()).rejects.toMatchObject({ code: "upstream_unavailable" });
  });
});
