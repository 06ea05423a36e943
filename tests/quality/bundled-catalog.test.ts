import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Song } from "@/lib/catalog/song";
import type { EmotionFamily } from "@/lib/emotions/types";
import type { MoodtapeDeps } from "@/lib/recommend/ports";
import { recommend } from "@/lib/recommend/recommend";
import { openRecommender } from "@/lib/services";
import { ROOT } from "@/tests/helpers/run-script";
import { familyOf, meanValence } from "@/tests/helpers/families";
import { tmpDir } from "@/tests/helpers/tmp-dir";

let deps: MoodtapeDeps & { builtNow: boolean };
let dataDir: string;

beforeAll(async () => {
  dataDir = await tmpDir("moodtape-quality-");
  await copyFile(join(ROOT, "data", "songs.json"), join(dataDir, "songs.json"));
  deps = await openRecommender(dataDir);
  return () => deps.index.close();
});

// Each mood, in English and Spanish, with the families a fitting song's leading emotions belong to.
const CASES: { mood: string; families: EmotionFamily[]; valence?: "negative" | "positive" }[] = [
  { mood: "I am very sad", families: ["sadness"], valence: "negative" },
  { mood: "estoy muy triste", families: ["sadness"], valence: "negative" },
  { mood: "I'm heartbroken and can't sleep", families: ["sadness", "tension"], valence: "negative" },
  { mood: "estoy feliz y quiero bailar", families: ["joyful_activation"], valence: "positive" },
  { mood: "let's party all night!", families: ["joyful_activation"], valence: "positive" },
  { mood: "I'm furious, so angry at everyone", families: ["tension", "power"], valence: "negative" },
  { mood: "tengo mucha rabia", families: ["tension", "power"], valence: "negative" },
  { mood: "I feel calm and at peace", families: ["peacefulness"], valence: "positive" },
  { mood: "me siento en paz y tranquila", families: ["peacefulness"], valence: "positive" },
  // Nostalgia is bittersweet: no valence side is asserted.
  { mood: "I miss the old days, so nostalgic", families: ["nostalgia", "sadness"] },
  { mood: "I feel strong and proud of myself", families: ["power"], valence: "positive" },
  { mood: "me siento fuerte y libre", families: ["power", "joyful_activation", "transcendence"], valence: "positive" },
  { mood: "I'm so in love with you", families: ["tenderness"], valence: "positive" },
  { mood: "estoy enamorada", families: ["tenderness"], valence: "positive" },
];

describe("quality on the bundled catalog", () => {
  it("builds the catalog and index on demand from data/songs.json", async () => {
    expect(deps.builtNow).toBe(true);
    const source = JSON.parse(await readFile(join(dataDir, "songs.json"), "utf8")) as unknown[];
    expect(source.length).toBeGreaterThanOrEqual(150);
    const catalog = JSON.parse(await readFile(join(dataDir, "catalog.json"), "utf8")) as Song[];
    const tagged = catalog.filter((s) => s.emotions.length === 8).length;
    expect(tagged).toBeGreaterThanOrEqual(catalog.length - 5);
    expect(deps.index.manifest.songCount).toBe(catalog.filter((s) => s.emotions.length > 0).length);
  });

  it.each(CASES)("'$mood' returns songs whose emotions match the mood", async ({ mood, families, valence }) => {
    const r = await recommend({ mood, limit: 10 }, deps);
    expect(r.emotions.length, "emotions read").toBeGreaterThan(0);
    expect(r.songs.length, `songs for ${r.emotions.join(", ")}`).toBeGreaterThanOrEqual(3);
    const fitting = r.songs.filter((s) => s.emotions.slice(0, 3).some((e) => families.includes(familyOf(e)!)));
    expect(fitting.length / r.songs.length, r.songs.map((s) => `${s.title}: ${s.emotions.slice(0, 3)}`).join("; ")).toBeGreaterThanOrEqual(0.8);
    for (const s of r.songs) {
      const v = meanValence(s.emotions.slice(0, 4));
      if (valence === "negative") expect(v, s.title).toBeLessThan(0.2);
      if (valence === "positive") expect(v, s.title).toBeGreaterThan(-0.2);
    }
  });

  it("gives different songs to opposite moods", async () => {
    const sad = await recommend({ mood: "I am very sad", limit: 10 }, deps);
    const happy = await recommend({ mood: "I am so happy I want to dance", limit: 10 }, deps);
    const overlap = sad.songs.filter((s) => happy.songs.some((h) => h.id === s.id));
    expect(overlap).toEqual([]);
  });
});
