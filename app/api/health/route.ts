import { toResponse } from "@/lib/errors";
import { getMoodtape } from "@/lib/server/moodtape";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/**
 * Whether the index answers: a real small query against the version being served, which it names,
 * with the song count, the mode and the app version. 503 with a fixed message when it does not.
 */
export async function GET(): Promise<Response> {
  try {
    const m = await getMoodtape();
    await m.index.probe();
    return Response.json({
      ok: true,
      indexLoaded: true,
      indexVersion: m.index.version,
      songCount: m.index.manifest.songCount,
      embeddings: m.index.manifest.embeddingModel,
      llm: m.moodReader ? m.moodReader.id : null,
      mode: m.mode,
      version: pkg.version,
    });
  } catch (e) {
    // toResponse logs the detail and gives the fixed public message; health always answers 503.
    const { error } = (await toResponse(e).json()) as { error: unknown };
    return Response.json({ ok: false, indexLoaded: false, songCount: 0, version: pkg.version, error }, { status: 503 });
  }
}
