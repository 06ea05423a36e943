import { AppError } from "@/lib/errors";

/** How long a client may take to send its whole body. A stalled body must not hold memory for minutes. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

const tooLarge = (maxBytes: number) => new AppError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);

/**
 * The body's bytes, at most `maxBytes` of them and within `timeoutMs` for the whole read; a body that
 * stalls or grows past the limit cancels the stream and throws request_timeout or payload_too_large.
 */
async function readBytes(body: ReadableStream<Uint8Array>, maxBytes: number, timeoutMs: number): Promise<Uint8Array[]> {
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), expired]);
      if (next === "timeout") {
        throw new AppError("request_timeout", `The body did not arrive within ${timeoutMs / 1000} s.`);
      }
      if (next.done) return chunks;
      size += next.value.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(next.value);
    }
  } catch (e) {
    // Not awaited: a stalled client may never acknowledge the cancel, and we owe it nothing more.
    reader.cancel().catch(() => undefined);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a JSON request body of at most `maxBytes` within `timeoutMs`, checking the size before parsing:
 * first by Content-Length when sent, then by counting the streamed bytes (chunked bodies have no length).
 * Accepts a UTF-8 byte order mark before the JSON. Returns the parsed value; throws an AppError
 * (415, 413, 408 or 400) otherwise.
 */
export async function readJsonBody(request: Request, maxBytes: number, timeoutMs = DEFAULT_BODY_TIMEOUT_MS): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type.trim())) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks = request.body ? await readBytes(request.body, maxBytes, timeoutMs) : [];
  let text: string;
  try {
    // fatal: invalid UTF-8 is refused rather than silently replaced; the decoder drops a leading BOM.
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("bad_request", "The body is not valid UTF-8.");
  }
  if (text.trim() === "") throw new AppError("bad_request", "The body is empty; send a JSON object.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
}
