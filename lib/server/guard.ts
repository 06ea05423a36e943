import { readConfig } from "@/lib/env";
import { AppError, toResponse } from "@/lib/errors";
import { clientKey } from "@/lib/http/client-key";
import { getRateLimiter } from "./moodtape";

/** Counts a request against its client's rate limit; throws rate_limited (429 with Retry-After) past it. */
export async function limitRequest(request: Request): Promise<void> {
  const limit = await getRateLimiter().consume(clientKey(request.headers, readConfig().trustedProxies));
  if (!limit.ok) throw new AppError("rate_limited", "Too many requests; try again shortly.", { retryAfterSeconds: limit.retryAfterSeconds });
}

/** A handler for the methods a route does not take: 405 with Allow, as JSON like every other error. */
export function methodNotAllowed(allow: string[]): () => Response {
  return () => toResponse(new AppError("method_not_allowed", `Use ${allow.join(" or ")}.`, { allow }));
}
