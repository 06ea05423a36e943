// A small OpenAI-compatible server on loopback for tests: chat completions and embeddings in the
// real response shapes, scripted per test, every request recorded.
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
  // biome-ignore lint: request bodies are free-form JSON
  body: any;
}

type Scripted = FakeReply | ((body: any) => FakeReply);

export interface FakeOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  queueChat(...replies: Scripted[]): void;
  queueEmbeddings(...replies: Scripted[]): void;
  onChat: (body: any) => FakeReply;
  /** Forgets queued replies and recorded requests (between tests). */
  reset(): void;
  close(): Promise<void>;
}

let nextId = 1;

function promptTokens(body: any): number {
  const chars = Array.isArray(body?.messages) ? body.messages.reduce((n: number, m: any) => n + JSON.stringify(m.content ?? "").length, 0) : 0;
  return Math.ceil(chars / 4);
}

function completion(message: object, finish: string, body?: any): FakeReply {
  const prompt = promptTokens(body);
  return {
    json: {
      id: `chatcmpl-fake-${nextId++}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body?.model ?? "fake-model",
      choices: [{ index: 0, message: { role: "assistant", refusal: null, ...message }, logprobs: null, finish_reason: finish }],
      usage: { prompt_tokens: prompt, completion_tokens: 12, total_tokens: prompt + 12 },
    },
  };
}

/** A chat.completion whose message content is `content`. */
export function chatReply(content: string, requestBody?: any): FakeReply {
  return completion({ content }, "stop", requestBody);
}

/** A chat.completion answering with one tool call. */
export function toolCallReply(name: string, args: unknown, requestBody?: any): FakeReply {
  const call = { id: `call_${nextId++}`, type: "function", function: { name, arguments: JSON.stringify(args) } };
  return completion({ content: null, tool_calls: [call] }, "tool_calls", requestBody);
}

/** An OpenAI error body with its status. */
export function errorReply(status: number, code: string, message: string, headers: Record<string, string> = {}): FakeReply {
  return { status, headers, json: { error: { message, type: code === "insufficient_quota" ? "insufficient_quota" : "invalid_request_error", code, param: null } } };
}

/** A deterministic unit vector of 8 floats for a text. */
function vectorFor(text: string): Float32Array {
  const v = new Float32Array(8);
  for (let i = 0; i < text.length; i++) v[i % 8]! += ((text.charCodeAt(i) * (i + 7)) % 97) / 97;
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

function embeddings(body: any): FakeReply {
  const inputs: string[] = Array.isArray(body?.input) ? body.input.map(String) : [String(body?.input ?? "")];
  const base64 = body?.encoding_format === "base64";
  return {
    json: {
      object: "list",
      data: inputs.map((text, index) => {
        const v = vectorFor(text);
        return { object: "embedding", index, embedding: base64 ? Buffer.from(v.buffer).toString("base64") : Array.from(v) };
      }),
      model: body?.model ?? "fake-embedding",
      usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
    },
  };
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

function send(res: ServerResponse, reply: FakeReply, stream: boolean): void {
  const status = reply.status ?? 200;
  if (stream && status === 200) {
    const full = reply.json as any;
    res.writeHead(200, { "content-type": "text/event-stream", ...reply.headers });
    const chunk = { ...full, object: "chat.completion.chunk", choices: [{ index: 0, delta: full.choices[0].message, finish_reason: full.choices[0].finish_reason }] };
    res.end(`data: ${JSON.stringify(chunk)}\n\ndata: [DONE]\n\n`);
    return;
  }
  res.writeHead(status, { "content-type": "application/json", ...reply.headers });
  res.end(JSON.stringify(reply.json ?? {}));
}

/** Starts the fake on 127.0.0.1 with a random port. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const chatQueue: Scripted[] = [];
  const embeddingQueue: Scripted[] = [];
  const sockets = new Set<Socket>();
  const fake: Omit<FakeOpenAI, "baseURL" | "close"> = {
    requests: [],
    queueChat: (...r) => void chatQueue.push(...r),
    queueEmbeddings: (...r) => void embeddingQueue.push(...r),
    onChat: (body) => chatReply("sadness, longing, hope, calm, joy, fear, anger, nostalgia", body),
    reset() {
      chatQueue.length = 0;
      embeddingQueue.length = 0;
      this.requests.length = 0;
    },
  };
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? "").split("?")[0]!;
    fake.requests.push({ method: req.method ?? "", path, headers: req.headers, body });
    const pick = (queue: Scripted[], fallback: (b: any) => FakeReply) => {
      const next = queue.shift();
      return next === undefined ? fallback(body) : typeof next === "function" ? next(body) : next;
    };
    let reply: FakeReply;
    if (req.method === "POST" && path.endsWith("/chat/completions")) reply = pick(chatQueue, fake.onChat);
    else if (req.method === "POST" && path.endsWith("/embeddings")) reply = pick(embeddingQueue, embeddings);
    else reply = errorReply(404, "not_found", `no route ${req.method} ${path}`);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (!res.destroyed) send(res, reply, body?.stream === true);
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return Object.assign(fake as FakeOpenAI, {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  });
}
