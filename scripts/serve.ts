// The production server: Next's request handler behind a plain node:http server, so that every request
// carries its socket address (route handlers cannot see the socket; the rate limiter keys on it).
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";
import { numberFlag, parseFlags } from "@/lib/cli";
import { AppError } from "@/lib/errors";
import { declarePeerHeader, setPeerHeader } from "@/lib/http/client-key";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

async function main(): Promise<void> {
  const { values, positionals } = parseFlags({ port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } });
  if (positionals.length > 0) throw new AppError("bad_request", "usage: npm run start -- [-p <port>] [-H <hostname>]");
  // As `next start`: port from -p or PORT, 3000 by default; every interface unless -H names one. Not
  // $HOSTNAME: Docker and some shells export the machine's own name in it.
  const port = numberFlag("port", values.port ?? (process.env.PORT || undefined), 0, 65_535, true) ?? 3000;
  const hostname = values.hostname;
  const app = next({ dev: false, dir: ROOT, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  declarePeerHeader();
  const server = createServer((req, res) => {
    setPeerHeader(req);
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
