import { AppError, toResponse } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { answerMood } from "@/lib/recommend/answer-mood";
import { limitRequest } from "@/lib/server/guard";
import { getMoodtape } from "@/lib/server/moodtape";
import { MAX_BODY_BYTES, MoodRequestSchema } from "./schema";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    await limitRequest(request);
    const parsed = MoodRequestSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!parsed.success) throw new AppError("bad_request", "The request body is invalid.", { issues: parsed.error.issues });
    return Response.json(await answerMood({ ...parsed.data, acceptLanguage: request.headers.get("accept-language") }, await getMoodtape()));
  } catch (e) {
    return toResponse(e);
  }
}

function methodNotAllowed(): Response {
  return toResponse(new AppError("method_not_allowed", "Use POST with a JSON body.", { allow: ["POST"] }));
}

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
