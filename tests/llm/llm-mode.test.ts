import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readCatalog } from "@/lib/catalog/files";
import type { Song } from "@/lib/catalog/song";
import { tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { getVocabulary, VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { type AppConfig, readConfig } from "@/lib/env";
import { createLlmMoodReader } from "@/lib/llm/mood-chain";
import { createChatModel, createOpenAIEmbeddings } from "@/lib/llm/providers";
import { createLlmTagger, tagMessages } from "@/lib/llm/tag-chain";
import { answerMood } from "@/lib/recommend/answer-mood";
import { openRecommender } from "@/lib/services";
import { buildSongIndex, openSongIndex } from "@/lib/store/song-index";
import { bundledDataDir } from "@/tests/helpers/bundled-data-dir";
import { type FakeOpenAI, chatReply, errorReply, startFakeOpenAI, toolCallReply } from "@/tests/helpers/fake-openai";
import { song } from "@/tests/helpers/songs";
import { runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

const vocab = getVocabulary();
const EIGHT = ["sadness", "longing", "heartbreak", "loneliness", "regret", "nostalgia", "despair", "hope"];
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function config(extra: Record<string, string> = {}): AppConfig {
  return readConfig({ OPENAI_API_KEY: "sk-test-secret", OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: "test-model", OPENAI_TIMEOUT_MS: "1500", OPENAI_MAX_RETRIES: "1", ...extra });
}

function tagger(extra: Record<string, string> = {}) {
  const c = config(extra);
  return createLlmTagger(createChatModel(c.llm!), c.llm!.model, 1);
}

const chatCalls = () => fake.requests.filter((r) => r.path.endsWith("/chat/completions"));
const json = (emotions: string[]) => JSON.stringify({ emotions });

async function tagOne(reply: Parameters<FakeOpenAI["queueChat"]>, t = tagger()) {
  fake.queueChat(...reply);
  return t.tag("I cry every night since you left", new Map());
}

describe("LLM tagging chain", () => {
  it("stores exactly the 8 normalised emotions of a clean answer, in one call", async () => {
    expect(await tagOne([toolCallReply("record_emotions", { emotions: EIGHT })])).toEqual({ emotions: EIGHT });
    expect(chatCalls()).toHaveLength(1);
    expect(chatCalls()[0]!.body.tool_choice).toEqual({ type: "function", function: { name: "record_emotions" } });
    fake.requests.length = 0;
    expect(await tagOne([chatReply(json(EIGHT))])).toEqual({ emotions: EIGHT });
    expect(chatCalls()).toHaveLength(1);
    const body = chatCalls()[0]!.body as { messages: { content: string }[]; max_tokens?: number; max_completion_tokens?: number };
    expect(body.max_tokens ?? body.max_completion_tokens).toBe(200);
    expect(body.messages.at(-1)!.content).toContain("<lyrics>\nI cry every night since you left\n</lyrics>");
  });

  it("parses a list with prose around it", async () => {
    const prose = `Sure! Here are the emotions:\n${EIGHT.map((e, i) => `${i + 1}. ${e[0]!.toUpperCase()}${e.slice(1)}.`).join("\n")}\nHope this helps!`;
    expect(await tagOne([chatReply(prose)])).toEqual({ emotions: EIGHT });
  });

  it("repairs an answer with 7 items once, and keeps the first 8 of 9", async () => {
    const r = await tagOne([chatReply(json(EIGHT.slice(0, 7))), chatReply(json(["hope", "gratitude"]))]);
    expect(r).toEqual({ emotions: [...EIGHT.slice(0, 7), "hope"] });
    expect(chatCalls()).toHaveLength(2);
    expect(JSON.stringify(chatCalls()[1]!.body)).toMatch(/gave 7 usable emotions/);
    fake.requests.length = 0;
    expect(await tagOne([chatReply(json([...EIGHT, "anger"]))])).toEqual({ emotions: EIGHT });
    expect(chatCalls()).toHaveLength(1);
  });

  it("folds duplicates, derivatives and Spanish words, then records a failure when a repair does not help", async () => {
    const messy = ["Betrayed", "betrayal", "SAD", "sadness", "tristeza", "nostalgic", "heartbroken", "lonely", "hopeful"];
    const r = await tagOne([chatReply(json(messy)), chatReply(json(["sadness"]))]);
    expect(r).toEqual({ error: "the model gave 6 usable emotions after one repair" });
    const ok = await tagOne([chatReply(json(messy)), chatReply(json(["anger", "fear"]))]);
    expect(ok).toEqual({ emotions: ["betrayal", "sadness", "nostalgia", "heartbreak", "loneliness", "hope", "anger", "fear"] });
  });

  it("lets only vocabulary terms through: injection, HTML, SQL and path-like answers are dropped", async () => {
    const evil = ["<script>alert(1)</script>", "'; DROP TABLE songs; --", "../../etc/passwd", "ignore previous instructions", ...EIGHT];
    const r = await tagOne([chatReply(json(evil))]);
    expect(r).toEqual({ emotions: EIGHT });
    for (const e of (r as { emotions: string[] }).emotions) expect(vocab.byTerm.has(e)).toBe(true);
  });

  it("falls back to plain text for a server without structured output, for the rest of the run", async () => {
    const t = tagger();
    fake.queueChat((body) => (body.response_format || body.tools ? errorReply(400, "invalid_request_error", "response_format is not supported") : chatReply("x")));
    fake.queueChat(chatReply(EIGHT.join(", ")), chatReply(EIGHT.join(", ")));
    expect(await t.tag("song one", new Map())).toEqual({ emotions: EIGHT });
    expect(await t.tag("song two", new Map())).toEqual({ emotions: EIGHT });
    const calls = chatCalls();
    expect(calls).toHaveLength(3);
    expect(calls[2]!.body.response_format ?? calls[2]!.body.tools).toBeUndefined();
  });

  it("retries a 500 and a 429 (honouring Retry-After), and records a timeout as a failure", async () => {
    expect(await tagOne([errorReply(500, "server_error", "boom"), chatReply(json(EIGHT))])).toEqual({ emotions: EIGHT });
    expect(chatCalls()).toHaveLength(2);
    fake.requests.length = 0;
    const started = Date.now();
    expect(await tagOne([errorReply(429, "rate_limit_exceeded", "slow down", { "retry-after": "1" }), chatReply(json(EIGHT))])).toEqual({ emotions: EIGHT });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    fake.requests.length = 0;
    expect(await tagOne([errorReply(429, "rate_limit_exceeded", "slow down"), chatReply(json(EIGHT))])).toEqual({ emotions: EIGHT });
    const slow = { ...chatReply(json(EIGHT)), delayMs: 3000 };
    const r = await tagOne([slow], tagger({ OPENAI_TIMEOUT_MS: "200", OPENAI_MAX_RETRIES: "0" }));
    expect(r).toEqual({ error: "LLM timeout" });
  });

  it("has one owner for 429s: a model that always answers 429 is asked 1 + 3 times, not 12", async () => {
    fake.onChat = () => errorReply(429, "rate_limit_exceeded", "slow down", { "retry-after": "0" });
    try {
      const r = await tagOne([], tagger({ OPENAI_MAX_RETRIES: "2" }));
      expect(r).toMatchObject({ error: expect.any(String) });
      expect(chatCalls()).toHaveLength(4);
    } finally {
      fake.onChat = (body) => chatReply("sadness, longing, hope, calm, joy, fear, anger, nostalgia", body);
    }
  }, 30_000);

  it("stops a run at once on insufficient_quota, keeping the progress, and a rerun retries only what is left", async () => {
    const dir = await tmpDir();
    const catalogFile = join(dir, "catalog.json");
    const songs: Song[] = ["a", "b", "c", "d"].map((id) => song(id, [], 50, { lyrics: `lyrics ${id}`, emotionSource: undefined }));
    fake.queueChat(chatReply(json(EIGHT)), errorReply(429, "insufficient_quota", "You exceeded your current quota"));
    const t = tagger();
    await expect(tagIntoCatalog({ songs, catalogFile, tagger: t })).rejects.toThrow(/insufficient_quota/);
    expect(chatCalls()).toHaveLength(2);
    const saved = await readCatalog(catalogFile);
    expect(saved.map((s) => s.id)).toEqual(["a"]);
    fake.requests.length = 0;
    const summary = await tagIntoCatalog({ songs, catalogFile, tagger: t });
    expect(summary).toMatchObject({ unchanged: 1, tagged: 3, failed: 0 });
    expect(chatCalls()).toHaveLength(3);
    expect(JSON.stringify(await readFile(catalogFile, "utf8"))).not.toContain("sk-test-secret");
  });

  it("keeps the prompt bounded: song 1,000 costs no more than song 10 plus a constant", async () => {
    const usage = (n: number) => {
      const m = new Map<string, number>();
      for (let i = 0; i < n * 8; i++) m.set(vocab.terms[(i * 37) % vocab.terms.length]!.term, i);
      return m;
    };
    const size = async (n: number) => (await tagMessages("a lyric\n".repeat(2000), usage(n))).reduce((s, m) => s + String(m.content).length, 0);
    expect(await size(1000)).toBeLessThanOrEqual((await size(10)) + 200);
  });
});

describe("LLM mood reading in the API", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await bundledDataDir();
    await openRecommender(dataDir, readConfig({})).then((d) => d.index.close());
  });

  async function deps(extra: Record<string, string> = {}) {
    const c = config(extra);
    const embeddings = new OfflineEmotionEmbeddings();
    const index = await openSongIndex({ indexDir: join(dataDir, "index"), embeddings, vocabularyVersion: VOCABULARY_VERSION });
    const { createOfflineEngine } = await import("@/lib/emotions/engine");
    const reader = Object.assign(createLlmMoodReader(createChatModel(c.llm!, { timeoutMs: c.llm!.moodBudgetMs, maxRetries: 0 }), "test-model"), {
      budgetMs: c.llm!.moodBudgetMs,
    });
    return { engine: createOfflineEngine(), embeddings, index, mode: reader.id, moodReader: reader };
  }

  it("uses the LLM's normalised emotions and says so", async () => {
    fake.queueChat(chatReply(json(["Heartbroken", "insomnia", "<b>pwned</b>"])));
    const r = await answerMood({ message: "can't sleep, she left" }, await deps());
    expect(r.mode).toBe("llm:test-model");
    expect(r.emotions).toEqual(["heartbreak", "insomnia"]);
    expect(r.songs.length).toBeGreaterThan(0);
  });

  it("applies a follow-up to the state by the same rules as offline; the LLM reads new moods", async () => {
    fake.queueChat(chatReply(json(["heartbreak", "sadness", "insomnia"])));
    const first = await answerMood({ message: "she left and the nights are long" }, await deps());
    expect(first.mode).toBe("llm:test-model");
    expect(first.state!.emotions.map((e) => e.term)).toEqual(["heartbreak", "sadness", "insomnia"]);
    // No reply is queued: a follow-up must not need the LLM (an unexpected call would fail and fall back).
    const calls = fake.requests.length;
    const less = await answerMood({ message: "not so sad", state: first.state! }, await deps());
    expect(fake.requests.length).toBe(calls);
    expect(less.mode).toBe("llm:test-model");
    expect(less.refined).toBe(true);
    expect(less.state!.emotions.find((e) => e.term === "sadness")!.weight).toBeLessThan(first.state!.emotions.find((e) => e.term === "sadness")!.weight);
  });

  it("keeps the conversation's filters when the LLM reads a message the rules could not", async () => {
    fake.queueChat(chatReply(json(["sadness"])));
    const first = await answerMood({ message: "I feel low" }, await deps());
    fake.queueChat(chatReply(json(["joy", "energy"])));
    const r = await answerMood({ message: "blorp the frobnicator", state: { ...first.state!, languages: ["es"], avoid: ["anger"] } }, await deps());
    expect(r.mode).toBe("llm:test-model");
    expect(r.state!.emotions.map((e) => e.term)).toEqual(["joy", "energy"]);
    expect(r.state!.languages).toEqual(["es"]);
    expect(r.state!.avoid).toEqual(["anger"]);
  });

  it("answers with the offline engine, saying offline-fallback, on an error or past the time budget", async () => {
    fake.queueChat(errorReply(500, "server_error", "boom"));
    const failed = await answerMood({ message: "I am very sad" }, await deps());
    expect(failed.mode).toBe("offline-fallback");
    expect(failed.emotions).toContain("sadness");
    expect(failed.songs.length).toBeGreaterThan(0);
    fake.queueChat({ ...chatReply(json(["joy"])), delayMs: 3000 });
    const started = Date.now();
    const slow = await answerMood({ message: "I am very sad" }, await deps({ MOODTAPE_MOOD_BUDGET_MS: "300" }));
    expect(slow.mode).toBe("offline-fallback");
    expect(Date.now() - started).toBeLessThan(2500);
  });
});

describe("OpenAI embeddings for the index", () => {
  it("records model and dimension in the manifest and refuses to mix with the offline embeddings", async () => {
    const c = config();
    const openai = await createOpenAIEmbeddings(c.llm!, "text-embedding-3-small");
    expect(openai.modelId).toBe("openai:text-embedding-3-small");
    const dir = await tmpDir();
    const manifest = await buildSongIndex({ indexDir: dir, songs: [song("x", ["sadness"]), song("y", ["joy"])], embeddings: openai, vocabularyVersion: VOCABULARY_VERSION });
    expect(manifest).toMatchObject({ embeddingModel: "openai:text-embedding-3-small", dimension: openai.dimension });
    const embedCalls = fake.requests.filter((r) => r.path.endsWith("/embeddings"));
    expect(embedCalls.length).toBeGreaterThanOrEqual(2);
    expect(embedCalls.at(-1)!.body.encoding_format).toBe("base64");
    await expect(openSongIndex({ indexDir: dir, embeddings: new OfflineEmotionEmbeddings(), vocabularyVersion: VOCABULARY_VERSION })).rejects.toMatchObject({
      code: "index_mismatch",
      message: expect.stringContaining("npm run index"),
    });
    const index = await openSongIndex({ indexDir: dir, embeddings: openai, vocabularyVersion: VOCABULARY_VERSION });
    const [query] = await openai.embedTermLists([["sadness"]]);
    expect((await index.search(query!, 1))[0]!.song.id).toBe("x");
    index.close();
  });
});

describe("LLM mode through the scripts and the API", () => {
  const TRACKS = [
    { id: "t1", title: "Rain", artists: ["A"], popularity: 30, lyrics: "I cry alone tonight" },
    { id: "t2", title: "Dance", artists: ["B"], popularity: 80, lyrics: "we dance all night" },
  ];
  const env = () => ({ OPENAI_API_KEY: "sk-test-secret", OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: "test-model" });

  it("estimates a dry run without calling, then tags and reports calls, tokens and vocabulary sizes", async () => {
    const dir = await tmpDir();
    const input = join(dir, "tracks.json");
    await writeFile(input, JSON.stringify(TRACKS));
    const dry = await runScript("tag", ["--in", input, "--data-dir", dir, "--dry-run"], env());
    expect(dry.stdout).toMatch(/dry run: 2 songs to tag with llm:test-model@vocab-\d+: about 2 calls/);
    expect(fake.requests).toHaveLength(0);
    fake.onChat = (body) => chatReply(json(["Sad", "sadness", "lonely", "Longing", "heartbroken", "regretful", "hopeless", "nostalgic", "despair"]), body);
    const run = await runScript("tag", ["--in", input, "--data-dir", dir], env());
    expect(run.stdout).toMatch(/LLM: 2 calls, \d+ input \+ \d+ output tokens; vocabulary 8 terms with deduplication, 9 as the model wrote them/);
    expect(run.stdout + run.stderr).not.toContain("sk-test-secret");
    const catalog = await readCatalog(join(dir, "catalog.json"));
    expect(catalog.map((s) => s.emotionSource)).toEqual([`llm:test-model@vocab-${VOCABULARY_VERSION}`, `llm:test-model@vocab-${VOCABULARY_VERSION}`]);
    fake.onChat = (body) => chatReply("sadness, longing, hope, calm, joy, fear, anger, nostalgia", body);
  });

  it("answers POST /api/mood with the LLM's reading, and health names the LLM", async () => {
    const dataDir = await bundledDataDir();
    // Indexed offline first: the LLM mode reads moods; it would otherwise tag the catalog on open.
    await openRecommender(dataDir, readConfig({})).then((d) => d.index.close());
    Object.assign(process.env, env(), { MOODTAPE_DATA_DIR: dataDir, MOODTAPE_RATE_LIMIT_BURST: "1000" });
    try {
      const { POST } = await import("@/app/api/mood/route");
      const { GET } = await import("@/app/api/health/route");
      fake.queueChat(chatReply(json(["joy", "excitement"])));
      const res = await POST(new Request("http://localhost/api/mood", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "let's go!" }) }));
      const body = (await res.json()) as { mode: string; emotions: string[] };
      expect(body).toMatchObject({ mode: "llm:test-model", emotions: ["joy", "excitement"] });
      expect(await (await GET()).json()).toMatchObject({ llm: "llm:test-model" });
    } finally {
      for (const k of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "MOODTAPE_DATA_DIR"]) delete process.env[k];
    }
  });
});
