import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./run-script";
import { tmpDir } from "./tmp-dir";

/** A temp data dir holding a copy of the bundled songs.json (tagged and indexed on first use). */
export async function bundledDataDir(): Promise<string> {
  const dir = await tmpDir("moodtape-data-");
  await copyFile(join(ROOT, "data", "songs.json"), join(dir, "songs.json"));
  return dir;
}
