import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";

const JSON_TYPE = { "content-type": "application/json" };

/** A POST whose body is the given stream, sent chunked (no Content-Length), as a slow client would. */
function streamed(body: ReadableStream<Uint8Array>): Request {
  return new Request("http://127.0.0.1/api/mood", { method: "POST", headers: JSON_TYPE, body, duplex: "half" } as RequestInit);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).code;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readJsonBody", () => {
  it("gives up on a body that never ends, with 408, and cancels the stream", async () => {
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('{"message": "I am'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const started = Date.now();
    const error = await readJsonBody(streamed(stalled), 16_384, 200).catch((e: unknown) => e as AppError);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("request_timeout");
    expect((error as AppError).status).toBe(408);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(cancelled).toBe(true);
  });

  it("reads a body that trickles in within the time limit", async () => {
    const parts = ['{"mess', 'age": "so ', "sad", ' tonight"}'];
    const trickle = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 30));
        const part = parts.shift();
        if (part === undefined) controller.close();
        else controller.enqueue(bytes(part));
      },
    });
    expect(await readJsonBody(streamed(trickle), 16_384, 2_000)).toEqual({ message: "so sad tonight" });
  });

  it("counts the time for the whole body, not per chunk", async () => {
    const endless = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 20));
        controller.enqueue(bytes(" "));
      },
    });
    expect(await codeOf(readJsonBody(streamed(endless), 16_384, 300))).toBe("request_timeout");
  });

  it("accepts a UTF-8 byte order mark before the JSON", async () => {
    const request = new Request("http://127.0.0.1/api/mood", { method: "POST", headers: JSON_TYPE, body: "\uFEFF{\"message\": \"¡quiero bailar!\"}" });
    expect(await readJsonBody(request, 16_384)).toEqual({ message: "¡quiero bailar!" });
  });

  it("refuses invalid UTF-8, a wrong type, an oversized and an empty body", async () => {
    const invalid = new Request("http://127.0.0.1/", { method: "POST", headers: JSON_TYPE, body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    await expect(readJsonBody(invalid, 100)).rejects.toThrow("not valid UTF-8");
    const text = new Request("http://127.0.0.1/", { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" });
    expect(await codeOf(readJsonBody(text, 100))).toBe("unsupported_media_type");
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes(`{"message": "${"a".repeat(200)}"}`));
        controller.close();
      },
    });
    expect(await codeOf(readJsonBody(streamed(big), 100))).toBe("payload_too_large");
    const empty = new Request("http://127.0.0.1/", { method: "POST", headers: JSON_TYPE, body: "\uFEFF  " });
    expect(await codeOf(readJsonBody(empty, 100))).toBe("bad_request");
  });
});
