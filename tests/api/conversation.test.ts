import { readFile } from "node:fs/promises";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as exportPost } from "@/app/api/export/route";
import { GET as mapGet } from "@/app/api/map/route";
import { POST } from "@/app/api/mood/route";
import { GET as similar } from "@/app/api/songs/[id]/similar/route";
import { GET as songGet } from "@/app/api/songs/[id]/route";
import type { Song } from "@/lib/catalog/song";
import { songPoint } from "@/lib/catalog/song-point";
import type { MoodAnswer } from "@/lib/recommend/answer-mood";
import { bundledDataDir } from "@/tests/helpers/bundled-data-dir";
import { meanValence } from "@/tests/helpers/families";

let dataDir: string;
let bundled: Song[];

async function ask(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<MoodAnswer> {
  const res = await POST(new Request("http://localhost/api/mood", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as MoodAnswer;
}

const songValence = (a: MoodAnswer) => a.songs.reduce((sum, s) => sum + meanValence(s.emotions.slice(0, 3)), 0) / a.songs.length;
const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  dataDir = await bundledDataDir();
  bundled = JSON.parse(await readFile("data/songs.json", "utf8")) as Song[];
});

beforeEach(() => {
  process.env.MOODTAPE_DATA_DIR = dataDir;
  process.env.MOODTAPE_RATE_LIMIT_BURST = "100000";
  process.env.MOODTAPE_RATE_LIMIT_PER_MINUTE = "100000";
});

describe("a conversation held as state", () => {
  it("follows the chain: mixed mood → not so sad → more like the 2nd → only Spanish → again → unreadable", async () => {
    const first = await ask({ message: "I want to cry but also dance" });
    expect(first.state!.emotions.map((e) => e.term)).toContain("sadness");
    const sadWeight = (a: MoodAnswer) => a.state!.emotions.find((e) => e.term === "sadness")?.weight ?? 0;
    let exclude = first.songs.map((s) => s.id);
    const less = await ask({ message: "not so sad", state: first.state, exclude });
    expect(less.refined).toBe(true);
    expect(sadWeight(less)).toBeLessThan(sadWeight(first));
    expect(less.state!.emotions.map((e) => e.term)).toEqual(expect.arrayContaining(first.state!.emotions.map((e) => e.term)));
    expect(songValence(less)).toBeGreaterThanOrEqual(songValence(first) - 0.05);
    exclude = [...exclude, ...less.songs.map((s) => s.id)];
    const second = less.songs[1]!;
    const like = await ask({ message: "more like the second one", state: less.state, exclude });
    expect(like.state!.like?.id).toBe(second.id);
    expect(like.state!.emotions[0]!.term).toBe(second.emotions[0]);
    const spanish = await ask({ message: "only Spanish songs", state: like.state, exclude: [] });
    expect(spanish.songs.length).toBeGreaterThan(0);
    for (const s of spanish.songs) expect(["es", "mixed"]).toContain(s.language);
    expect(spanish.state!.like?.id).toBe(second.id);
    const again = await ask({ message: "again", state: spanish.state, exclude: spanish.songs.map((s) => s.id) });
    expect(again.songs.map((s) => s.id)).toEqual(spanish.songs.map((s) => s.id));
    const lost = await ask({ message: "blorp the frobnicator", state: again.state });
    expect(lost.understood).toBe(false);
    expect(lost.songs).toEqual([]);
    expect(lost.state).toEqual(again.state);
    expect(lost.message).toMatch(/could not read/);
  });

  it("keeps a follow-up working after a turn that found no emotion, and reads Spanish edits", async () => {
    const sad = await ask({ message: "estoy muy triste" });
    const none = await ask({ message: "hmm", state: sad.state });
    expect(none.understood).toBe(false);
    const happier = await ask({ message: "más alegre", state: none.state });
    expect(songValence(happier)).toBeGreaterThan(songValence(sad) + 0.3);
    const noSpanish = await ask({ message: "sin canciones en español", state: sad.state });
    for (const s of noSpanish.songs) expect(s.language).not.toBe("es");
    const notAngry = await ask({ message: "I'm so angry and sad" });
    const calm = await ask({ message: "not angry", state: notAngry.state });
    expect(calm.state!.avoid).toContain("anger");
    for (const s of calm.songs) expect(s.emotions.slice(0, 3)).not.toContain("anger");
  });

  it("answers a state sent without a message (a chip removed, a setting changed)", async () => {
    const first = await ask({ message: "I'm heartbroken", limit: 3 });
    const state = { ...first.state!, languages: ["es" as const] };
    const again = await ask({ state, limit: 3 });
    for (const s of again.songs) expect(["es", "mixed"]).toContain(s.language);
    const res = await POST(new Request("http://localhost/api/mood", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ limit: 3 }) }));
    expect(res.status).toBe(400);
  });

  it("lets likes pull and skips push away: a skipped song never returns, even when asked again", async () => {
    const first = await ask({ message: "I feel nostalgic", limit: 6, sort: "similarity" });
    const [liked, skipped] = [first.songs[0]!, first.songs[1]!];
    const plain = await ask({ message: "again", state: first.state, limit: 6, sort: "similarity" });
    const tasted = await ask({ message: "again", state: first.state, like: [liked.id], skip: [skipped.id], limit: 6, sort: "similarity" });
    expect(tasted.songs.map((s) => s.id)).not.toContain(skipped.id);
    expect(plain.songs.map((s) => s.id)).toContain(skipped.id);
    expect(tasted.state!.liked).toEqual([liked.id]);
    expect(tasted.songs.map((s) => s.id)).not.toEqual(plain.songs.map((s) => s.id));
    const later = await ask({ message: "again", state: tasted.state, limit: 50, threshold: 0 });
    expect(later.songs.map((s) => s.id)).not.toContain(skipped.id);
    // like/skip are the whole lists: sending them empty undoes them.
    const undone = await ask({ message: "again", state: tasted.state, like: [], skip: [], limit: 6, sort: "similarity" });
    expect(undone.songs.map((s) => s.id)).toEqual(plain.songs.map((s) => s.id));
    expect(undone.state!.skipped).toEqual([]);
  });

  it("lifts gently: songs move from the mood toward brighter ground; match keeps the mood", async () => {
    const lifted = await ask({ message: "I feel so sad and hopeless", shift: "lift", limit: 6 });
    const points = lifted.songs.map((s) => songPoint(s)!.valence);
    expect(points.length).toBeGreaterThan(3);
    expect(points.at(-1)!).toBeGreaterThan(points[0]! + 0.4);
    const bright = await ask({ message: "so happy today!", shift: "lift" });
    expect(bright.message).toMatch(/already bright/);
  });

  it("gives one song per artist by default and allows more when diverse is false", async () => {
    const counts = (a: MoodAnswer) => Math.max(...Object.values(a.songs.reduce<Record<string, number>>((c, s) => ({ ...c, [s.artists[0]!]: (c[s.artists[0]!] ?? 0) + 1 }), {})));
    const moods = ["I'm heartbroken", "quiero bailar toda la noche", "I feel calm and peaceful", "I'm furious"];
    for (const message of moods) expect(counts(await ask({ message, limit: 20, threshold: 0.3 }))).toBe(1);
    const many = await Promise.all(moods.map((message) => ask({ message, limit: 20, threshold: 0.3, diverse: false })));
    expect(Math.max(...many.map(counts))).toBeGreaterThan(1);
  });

  it("says why from the song's side, quotes a lyric line of the song, and gives links; demo songs are marked", async () => {
    const a = await ask({ message: "I am so angry at everyone" });
    for (const s of a.songs) {
      expect(s.why).toMatch(/^A song of /);
      // "your" names only the mood's own emotions, never the song's (the song may be about jealousy).
      for (const m of s.why.matchAll(/your ([a-z-]+)(?: and ([a-z-]+))?/g)) for (const t of [m[1], m[2]].filter(Boolean)) expect(a.emotions).toContain(t);
      expect(s.links.searchSpotify).toMatch(/^https:\/\/open\.spotify\.com\/search\//);
      expect(s.links.searchYouTubeMusic).toMatch(/^https:\/\/music\.youtube\.com\/search\?q=/);
      expect(s.demo).toBe(true);
      if (s.line) expect(bundled.find((b) => b.id === s.id)!.lyrics).toContain(s.line);
    }
    expect(a.songs.filter((s) => s.line).length).toBeGreaterThan(a.songs.length / 2);
    const res = await songGet(new Request(`http://localhost/api/songs/${a.songs[0]!.id}`), params(a.songs[0]!.id));
    const body = (await res.json()) as { lyrics: string };
    expect(body.lyrics).toBe(bundled.find((b) => b.id === a.songs[0]!.id)!.lyrics);
  });
});

describe("care", () => {
  it("answers distress with a warm note and helplines first, and leaves out songs led by despair", async () => {
    for (const [message, lang, first] of [
      ["I want to die, nothing matters", "en-US", "988 Suicide & Crisis Lifeline"],
      ["no quiero vivir más", "es-MX", "Línea de la Vida"],
      ["me quiero morir", "es-ES", "Línea 024"],
    ] as const) {
      const a = await ask({ message }, { "accept-language": lang });
      expect(a.care?.resources[0]?.name).toBe(first);
      expect(a.care?.resources.map((r) => r.contact)).toContain("https://findahelpline.com");
      for (const s of a.songs) expect(s.emotions.slice(0, 3).some((e) => e === "despair" || e === "hopelessness")).toBe(false);
    }
    const es = await ask({ message: "no quiero vivir más" });
    expect(es.care?.message).toMatch(/alguien/);
  });

  it("does not treat everyday phrases as distress", async () => {
    for (const message of ["this song kills me", "me muero de risa", "I'm dying to dance tonight", "killing it at work, so proud", "I don't want to die alone, I want love"]) {
      expect((await ask({ message })).care, message).toBeUndefined();
    }
  });
});

describe("GET /api/songs/{id}/similar, GET /api/map and POST /api/export", () => {
  it("maps every bundled song into valence × arousal with its family", async () => {
    const res = await mapGet(new Request("http://localhost/api/map"));
    const map = (await res.json()) as { total: number; points: { id: string; valence: number; arousal: number; family: string }[] };
    // Every indexed song (the bundled ones with emotions: instrumentals have none).
    const tagged = bundled.filter((b) => !b.instrumental && b.lyrics).length;
    expect(map.total).toBeGreaterThanOrEqual(tagged - 2);
    expect(new Set(map.points.map((p) => p.id)).size).toBe(map.total);
    for (const p of map.points) {
      expect(Math.abs(p.valence)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.arousal)).toBeLessThanOrEqual(1);
      expect(p.family).toMatch(/^[a-z_]+$/);
    }
    const sad = map.points.filter((p) => p.family === "sadness");
    expect(sad.reduce((s, p) => s + p.valence, 0) / sad.length).toBeLessThan(-0.3);
  });

  it("finds songs like one song, never itself; 404 for an unknown id, 400 for a bad limit", async () => {
    const id = bundled[5]!.id;
    const res = await similar(new Request(`http://localhost/api/songs/${id}/similar?limit=4`), params(id));
    const body = (await res.json()) as { song: { id: string }; songs: { id: string; why: string }[] };
    expect(body.song.id).toBe(id);
    expect(body.songs).toHaveLength(4);
    expect(body.songs.map((s) => s.id)).not.toContain(id);
    const missing = await similar(new Request("http://localhost/api/songs/nope/similar"), params("nope"));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await similar(new Request(`http://localhost/api/songs/${id}/similar?limit=0`), params(id))).status).toBe(400);
    expect((await similar(new Request(`http://localhost/api/songs/${id}/similar?diverse=maybe`), params(id))).status).toBe(400);
    const { POST: similarPost } = await import("@/app/api/songs/[id]/similar/route");
    const wrong = similarPost();
    expect(wrong.status).toBe(405);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
  });

  it("exports M3U and JSON that parse back to the same songs; unknown ids are named in a 400", async () => {
    const a = await ask({ message: "quiero bailar toda la noche", limit: 5 });
    const ids = a.songs.map((s) => s.id);
    const post = (body: unknown) => exportPost(new Request("http://localhost/api/export", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
    const m3u = await post({ songIds: ids, format: "m3u", title: "Bailar\n#EXTINF:evil" });
    expect(m3u.headers.get("content-type")).toMatch(/^audio\/x-mpegurl/);
    expect(m3u.headers.get("content-disposition")).toMatch(/^attachment; filename="bailar-extinf-evil\.m3u"$/);
    const lines = (await m3u.text()).trimEnd().split("\n");
    expect(lines[0]).toBe("#EXTM3U");
    const entries = lines.filter((l) => l.startsWith("#EXTINF:"));
    expect(entries).toHaveLength(ids.length);
    entries.forEach((l, i) => expect(l).toBe(`#EXTINF:-1,${a.songs[i]!.artists.join(", ")} - ${a.songs[i]!.title}`));
    expect(lines.filter((l) => !l.startsWith("#"))).toEqual(a.songs.map((s) => s.links.spotify ?? s.links.searchSpotify));
    const json = await post({ songIds: ids, format: "json" });
    expect(json.headers.get("content-disposition")).toMatch(/filename="moodtape-playlist\.json"/);
    expect(((await json.json()) as { songs: { id: string }[] }).songs.map((s) => s.id)).toEqual(ids);
    const bad = await post({ songIds: [ids[0], "ghost-1", "ghost-2"], format: "m3u" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/ghost-1, ghost-2/);
    expect((await post({ songIds: ids, format: "wav" })).status).toBe(400);
  });
});
