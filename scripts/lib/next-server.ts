import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const NEXT = join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SERVE = join(ROOT, "scripts", "serve.ts");

export interface RunningApp {
  url: string;
  stop: () => Promise<void>;
}


const BUILD_LOCK = join(ROOT, ".next-build.lock");
const BUILD_STAMP = join(ROOT, ".next", "moodtape-test-run");
// A build takes about a minute here; a lock this old was left by a killed run.
const STALE_LOCK_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function stampIs(run: string | undefined): boolean {
  try {
    return run !== undefined && readFileSync(BUILD_STAMP, "utf8") === run;
  } catch {
    return false;
  }
}

function nextBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT, "build"], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed:\n${out}`))));
  });
}

/**
 * Builds the production app (next build), as `npm run app` does, without blocking the caller's event
 * loop. Several test files need it and run in parallel: a lock folder lets one build at a time, and
 * within one test run (MOODTAPE_TEST_RUN, set by tests/global-setup.ts) the app is built once.
 */
export async function buildApp(): Promise<void> {
  const run = process.env.MOODTAPE_TEST_RUN;
  if (stampIs(run)) return;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    if (stampIs(run)) return;
    await nextBuild();
    if (run) writeFileSync(BUILD_STAMP, run);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * Starts our production server (scripts/serve.ts, as `npm run start` does) on a free loopback port and
 * waits until it answers any HTTP request, healthy or not. Returns its URL and a stop function.
 */
export async function startServerProcess(env: Record<string, string>): Promise<RunningApp> {
  return launch(env, () => true);
}

/** Starts our production server (as `npm run start` does) on a free loopback port and waits until /api/health answers 200. */
export async function startApp(env: Record<string, string>): Promise<RunningApp> {
  return launch(env, (res) => res.ok);
}

async function launch(env: Record<string, string>, ready: (res: Response) => boolean): Promise<RunningApp> {
  // Port 0: the server picks a free port and says which; no race with other test files for a port.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", SERVE, "-p", "0", "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  let url: string | undefined;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${log}`);
    url ??= /moodtape: ready on (http:\/\/\S+)/.exec(log)?.[1];
    const ok =
      url !== undefined &&
      (await fetch(`${url}/api/health`).then(
        async (r) => {
          await r.arrayBuffer();
          return ready(r);
        },
        () => false,
      ));
    if (ok && url) return { url, stop };
    await sleep(200);
  }
  await stop();
  throw new Error(`the app did not get ready in 60 s:\n${log}`);
}
