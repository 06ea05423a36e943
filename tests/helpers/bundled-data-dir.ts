import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { readConfig } from "@/lib/env";
import { ensureIndex } from "@/lib/jobs/ensure-index";
import { createEmotionServices } from "@/lib/services";
import { ROOT } from "./run-script";
import { tmpDir } from "./tmp-dir";

/** A temp data dir holding a copy of the bundled songs.json, tagged and indexed as the server's start-up job does. */
export async function bundledDataDir(options: { index?: boolean } = {}): Promise<string> {
  const dir = await tmpDir("moodtape-data-");
  await copyFile(join(ROOT, "data", "songs.json"), join(dir, "songs.json"));
  if (options.index !== false) await ensureIndex(dir, await createEmotionServices(readConfig({})));
  return dir;
}
