import type { IncomingMessage, ServerResponse } from "node:http";
import { toResponse } from "@/lib/errors";
import { type ApiRoute, type RouteHandler, matchApiRoute } from "./api-routes";

/** A header rule as next.config's headers() gives it, its source already compiled. */
export interface HeaderRule {
  matches: (pathname: string) => boolean;
  headers: readonly { key: string; value: string }[];
}

export interface ApiBridge {
  /** Serves the request when it is for one of the routes; returns false (and touches nothing) otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

// A Host header that is a name or an address with an optional port; anything else becomes localhost.
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/**
 * The request's body as a web stream fed by the socket's events, paused while the reader is full.
 * (A Node stream handed to Request as an async iterable costs about twice as much per request.)
 * Cancelling (a handler refusing a body too large or too slow) stops feeding it; Node discards
 * the rest of the body once the response is sent.
 */
// Node's own listener type: its events pass different arguments.
type Listener = (...args: any[]) => void;

function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  const listeners: [string, Listener][] = [];
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const on = (event: string, fn: Listener) => {
        listeners.push([event, fn]);
        req.on(event, fn);
      };
      on("data", (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      on("end", () => controller.close());
      on("error", (e: Error) => controller.error(e));
      on("aborted", () => controller.error(new Error("the client closed the request")));
    },
    pull() {
      req.resume();
    },
    cancel() {
      for (const [event, fn] of listeners) req.off(event, fn);
      req.resume();
    },
  });
}

function toRequest(req: IncomingMessage, url: string): Request {
  // req.headers, not rawHeaders: our server edits them before this (the peer header it sets).
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  // The socket's stream as the body, unread: the handler reads it with its own size and time limits.
  return new Request(url, hasBody ? ({ method, headers, body: bodyStream(req), duplex: "half" } as RequestInit) : { method, headers });
}

async function send(res: ServerResponse, response: Response, extra: readonly { key: string; value: string }[], head: boolean): Promise<void> {
  for (const { key, value } of extra) res.setHeader(key, value);
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") res.setHeader(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.statusCode = response.status;
  if (!response.body || head) {
    await response.body?.cancel();
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const write = async (chunk: Uint8Array) => {
    if (res.write(chunk) || res.destroyed) return;
    await new Promise((resolve) => {
      res.once("drain", resolve);
      res.once("close", resolve);
    });
  };
  let next = await reader.read();
  // A JSON answer comes whole in one chunk: sent with its length in one write rather than chunked.
  // Other bodies (a stream of events, a download) are passed on as they come.
  if (/^application\/json/i.test(response.headers.get("content-type") ?? "") && !next.done) {
    const after = await reader.read();
    if (after.done) {
      if (!response.headers.has("content-length")) res.setHeader("content-length", next.value.byteLength);
      return void res.end(next.value);
    }
    await write(next.value);
    next = after;
  }
  for (; !next.done && !res.destroyed; next = await reader.read()) await write(next.value);
  if (res.destroyed) await reader.cancel();
  res.end();
}

function allowed(route: ApiRoute): string {
  const methods = new Set(Object.keys(route.handlers));
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  return [...methods].join(", ");
}

/** The handler for a method, with Next's answers where a route exports none: HEAD runs GET, OPTIONS lists the methods. */
function handlerFor(route: ApiRoute, method: string): RouteHandler {
  const own = route.handlers[method] ?? (method === "HEAD" ? route.handlers.GET : undefined);
  if (own) return own;
  const status = method === "OPTIONS" ? 204 : 405;
  return () => new Response(null, { status, headers: { allow: allowed(route) } });
}

/**
 * Serves /api/* by calling the route modules' exported handlers directly (web Request in, Response
 * out), the way Next would but without its rendering machinery: the same handlers, status codes,
 * bodies and next.config headers. Anything odd (no matching route, a trailing slash, an empty
 * segment) is left to Next. A handler that throws answers the fixed 500 of toResponse.
 */
export function createApiBridge(routes: readonly ApiRoute[], rules: readonly HeaderRule[] = []): ApiBridge {
  return {
    handle(req, res) {
      const rawUrl = req.url ?? "/";
      if (!rawUrl.startsWith("/api/")) return false;
      const q = rawUrl.indexOf("?");
      const pathname = q < 0 ? rawUrl : rawUrl.slice(0, q);
      if (pathname.endsWith("/") || pathname.includes("//")) return false;
      const match = matchApiRoute(routes, pathname);
      if (!match) return false;
      const method = (req.method ?? "GET").toUpperCase();
      const extra = rules.filter((r) => r.matches(pathname)).flatMap((r) => r.headers);
      void (async () => {
        let response: Response;
        try {
          const host = req.headers.host ?? "";
          const request = toRequest(req, `http://${HOST.test(host) ? host : "localhost"}${rawUrl}`);
          response = await handlerFor(match.route, method)(request, { params: Promise.resolve(match.params) });
        } catch (e) {
          response = toResponse(e);
        }
        await send(res, response, extra, method === "HEAD");
      })().catch((e: unknown) => {
        console.error(`moodtape: failed to answer ${method} ${pathname}:`, e);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end();
      });
      return true;
    },
  };
}

