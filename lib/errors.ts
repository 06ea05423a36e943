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
  upstream_unavailable: 502,
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

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; issues?: ZodIssue[]; retryAfterSeconds?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.issues = options?.issues;
    this.retryAfterSeconds = options?.retryAfterSeconds;
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
