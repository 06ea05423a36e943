import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { z } from "zod";
import { AppError, type ErrorCode, toResponse } from "@/lib/errors";

let logged: MockInstance<typeof console.error>;
beforeEach(() => {
  logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

const loggedText = () => logged.mock.calls.map((args) => args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(" ")).join("\n");

async function answer(e: unknown): Promise<{ status: number; headers: Headers; text: string; body: { error: { code: string; message: string; issues?: unknown[] } } }> {
  const res = toResponse(e);
  const text = await res.text();
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) };
}

describe("toResponse: our faults", () => {
  const SECRET_PATH = "/srv/moodtape/data/catalog.json";

  it("answers a fixed message that names no path, cause or key, and logs the detail", async () => {
    const cause = new Error(`ENOENT: no such file, open '${SECRET_PATH}' (OPENAI_API_KEY=sk-secret)`);
    const r = await answer(new AppError("data_invalid", `${SECRET_PATH}: record 3: title: Required`, { cause }));
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe("data_invalid");
    expect(r.text).not.toMatch(/srv|catalog\.json|record 3|ENOENT|sk-secret|\bat \S+ \(/);
    expect(loggedText()).toContain(`${SECRET_PATH}: record 3`);
    expect(loggedText()).toContain("ENOENT");
  });

  it("turns an unknown error into 500 internal without its message or stack, and logs it", async () => {
    const r = await answer(new TypeError(`Cannot read properties of undefined (reading 'x') at ${SECRET_PATH}`));
    expect(r.status).toBe(500);
    expect(r.body.error).toEqual({ code: "internal", message: expect.any(String) });
    expect(r.text).not.toMatch(/Cannot read|srv|TypeError/);
    expect(loggedText()).toContain("Cannot read properties");
    const thrownString = await answer("a string with /etc/passwd");
    expect(thrownString.status).toBe(500);
    expect(thrownString.text).not.toContain("passwd");
  });

  it("keeps saying how to build a missing index, still without the path", async () => {
    const r = await answer(new AppError("index_missing", `No index at ${SECRET_PATH}. Run \`npm run index\`.`));
    expect(r.status).toBe(503);
    expect(r.body.error.message).toMatch(/npm run index/);
    expect(r.text).not.toContain("/srv");
  });

  it("gives each server fault code its own fixed message and a 5xx status", async () => {
    const codes: ErrorCode[] = ["index_missing", "index_mismatch", "data_invalid", "misconfigured", "upstream_unavailable", "internal"];
    const messages = new Set<string>();
    for (const code of codes) {
      const r = await answer(new AppError(code, `detail ${code} ${SECRET_PATH}`));
      expect(r.status, code).toBeGreaterThanOrEqual(500);
      expect(r.body.error.code).toBe(code);
      expect(r.text).not.toContain("detail");
      messages.add(r.body.error.message);
    }
    expect(messages.size).toBe(codes.length);
    expect(logged).toHaveBeenCalledTimes(codes.length);
  });
});

describe("toResponse: the caller's faults", () => {
  it("keeps the message and the zod issues, and logs nothing", async () => {
    const issues = z.object({ limit: z.number().min(1) }).safeParse({ limit: 0 }).error!.issues;
    const r = await answer(new AppError("bad_request", "The request body is invalid.", { issues }));
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: { code: "bad_request", message: "The request body is invalid.", issues: JSON.parse(JSON.stringify(issues)) } });
    const statuses = await Promise.all(
      (["payload_too_large", "unsupported_media_type", "not_found", "request_timeout"] as const).map(async (code) => (await answer(new AppError(code, `own ${code}`))).status),
    );
    expect(statuses).toEqual([413, 415, 404, 408]);
    expect(logged).not.toHaveBeenCalled();
  });

  it("sets Retry-After on rate_limited and Allow on method_not_allowed", async () => {
    const limited = await answer(new AppError("rate_limited", "Too many requests.", { retryAfterSeconds: 2.2 }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    expect(limited.body.error.message).toBe("Too many requests.");
    expect((await answer(new AppError("rate_limited", "Too many."))).headers.get("retry-after")).toBe("1");
    const method = await answer(new AppError("method_not_allowed", "Use POST.", { allow: ["POST"] }));
    expect(method.status).toBe(405);
    expect(method.headers.get("allow")).toBe("POST");
  });
});
