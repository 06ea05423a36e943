import { readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientKey } from "@/lib/http/client-key";
import { getRateLimiter } from "./moodtape";

/** Counts a request against its client's rate limit; throws rate_limited (429 with Retry-After) past it. */
export async function limitRequest(request: Request): Promise<void> {
  const limit = await getRateLimiter().consume(clientKey(request.headers, readConfig().trustedProxies));
  if (!limit.ok) throw new AppError("rate_limited", "Too many requests; try again shortly.", { retryAfterSeconds: limit.retryAfterSeconds });
}
