import { AppError, toResponse } from "@/lib/errors";
import { MOOD_LIMITS } from "@/app/api/mood/limits";
import { similarSongs } from "@/lib/recommend/similar";
import { limitRequest, methodNotAllowed } from "@/lib/server/guard";
import { getMoodtape } from "@/lib/server/moodtape";

export const dynamic = "force-dynamic";

function readLimit(url: URL): number | undefined {
  const raw = url.searchParams.get("limit");
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MOOD_LIMITS.limitMax) throw new AppError("bad_request", `limit must be a whole number from 1 to ${MOOD_LIMITS.limitMax}.`);
  return n;
}

function readDiverse(url: URL): boolean {
  const raw = url.searchParams.get("diverse");
  if (raw === null || raw === "true") return true;
  if (raw === "false") return false;
  throw new AppError("bad_request", "diverse must be true or false.");
}

/** More like this: `{song, songs}` nearest the song's emotions; 404 for an unknown id. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await limitRequest(request);
    const url = new URL(request.url);
    const diverse = readDiverse(url);
    return Response.json(await similarSongs({ id: (await params).id, limit: readLimit(url), diverse }, await getMoodtape()));
  } catch (e) {
    return toResponse(e);
  }
}

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
