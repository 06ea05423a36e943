// Real servers for the scale-out tests and the latency script, started on loopback: an S3-compatible
// store (s3rver, a devDependency) and Debian's redis-server. Each says how to install it when missing.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const S3RVER = join(ROOT, "node_modules", "s3rver", "bin", "s3rver.js");

export interface LocalServer {
  stop: () => Promise<void>;
}

/** Waits until the child prints a line matching `ready`; fails with its output if it exits or takes over 20 s. */
function waitFor(child: ChildProcess, ready: RegExp, what: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`${what} did not start in 20 s:\n${out}`)), 20_000);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(e);
    };
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", (e) => fail(new Error(`${what} could not be started: ${e.message}`)));
    child.once("exit", (code) => fail(new Error(`${what} exited (${code}):\n${out}`)));
  });
}

function stopper(child: ChildProcess, dir?: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

/** Starts s3rver on a free loopback port with one bucket; returns its endpoint. */
export async function startS3Server(bucket = "moodtape"): Promise<LocalServer & { endpoint: string; bucket: string }> {
  if (!existsSync(S3RVER)) throw new Error("s3rver is not installed: run `npm ci` (it is a devDependency; .ci/run does this)");
  const dir = await mkdtemp(join(tmpdir(), "moodtape-s3-"));
  const child = spawn(process.execPath, [S3RVER, "-d", dir, "-a", "127.0.0.1", "-p", "0", "--silent", "--configure-bucket", bucket], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const m = await waitFor(child, /listening on [\d.]+:(\d+)/, "s3rver");
  child.removeAllListeners("exit");
  return { endpoint: `http://127.0.0.1:${m[1]}`, bucket, stop: stopper(child, dir) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts Debian's redis-server on a free loopback port, with nothing saved to disk; returns its URL. */
export async function startRedisServer(): Promise<LocalServer & { url: string }> {
  if (spawnSync("redis-server", ["--version"]).error) {
    throw new Error("redis-server is not installed: run `apt-get install redis-server` (.ci/run does this)");
  }
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitFor(child, /Ready to accept connections/, "redis-server");
  child.removeAllListeners("exit");
  return { url: `redis://127.0.0.1:${port}`, stop: stopper(child) };
}

/** The environment that points the app and scripts at an index on this S3 server. */
export function s3Env(endpoint: string, uri: string): Record<string, string> {
  return {
    MOODTAPE_INDEX_URI: uri,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
    AWS_REGION: "us-east-1",
    MOODTAPE_S3_ALLOW_HTTP: "true",
  };
}
