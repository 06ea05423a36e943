import { readFile, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { IndexLocation } from "./index-location";
import { cleanIndexDir, currentVersionName, markServing, publishBuild, startBuildDir, unmarkServing } from "./versions";

/** An index in a local folder (lib/store/versions.ts): builds renamed into versions, leases checked by pid. */
export function localIndexLocation(dir: string): IndexLocation {
  const root = resolve(dir);
  return {
    label: root,
    remote: false,
    connection: (name) => ({ uri: join(root, name) }),
    currentVersion: () => currentVersionName(root),
    readText: (name, file) => readFile(join(root, name, file), "utf8"),
    startBuild: async () => basename(await startBuildDir(root)),
    writeText: (name, file, text) => writeFile(join(root, name, file), text),
    publish: async (build) => basename(await publishBuild(root, join(root, build))),
    clean: (now) => cleanIndexDir(root, now),
    markServing: (versions) => markServing(root, versions),
    unmarkServing: () => unmarkServing(root),
  };
}
