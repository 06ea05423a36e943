import { toAppError } from "@/lib/errors";
import { getMoodtape } from "@/lib/server/moodtape";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/** Whether the index is loaded, how many songs it holds, the mode and the version. */
export async function GET(): Promise<Response> {
  try {
    const m = await getMoodtape();
    return Response.json({
      ok: true,
      indexLoaded: true,
      songCount: m.index.manifest.songCount,
      embeddings: m.index.manifest.embeddingModel,
      llm: m.moodReader ? m.moodReader.id : null,
      mode: m.mode,
      version: pkg.version,
    });
  } catch (e) {
    const err = toAppError(e);
    return Response.json(
      { ok: false, indexLoaded: false, songCount: 0, mode: "offline", version: pkg.version, error: err.toBody().error },
      { status: err.status >= 500 ? 503 : err.status },
    );
  }
}
