import { toResponse } from "@/lib/errors";
import { catalogMap } from "@/lib/recommend/catalog-map";
import { limitRequest, methodNotAllowed } from "@/lib/server/guard";
import { getMoodtape } from "@/lib/server/moodtape";

export const dynamic = "force-dynamic";

/** The catalog's emotion map: `{total, points: [{id, title, artists, valence, arousal, family}]}`. */
export async function GET(request: Request): Promise<Response> {
  try {
    await limitRequest(request);
    return Response.json(await catalogMap(await getMoodtape()));
  } catch (e) {
    return toResponse(e);
  }
}

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
