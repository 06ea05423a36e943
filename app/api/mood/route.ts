import { AppError, toAppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { answerMood } from "@/lib/recommend/answer-mood";
import { getMoodtape, getRateLimiter } from "@/lib/server/moodtape";
import { MAX_BODY_BYTES, MoodRequestSchema } from "./schema";

export const dynamic = "force-dynamic";

function clientKey(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}

function errorResponse(e: unknown): Response {
  const err = toAppError(e);
  if (err.code === "internal") console.error("POST /api/mood failed:", err.cause ?? err);
  const headers: Record<string, string> = {};
  if (err.code === "rate_limited") headers["Retry-After"] = String(err.retryAfterSeconds ?? 1);
  return Response.json(err.toBody(), { status: err.status, headers });
}

export async function POST(request: Request): Promise<Response> {
  try {
    const limit = getRateLimiter().take(clientKey(request));
    if (!limit.ok) {
      throw new AppError("rate_limited", "Too many requests; try again shortly.", { retryAfterSeconds: limit.retryAfterSeconds });
    }
    const parsed = MoodRequestSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!parsed.success) throw new AppError("bad_request", "The request body is invalid.", { issues: parsed.error.issues });
    return Response.json(await answerMood(parsed.data, await getMoodtape()));
  } catch (e) {
    return errorResponse(e);
  }
}

function methodNotAllowed(): Response {
  const err = new AppError("method_not_allowed", "Use POST with a JSON body.");
  return Response.json(err.toBody(), { status: err.status, headers: { Allow: "POST" } });
}

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
