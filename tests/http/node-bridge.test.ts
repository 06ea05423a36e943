import { type Server, createServer } from "node:http";
import { mkdir, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApiRoutes, matchApiRoute } from "@/lib/http/api-routes";
import { loadHeaderRules } from "@/lib/http/config-headers";
import { createApiBridge } from "@/lib/http/node-bridge";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// A small app/api tree of real route modules, served by the bridge on a real node:http server;
// whatever the bridge does not take answers 599 "next" (where Next's handler would run).
const ROUTES: Record<string, string> = {
  "health/route.mjs": `export const GET = () => Response.json({ ok: true }, { headers: { "x-route": "health" } });`,
  "echo/route.mjs": `export async function POST(request) {
    const text = await request.text();
    return Response.json({ length: text.length, peer: request.headers.get("x-peer"), url: request.url });
  }
  export const GET = () => { throw new Error("secret /path/of/ours"); };`,
  "songs/[id]/similar/route.mjs": `export async function GET(_r, { params }) { return Response.json({ route: "similar", params: await params }); }`,
  "songs/top/similar/route.mjs": `export const GET = () => Response.json({ route: "static" });`,
  "[...path]/route.mjs": `export async function GET(_r, { params }) { return Response.json({ route: "catch-all", params: await params }, { status: 404 }); }`,
  "stream/route.mjs": `export const GET = () => new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("a")); c.enqueue(new TextEncoder().encode("b")); c.close(); } }), { headers: { "content-type": "text/plain" } });`,
  "_private/route.mjs": `export const GET = () => Response.json({ route: "private" });`,
};

let server: Server;
let base: string;

beforeAll(async () => {
  const dir = await tmpDir();
  for (const [file, code] of Object.entries(ROUTES)) {
    await mkdir(join(dir, "api", file, ".."), { recursive: true });
    await writeFile(join(dir, "api", file), code);
  }
  const config = join(dir, "next.config.mjs");
  await writeFile(config, `export default { async headers() { return [{ source: "/:path*", headers: [{ key: "X-Frame-Options", value: "DENY" }] }, { source: "/api/health", headers: [{ key: "X-Only-Health", value: "1" }] }]; } };`);
  const bridge = createApiBridge(await loadApiRoutes(join(dir, "api")), await loadHeaderRules(config));
  server = createServer((req, res) => {
    // As our server does with the peer header: the handler sees the server's value, not the client's.
    req.headers["x-peer"] = "set-by-server";
    if (bridge.handle(req, res)) return;
    res.writeHead(599).end("next");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("API route table", () => {
  it("prefers static segments to dynamic ones and dynamic ones to a catch-all, decoding params", async () => {
    expect(await (await fetch(`${base}/api/songs/top/similar`)).json()).toEqual({ route: "static" });
    expect(await (await fetch(`${base}/api/songs/caf%C3%A9/similar`)).json()).toEqual({ route: "similar", params: { id: "café" } });
    const rest = await fetch(`${base}/api/songs/a/b/c`);
    expect(rest.status).toBe(404);
    expect(await rest.json()).toEqual({ route: "catch-all", params: { path: ["songs", "a", "b", "c"] } });
  });

  it("matches nothing outside the tree, and a missing folder is an error at start-up", async () => {
    expect(matchApiRoute([], "/api/health")).toBeUndefined();
    await expect(loadApiRoutes(join(await tmpDir(), "no-such-dir"))).rejects.toThrow();
  });
});

describe("API bridge", () => {
  it("answers with the handler's status, headers and body, plus next.config's headers for the path", async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-route")).toBe("health");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-only-health")).toBe("1");
    expect(res.headers.get("content-length")).toBe(String(JSON.stringify({ ok: true }).length));
    expect(await res.json()).toEqual({ ok: true });
    expect((await fetch(`${base}/api/songs/top/similar`)).headers.get("x-only-health")).toBeNull();
  });

  it("streams the request body to the handler, with the URL and the headers as the server left them", async () => {
    const body = "x".repeat(200_000);
    const res = await fetch(`${base}/api/echo?q=1`, { method: "POST", body, headers: { "x-peer": "10.0.0.1" } });
    expect(await res.json()).toEqual({ length: body.length, peer: "set-by-server", url: `${base}/api/echo?q=1` });
  });

  it("passes a streamed response on chunk by chunk", async () => {
    const res = await fetch(`${base}/api/stream`);
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    expect(await res.text()).toBe("ab");
  });

  it("answers HEAD from GET without a body, OPTIONS with the methods, others with 405", async () => {
    const head = await fetch(`${base}/api/health`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const options = await fetch(`${base}/api/echo`, { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    const put = await fetch(`${base}/api/echo`, { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });

  it("turns a handler that throws into the fixed 500 JSON, without the detail", async () => {
    const res = await fetch(`${base}/api/echo`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: "internal" } });
    expect(text).not.toContain("/path/of/ours");
  });

  it("leaves to Next what it does not serve: other paths, trailing slashes, empty segments, private folders", async () => {
    for (const path of ["/", "/api", "/api/health/", "/api//health", "/apix", "/page/api/health"]) {
      expect((await fetch(`${base}${path}`, { redirect: "manual" })).status, path).toBe(599);
    }
    expect(await (await fetch(`${base}/api/_private`)).json()).toMatchObject({ route: "catch-all" });
  });
});
