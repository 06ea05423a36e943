import type { ZodIssue } from "zod";

export type ErrorCode =
  | "bad_request"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "not_found"
  | "method_not_allowed"
  | "request_timeout"
  | "index_missing"
  | "data_invalid"
  | "misconfigured"
  | "index_mismatch"
  | "upstream_unavailable"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  index_missing: 503,
  data_invalid: 503,
  misconfigured: 503,
  index_mismatch: 503,
  upstream_unavailable: 503,
  internal: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: unknown[] };
}

/** An error whose message is safe to show to a person or an API client. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: ZodIssue[];
  /** For rate_limited: seconds until a retry can succeed (the Retry-After header). */
  readonly retryAfterSeconds?: number;
  /** For method_not_allowed: the methods the resource answers (the Allow header). */
  readonly allow?: string[];

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; issues?: ZodIssue[]; retryAfterSeconds?: number; allow?: string[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.issues = options?.issues;
    this.retryAfterSeconds = options?.retryAfterSeconds;
    this.allow = options?.allow;
  }

  get status(): number {
    return STATUS[this.code];
  }

  /** The JSON body for an HTTP response: code and message, never a stack or a cause. */
  toBody(): ErrorBody {
    const body: ErrorBody = { error: { code: this.code, message: this.message } };
    if (this.issues) body.error.issues = this.issues;
    return body;
  }
}

/** Turns any thrown value into an AppError; unknown errors become a generic "internal" one. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  return new AppError("internal", "Something went wrong on our side.", { cause: e });
}

/**
 * What a client is told when the fault is ours. Fixed per code: the thrown message may name a path, a
 * file, a model or a key, and belongs in the server log only.
 */
const SERVER_FAULT_MESSAGES: Partial<Record<ErrorCode, string>> = {
  index_missing: "The song index has not been built yet. Run `npm run index`, then try again.",
  index_mismatch: "The song index was built with other settings. Run `npm run index`, then try again.",
  data_invalid: "The song data on the server cannot be read right now; the server log says why.",
  misconfigured: "The server is misconfigured; the server log says why.",
  upstream_unavailable: "A service the server depends on is unavailable; try again shortly.",
  internal: "Something went wrong on our side.",
};

/** True when the error is the server's fault (5xx), false when it is the caller's (4xx). */
export function isServerFault(code: ErrorCode): boolean {
  return STATUS[code] >= 500;
}

/**
 * The one HTTP answer for any thrown value, used by every route: `{error: {code, message, issues?}}`.
 * The caller's faults (4xx) keep their message and zod issues, with Retry-After for rate_limited and
 * Allow for method_not_allowed. Our faults (5xx) answer a fixed message per code; their message and
 * cause go to the server log only.
 */
export function toResponse(e: unknown): Response {
  const err = toAppError(e);
  const headers = new Headers();
  if (err.code === "rate_limited") headers.set("Retry-After", String(Math.max(1, Math.ceil(err.retryAfterSeconds ?? 1))));
  if (err.code === "method_not_allowed" && err.allow) headers.set("Allow", err.allow.join(", "));
  if (!isServerFault(err.code)) return Response.json(err.toBody(), { status: err.status, headers });
  const detail = `moodtape: ${err.status} ${err.code}: ${err.message}`;
  if (err.cause === undefined) console.error(detail);
  else console.error(detail, err.cause);
  const message = SERVER_FAULT_MESSAGES[err.code] ?? SERVER_FAULT_MESSAGES.internal!;
  const body: ErrorBody = { error: { code: err.code, message } };
  return Response.json(body, { status: err.status, headers });
}
