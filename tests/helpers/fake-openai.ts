// An OpenAI-compatible server on loopback for tests: chat completions (JSON or SSE) and embeddings
// in the real response shapes, scripted per test, every request recorded before it is answered.
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { Socket } from "node:net";

export interface FakeReply {
  status?: number;
  json?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

export type ScriptedReply = FakeReply | ((body: any) => FakeReply);

export interface FakeOpenAI {
  /** e.g. "http://127.0.0.1:40123/v1" */
  baseURL: string;
  /** Every request, in order. */
  requests: RecordedRequest[];
  /** Queue replies for POST /v1/chat/completions, used in order; when the queue is empty `onChat` answers. */
  queueChat(...replies: ScriptedReply[]): void;
  /** Queue replies for POST /v1/embeddings, used in order; when the queue is empty the deterministic vectors answer. */
  queueEmbeddings(...replies: ScriptedReply[]): void;
  onChat: (body: any) => FakeReply;
  /** Forgets queued replies and recorded requests (between tests); `onChat` is kept. */
  reset(): void;
  close(): Promise<void>;
}

// A completion built without the request body gets the request's model and token counts when sent.
const FILL_FROM_REQUEST = Symbol("fillFromRequest");
let counter = 0;

function textLength(content: unknown): number {
  if (typeof content === "string") return content.length;
  if (!Array.isArray(content)) return 0;
  return content.reduce((n: number, part: any) => n + (typeof part?.text === "string" ? part.text.length : 0), 0);
}

function promptTokens(body: any): number {
  const messages: any[] = Array.isArray(body?.messages) ? body.messages : [];
  return Math.ceil(messages.reduce((n, m) => n + textLength(m?.content), 0) / 4);
}

function completion(message: Record<string, unknown>, finishReason: string, requestBody?: any): FakeReply {
  const prompt = promptTokens(requestBody);
  const output = Math.max(1, Math.ceil(JSON.stringify(message.content ?? message.tool_calls ?? "").length / 4));
  const reply: FakeReply & { [FILL_FROM_REQUEST]?: boolean } = {
    json: {
      id: `chatcmpl-fake-${++counter}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: requestBody?.model ?? "fake-model",
      choices: [{ index: 0, message: { role: "assistant", content: null, refusal: null, ...message }, logprobs: null, finish_reason: finishReason }],
      usage: { prompt_tokens: prompt, completion_tokens: output, total_tokens: prompt + output },
    },
  };
  if (requestBody === undefined) reply[FILL_FROM_REQUEST] = true;
  return reply;
}

/**
 * A normal chat.completion body whose message content is `content`, with usage (prompt tokens are
 * the characters of the request messages / 4, rounded up; pass the request body when known).
 */
export function chatReply(content: string, requestBody?: any): FakeReply {
  return completion({ content }, "stop", requestBody);
}

/** A chat.completion whose message calls the function `name` with `args`, finish_reason "tool_calls". */
export function toolCallReply(name: string, args: unknown, requestBody?: any): FakeReply {
  const call = { id: `call_fake_${++counter}`, type: "function", function: { name, arguments: JSON.stringify(args) } };
  return completion({ tool_calls: [call] }, "tool_calls", requestBody);
}

/** An OpenAI error body {error: {message, type, code, param: null}} with the status. */
export function errorReply(status: number, code: string, message: string, headers: Record<string, string> = {}): FakeReply {
  const type = status === 429 && code === "insufficient_quota" ? "insufficient_quota" : status >= 500 ? "server_error" : "invalid_request_error";
  return { status, headers, json: { error: { message, type, code, param: null } } };
}

/** The fake's deterministic unit vector of 8 floats for a text. */
export function fakeEmbedding(text: string): Float32Array {
  const v = new Float32Array(8);
  for (let i = 0; i < text.length; i++) v[i % 8]! += 1 + ((text.charCodeAt(i) * 31 + i * 17) % 101) / 101;
  const norm = Math.hypot(...v);
  return norm === 0 ? v.fill(Math.SQRT1_2 / 2) : v.map((x) => x / norm);
}

function embeddingsReply(body: any): FakeReply {
  const inputs: string[] = (Array.isArray(body?.input) ? body.input : [body?.input ?? ""]).map(String);
  const base64 = body?.encoding_format === "base64";
  const tokens = Math.ceil(inputs.reduce((n, s) => n + s.length, 0) / 4);
  const data = inputs.map((text, index) => {
    const v = fakeEmbedding(text);
    return { object: "embedding", index, embedding: base64 ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") : Array.from(v) };
  });
  return { json: { object: "list", data, model: body?.model ?? "fake-embedding", usage: { prompt_tokens: tokens, total_tokens: tokens } } };
}

function fillFromRequest(reply: FakeReply & { [FILL_FROM_REQUEST]?: boolean }, body: any): FakeReply {
  if (!reply[FILL_FROM_REQUEST]) return reply;
  const json = reply.json as { model: string; usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number } };
  const prompt = promptTokens(body);
  const usage = { ...json.usage, prompt_tokens: prompt, total_tokens: prompt + json.usage.completion_tokens };
  return { ...reply, json: { ...json, model: body?.model ?? json.model, usage } };
}

/** The same completion as server-sent events: role, content or tool calls, finish, optional usage, [DONE]. */
function sendStream(res: ServerResponse, reply: FakeReply, body: any): void {
  const full = reply.json as any;
  const message = full.choices[0].message;
  const base = { id: full.id, object: "chat.completion.chunk", created: full.created, model: full.model };
  const chunk = (delta: object, finish: string | null) => ({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
  const events: object[] = [chunk({ role: "assistant", content: "" }, null)];
  if (message.tool_calls) events.push(chunk({ tool_calls: message.tool_calls.map((c: object, index: number) => ({ index, ...c })) }, null));
  else events.push(chunk({ content: message.content }, null));
  events.push(chunk({}, full.choices[0].finish_reason));
  if (body?.stream_options?.include_usage) events.push({ ...base, choices: [], usage: full.usage });
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", "x-request-id": `req_fake_${++counter}`, ...reply.headers });
  res.end(`${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join("")}data: [DONE]\n\n`);
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Starts the fake on 127.0.0.1 at a random port. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const chatQueue: ScriptedReply[] = [];
  const embeddingQueue: ScriptedReply[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const next = (queue: ScriptedReply[], fallback: (body: any) => FakeReply, body: any): FakeReply => {
    const scripted = queue.shift() ?? fallback;
    return typeof scripted === "function" ? scripted(body) : scripted;
  };

  const fake = {
    baseURL: "",
    requests: [] as RecordedRequest[],
    queueChat: (...replies: ScriptedReply[]) => void chatQueue.push(...replies),
    queueEmbeddings: (...replies: ScriptedReply[]) => void embeddingQueue.push(...replies),
    onChat: (body: any): FakeReply => chatReply("sadness, longing, hope, calm, joy, fear, anger, nostalgia", body),
    reset() {
      chatQueue.length = 0;
      embeddingQueue.length = 0;
      fake.requests.length = 0;
    },
    close: (): Promise<void> => Promise.resolve(),
  } satisfies FakeOpenAI;

  function route(method: string, path: string, body: any): FakeReply {
    if (method === "POST" && path === "/v1/chat/completions") return fillFromRequest(next(chatQueue, fake.onChat, body), body);
    if (method === "POST" && path === "/v1/embeddings") return next(embeddingQueue, embeddingsReply, body);
    return errorReply(404, "unknown_url", `Unknown request URL: ${method} ${path}.`);
  }

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    fake.requests.push({ method, path, headers: { ...req.headers }, body });
    let reply: FakeReply;
    try {
      reply = route(method, path, body);
    } catch (e) {
      reply = errorReply(500, "fake_script_error", `the test's scripted reply threw: ${String(e)}`);
    }
    if (reply.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, reply.delayMs);
        timers.add(timer);
      });
    }
    if (res.destroyed) return;
    const status = reply.status ?? 200;
    const chatStream = status < 400 && body?.stream === true && (reply.json as any)?.object === "chat.completion";
    if (chatStream) return sendStream(res, reply, body);
    res.writeHead(status, { "content-type": "application/json", "x-request-id": `req_fake_${++counter}`, ...reply.headers });
    res.end(JSON.stringify(reply.json ?? {}));
  }

  const server = createServer((req, res) => void answer(req, res).catch(() => res.destroy()));
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("fake OpenAI: no TCP address");
  fake.baseURL = `http://127.0.0.1:${address.port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return fake;
}
