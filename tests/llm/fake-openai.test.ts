// The fake must answer the way OpenAI does, or tests built on it prove nothing: drive it with the
// real SDK clients.
import { createRequire } from "node:module";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, chatReply, errorReply, fakeEmbedding, startFakeOpenAI, toolCallReply } from "@/tests/helpers/fake-openai";

// The hoisted `openai` is v4 (pulled in by @langchain/community); @langchain/openai talks through its
// own nested v6, so the fake is checked against both. v6's API surface used here is the same.
const requireFromLangChain = createRequire(createRequire(import.meta.url).resolve("@langchain/openai/package.json"));
const OpenAIUsedByLangChain = (requireFromLangChain("openai") as { OpenAI: typeof OpenAI }).OpenAI;

type ApiError = InstanceType<typeof OpenAI.APIError>;

/** v4 gives error headers as a record, v6 as a Headers object. */
function header(headers: unknown, name: string): string | null | undefined {
  return headers instanceof Headers ? headers.get(name) : (headers as Record<string, string> | undefined)?.[name];
}

describe.each([
  ["openai (hoisted)", OpenAI],
  ["openai (used by @langchain/openai)", OpenAIUsedByLangChain],
])("fake OpenAI driven by %s", (_, Sdk) => {
  let fake: FakeOpenAI;
  let client: OpenAI;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    client = new Sdk({ apiKey: "test", baseURL: fake.baseURL, maxRetries: 0 });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  const ask = (content: string, extra: Partial<OpenAI.Chat.ChatCompletionCreateParamsNonStreaming> = {}) =>
    client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content }], ...extra });

  describe("fake OpenAI chat completions", () => {
    it("answers with the default reply in the chat.completion shape, the request's model and usage", async () => {
      const r = await ask("12345678");
      expect(r).toMatchObject({ object: "chat.completion", model: "gpt-test", id: expect.stringMatching(/^chatcmpl-fake-\d+$/) });
      expect(r.choices).toEqual([
        { index: 0, message: { role: "assistant", content: "sadness, longing, hope, calm, joy, fear, anger, nostalgia", refusal: null }, logprobs: null, finish_reason: "stop" },
      ]);
      expect(r.usage).toMatchObject({ prompt_tokens: 2 });
      expect(r.usage!.total_tokens).toBe(r.usage!.prompt_tokens + r.usage!.completion_tokens);
      expect(Math.abs(r.created - Date.now() / 1000)).toBeLessThan(60);
    });

    it("uses queued replies in order, function replies with the request body, then onChat", async () => {
      fake.queueChat(chatReply("first"), (body) => chatReply(`echo ${body.messages[0].content}`));
      fake.onChat = (body) => chatReply(`default for ${body.model}`, body);
      try {
        expect((await ask("a")).choices[0]!.message.content).toBe("first");
        expect((await ask("b")).choices[0]!.message.content).toBe("echo b");
        expect((await ask("c")).choices[0]!.message.content).toBe("default for gpt-test");
      } finally {
        fake.onChat = (body) => chatReply("sadness, longing, hope, calm, joy, fear, anger, nostalgia", body);
      }
    });

    it("records every request's method, path, headers and parsed body, in order", async () => {
      const schema = { type: "object", properties: { emotions: { type: "array", items: { type: "string" } } }, required: ["emotions"], additionalProperties: false };
      fake.queueChat(chatReply('{"emotions":["joy"]}'));
      const r = await ask("one", { response_format: { type: "json_schema", json_schema: { name: "emotions", schema, strict: true } }, max_completion_tokens: 50 });
      expect(r.choices[0]!.message.content).toBe('{"emotions":["joy"]}');
      await ask("two");
      expect(fake.requests.map((q) => [q.method, q.path, q.body.messages[0].content])).toEqual([
        ["POST", "/v1/chat/completions", "one"],
        ["POST", "/v1/chat/completions", "two"],
      ]);
      const first = fake.requests[0]!;
      expect(first.body).toMatchObject({ model: "gpt-test", max_completion_tokens: 50, response_format: { type: "json_schema" } });
      expect(first.headers.authorization).toBe("Bearer test");
      expect(first.headers["content-type"]).toBe("application/json");
      expect(first.headers["x-stainless-retry-count"]).toBe("0");
    });

    it("answers tool calls the way the SDK reads them", async () => {
      fake.queueChat(toolCallReply("record_emotions", { emotions: ["sadness", "hope"] }));
      const r = await ask("x", { tools: [{ type: "function", function: { name: "record_emotions", parameters: { type: "object" } } }] });
      const choice = r.choices[0]!;
      expect(choice.finish_reason).toBe("tool_calls");
      const call = choice.message.tool_calls![0]!;
      expect(call).toMatchObject({ type: "function", function: { name: "record_emotions" } });
      if (call.type !== "function") throw new Error(`expected a function call, got ${call.type}`);
      expect(JSON.parse(call.function.arguments)).toEqual({ emotions: ["sadness", "hope"] });
    });

    it("streams the same content as server-sent chunks when asked", async () => {
      fake.queueChat(chatReply("joy, calm"));
      const stream = await client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }], stream: true, stream_options: { include_usage: true } });
      let text = "";
      let finish: string | null = null;
      let usage: OpenAI.CompletionUsage | null | undefined;
      for await (const chunk of stream) {
        expect(chunk.object).toBe("chat.completion.chunk");
        text += chunk.choices[0]?.delta.content ?? "";
        finish = chunk.choices[0]?.finish_reason ?? finish;
        usage = chunk.usage ?? usage;
      }
      expect(text).toBe("joy, calm");
      expect(finish).toBe("stop");
      expect(usage?.prompt_tokens).toBe(1);
    });
  });

  describe("fake OpenAI errors", () => {
    it("surfaces error replies as the SDK's APIError with status, code, type and headers", async () => {
      fake.queueChat(errorReply(429, "insufficient_quota", "You exceeded your current quota", { "retry-after": "2" }));
      const e = await ask("x").catch((err: unknown) => err);
      expect(e).toBeInstanceOf(Sdk.APIError);
      expect(e).toBeInstanceOf(Sdk.RateLimitError);
      expect(e).toMatchObject({ status: 429, code: "insufficient_quota", type: "insufficient_quota" });
      expect((e as ApiError).message).toContain("You exceeded your current quota");
      expect(header((e as ApiError).headers, "retry-after")).toBe("2");
      fake.queueChat(errorReply(500, "server_error", "boom"));
      await expect(ask("y")).rejects.toMatchObject({ status: 500, code: "server_error" });
    });

    it("answers unknown paths with a 404 error body", async () => {
      const e = await client.models.list().catch((err: unknown) => err);
      expect(e).toBeInstanceOf(Sdk.NotFoundError);
      expect(fake.requests.at(-1)).toMatchObject({ method: "GET", path: "/v1/models" });
    });

    it("delays a reply past the client's timeout, and close() does not wait for it", async () => {
      const other = await startFakeOpenAI();
      other.queueChat({ ...chatReply("late"), delayMs: 10_000 });
      const quick = new Sdk({ apiKey: "test", baseURL: other.baseURL, maxRetries: 0, timeout: 200 });
      await expect(quick.chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] })).rejects.toBeInstanceOf(Sdk.APIConnectionTimeoutError);
      other.queueChat({ ...chatReply("late"), delayMs: 10_000 });
      const pending = new Sdk({ apiKey: "test", baseURL: other.baseURL, maxRetries: 0 }).chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] });
      const settled = pending.then(() => "answered", () => "failed");
      await new Promise((r) => setTimeout(r, 100));
      const started = Date.now();
      await other.close();
      expect(await settled).toBe("failed");
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  describe("fake OpenAI embeddings", () => {
    it("answers base64 floats by default, which the SDK decodes to 8 numbers per input", async () => {
      const r = await client.embeddings.create({ model: "text-embedding-3-small", input: ["sadness", "joy"] });
      expect(fake.requests[0]!.body).toMatchObject({ input: ["sadness", "joy"], encoding_format: "base64" });
      expect(r).toMatchObject({ object: "list", model: "text-embedding-3-small" });
      expect(r.data.map((d) => [d.object, d.index, d.embedding.length])).toEqual([
        ["embedding", 0, 8],
        ["embedding", 1, 8],
      ]);
      for (const d of r.data) expect(Math.hypot(...d.embedding)).toBeCloseTo(1, 5);
      expect(r.data[0]!.embedding).toEqual(Array.from(fakeEmbedding("sadness")));
      expect(r.data[0]!.embedding).not.toEqual(r.data[1]!.embedding);
      expect(r.usage).toEqual({ prompt_tokens: 3, total_tokens: 3 });
    });

    it("answers a number array for encoding_format float and a single string input, deterministically", async () => {
      const a = await client.embeddings.create({ model: "m", input: "hope", encoding_format: "float" });
      const b = await client.embeddings.create({ model: "m", input: "hope" });
      expect(fake.requests[0]!.body.encoding_format).toBe("float");
      expect(a.data).toHaveLength(1);
      expect(a.data[0]!.embedding).toEqual(b.data[0]!.embedding);
    });

    it("uses queued embedding replies in order", async () => {
      fake.queueEmbeddings({ json: { object: "list", data: [{ object: "embedding", index: 0, embedding: [1, 0] }], model: "m", usage: { prompt_tokens: 1, total_tokens: 1 } } }, errorReply(503, "overloaded", "try later"));
      expect((await client.embeddings.create({ model: "m", input: "x", encoding_format: "float" })).data[0]!.embedding).toEqual([1, 0]);
      await expect(client.embeddings.create({ model: "m", input: "x" })).rejects.toMatchObject({ status: 503, code: "overloaded" });
      expect((await client.embeddings.create({ model: "m", input: "x" })).data[0]!.embedding).toHaveLength(8);
    });
  });
});
