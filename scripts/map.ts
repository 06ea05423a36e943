import { join } from "node:path";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { dataPaths, readCatalog } from "@/lib/catalog/files";
import { readTracksFile } from "@/lib/ingest/tracks-file";
import { fileExists } from "@/lib/fs/files";
import type { Song } from "@/lib/catalog/song";
import { parseFlags, runMain, userPath } from "@/lib/cli";
import { createOfflineEngine } from "@/lib/emotions/engine";
import { AppError } from "@/lib/errors";
import { emotionMapSvg } from "@/lib/eval/emotion-map";
import { resolveDataDir } from "@/lib/data-dir";

const USAGE = "usage: npm run map -- [--data-dir <dir>] [--out <file.svg>]";

/**
 * The tagged catalog of a data dir. For the bundled dir only, a missing catalog.json (the app tags it
 * on first start) is an offline fallback: songs.json is tagged in memory by the offline engine.
 */
async function loadSongs(dataDir: string, bundled: boolean): Promise<Song[]> {
  const paths = dataPaths(dataDir);
  if (await fileExists(paths.catalog)) return readCatalog(paths.catalog);
  if (!bundled) throw new AppError("bad_request", `${paths.catalog}: no tagged catalog; run \`npm run tag\` first`);
  process.stderr.write(`map: offline fallback: no ${paths.catalog}; tagging ${paths.source} in memory with the offline engine\n`);
  const engine = createOfflineEngine();
  const tracks = await readTracksFile(paths.source);
  return tracks.map((s) => ({ ...s, emotions: s.instrumental || !s.lyrics?.trim() ? [] : engine.tagLyrics(s.lyrics).emotions }));
}

async function writeSvg(file: string, svg: string): Promise<void> {
  try {
    await writeFileAtomic(file, svg);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unknown error";
    const why = code === "ENOENT" ? "its folder does not exist" : code === "EISDIR" ? "is a folder" : `cannot be written (${code})`;
    throw new AppError("bad_request", `${file}: ${why}`, { cause: e });
  }
}

runMain("map", async () => {
  const { values, positionals } = parseFlags({ "data-dir": { type: "string" }, out: { type: "string" } });
  if (positionals.length > 0) throw new AppError("bad_request", USAGE);
  const dataDir = resolveDataDir(values["data-dir"]);
  const out = values.out ? userPath(values.out) : join(dataDir, "emotion-map.svg");
  const songs = await loadSongs(dataDir, values["data-dir"] === undefined && !process.env.MOODTAPE_DATA_DIR?.trim());
  const { svg, placed, skipped } = emotionMapSvg(songs, `Moodtape: ${songs.length} songs by valence and arousal of their emotions`);
  await writeSvg(out, svg);
  console.log(`emotion map: ${placed} songs (${skipped} without emotions) → ${out}`);
});
