// The production server: a plain node:http server, so that every request carries its socket address
// (route handlers cannot see the socket; the rate limiter keys on it). /api/* goes to the route
// handlers directly through the API bridge (lib/http/node-bridge.ts): Next's request handler costs
// ~1 ms of CPU per request before a handler runs (npm run bench:api). The UI, and any /api request the
// bridge does not match, go to Next.
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { numberFlag, parseFlags } from "@/lib/cli";
import { AppError } from "@/lib/errors";
import { loadApiRoutes } from "@/lib/http/api-routes";
import { declarePeerHeader, setPeerHeader } from "@/lib/http/client-key";
import { loadHeaderRules } from "@/lib/http/config-headers";
import { declareApiBridge } from "@/lib/http/bridge-flag";
import { createApiBridge } from "@/lib/http/node-bridge";
import { prepareMoodtape } from "@/lib/server/moodtape";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The start-up job Next's instrumentation runs when our server is not in front. */
async function prepare(): Promise<void> {
  try {
    const m = await prepareMoodtape();
    console.log(`moodtape: ${m.index.manifest.songCount} songs indexed (${m.index.version}), mode ${m.mode}`);
  } catch (e) {
    console.error("moodtape: the song index is not ready:", e);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseFlags({ port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } });
  if (positionals.length > 0) throw new AppError("bad_request", "usage: npm run start -- [-p <port>] [-H <hostname>]");
  // As `next start`: port from -p or PORT, 3000 by default; every interface unless -H names one. Not
  // $HOSTNAME: Docker and some shells export the machine's own name in it.
  const port = numberFlag("port", values.port ?? (process.env.PORT || undefined), 0, 65_535, true) ?? 3000;
  const hostname = values.hostname;
  declareApiBridge();
  const app = next({ dev: false, dir: ROOT, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const bridge = createApiBridge(await loadApiRoutes(join(ROOT, "app", "api")), await loadHeaderRules(join(ROOT, "next.config.mjs")));
  await prepare();
  declarePeerHeader();
  const server = createServer((req, res) => {
    setPeerHeader(req);
    if (bridge.handle(req, res)) return;
    handle(req, res).catch((e: unknown) => {
      console.error(`moodtape: failed to handle ${req.method} ${req.url}:`, e);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  const address = server.address();
  const shown = typeof address === "object" && address ? address.port : port;
  console.log(`moodtape: ready on http://${hostname ?? "localhost"}:${shown}`);
  const stop = (code: number) => () => {
    server.close();
    void app.close().finally(() => process.exit(code));
    setTimeout(() => process.exit(code), 5_000).unref();
  };
  process.once("SIGINT", stop(130));
  process.once("SIGTERM", stop(143));
}

main().catch((e: unknown) => {
  console.error(`serve: ${e instanceof AppError ? e.message : String((e as Error)?.stack ?? e)}`);
  process.exit(1);
});
