import { toResponse } from "@/lib/errors";
import { songDetails } from "@/lib/recommend/similar";
import { limitRequest, methodNotAllowed } from "@/lib/server/guard";
import { getMoodtape } from "@/lib/server/moodtape";

export const dynamic = "force-dynamic";

/** One song as answers show it, with the lyrics of our own demo songs. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await limitRequest(request);
    return Response.json(await songDetails((await params).id, await getMoodtape()));
  } catch (e) {
    return toResponse(e);
  }
}

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
