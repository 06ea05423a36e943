import { AppError, toResponse } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { exportPlaylist, saveSongsToSpotify } from "@/lib/recommend/playlist-export";
import { limitRequest } from "@/lib/server/guard";
import { getMoodtape } from "@/lib/server/moodtape";
import { EXPORT_BODY_BYTES, ExportRequestSchema } from "./schema";

export const dynamic = "force-dynamic";

/** The current answer as a playlist file to download (extended M3U or JSON), or saved to Spotify. */
export async function POST(request: Request): Promise<Response> {
  try {
    await limitRequest(request);
    const parsed = ExportRequestSchema.safeParse(await readJsonBody(request, EXPORT_BODY_BYTES));
    if (!parsed.success) throw new AppError("bad_request", "The request body is invalid.", { issues: parsed.error.issues });
    const { format, ...rest } = parsed.data;
    if (format === "spotify") return Response.json(await saveSongsToSpotify(rest, await getMoodtape()));
    const file = await exportPlaylist({ ...rest, format }, await getMoodtape());
    return new Response(file.body, {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" },
    });
  } catch (e) {
    return toResponse(e);
  }
}

function methodNotAllowed(): Response {
  return toResponse(new AppError("method_not_allowed", "Use POST with a JSON body.", { allow: ["POST"] }));
}

export { methodNotAllowed as GET };
