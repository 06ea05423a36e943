import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, startApp } from "@/scripts/lib/next-server";
import { bundledDataDir } from "@/tests/helpers/bundled-data-dir";

// The production server (scripts/serve.ts) over real HTTP. Loopback is 127.0.0.0/8, so binding the
// client's socket to 127.0.0.x gives each test a peer address of its own.
const LIMITS = { MOODTAPE_RATE_LIMIT_BURST: "3", MOODTAPE_RATE_LIMIT_PER_MINUTE: "3" };
const JSON_TYPE = { "content-type": "application/json" };
type RunningApp = Awaited<ReturnType<typeof startApp>>;
let direct: RunningApp;
let proxied: RunningApp;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function send(app: RunningApp, options: { path: string; method?: string; from?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const url = new URL(app.url);
  const headers = { ...options.headers, ...(options.body === undefined ? {} : { "content-length": String(Buffer.byteLength(options.body)) }) };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: options.path, method: options.method ?? "GET", localAddress: options.from, headers, agent: false },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const mood = (app: RunningApp, from: string, headers: Record<string, string> = {}) =>
  send(app, { path: "/api/mood", method: "POST", from, headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify({ message: "I am sad" }) });

beforeAll(async () => {
  await buildApp();
  const dataDir = await bundledDataDir();
  [direct, proxied] = await Promise.all([
    startApp({ MOODTAPE_DATA_DIR: dataDir, ...LIMITS }),
    startApp({ MOODTAPE_DATA_DIR: dataDir, ...LIMITS, MOODTAPE_TRUSTED_PROXIES: "127.0.0.1" }),
  ]);
}, 300_000);

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

describe("rate limit keyed on the socket address", () => {
  it("limits a client that rotates X-Forwarded-For, X-Real-IP and the peer header after the burst", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const forged = `198.51.100.${i}`;
      const res = await mood(direct, "127.0.0.11", { "x-forwarded-for": forged, "x-real-ip": forged, "x-moodtape-peer": forged });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it("does not let a client lock out another by sending its address", async () => {
    const victim = "127.0.0.13";
    for (let i = 0; i < 6; i++) await mood(direct, "127.0.0.12", { "x-forwarded-for": victim, "x-real-ip": victim, "x-moodtape-peer": victim });
    expect((await mood(direct, victim)).status).toBe(200);
    expect((await mood(direct, "127.0.0.12")).status).toBe(429);
  });

  it("behind a trusted proxy, keys on the hop the proxy added, not on what the client wrote", async () => {
    const first: number[] = [];
    for (let i = 0; i < 4; i++) first.push((await mood(proxied, "127.0.0.1", { "x-forwarded-for": "203.0.113.1" })).status);
    expect(first).toEqual([200, 200, 200, 429]);
    expect((await mood(proxied, "127.0.0.1", { "x-forwarded-for": "203.0.113.2" })).status).toBe(200);
    // The client wrote the left hops; the proxy appended 203.0.113.3: rotating the left ones gains nothing.
    const rotated: number[] = [];
    for (let i = 0; i < 4; i++) rotated.push((await mood(proxied, "127.0.0.1", { "x-forwarded-for": `10.9.9.${i}, 203.0.113.3` })).status);
    expect(rotated).toEqual([200, 200, 200, 429]);
    // A peer that is not a trusted proxy is keyed on its own address, whatever it forwards.
    const untrusted: number[] = [];
    for (let i = 0; i < 4; i++) untrusted.push((await mood(proxied, "127.0.0.14", { "x-forwarded-for": `203.0.113.${50 + i}` })).status);
    expect(untrusted).toEqual([200, 200, 200, 429]);
  });
});

describe("unknown /api/* paths", () => {
  it("answer a JSON 404 for every method, without shadowing /api/mood and /api/health", async () => {
    for (const [method, path] of [["GET", "/api/whatever"], ["POST", "/api/whatever"], ["DELETE", "/api/a/b/c"], ["GET", "/api/mood/extra"], ["PUT", "/api/healthz"]] as const) {
      const res = await send(direct, { path, method, from: "127.0.0.15", headers: JSON_TYPE, body: method === "GET" ? undefined : "{}" });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(res.text)).toMatchObject({ error: { code: "not_found", message: expect.any(String) } });
    }
    expect((await send(direct, { path: "/api/health", from: "127.0.0.15" })).status).toBe(200);
    const get = await send(direct, { path: "/api/mood", from: "127.0.0.15" });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe("POST");
    expect((await mood(direct, "127.0.0.15")).status).toBe(200);
  });
});
