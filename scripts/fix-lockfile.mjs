// This machine's registry serves only linux-x64 builds of platform packages, so npm cannot record
// the other platforms' optional packages, and `npm ci` then refuses the lockfile. Record them as
// optional, platform-tagged entries (never installed here: their os/cpu do not match).
import { readFileSync, writeFileSync } from "node:fs";
const lockPath = process.argv[2];
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const pkgs = lock.packages;
const OS = ["darwin", "linux", "win32", "android", "freebsd", "openbsd", "sunos", "aix", "netbsd"];
const CPU = { x64: "x64", arm64: "arm64", arm: "arm", ia32: "ia32", wasm32: "wasm32", ppc64: "ppc64", s390x: "s390x", riscv64: "riscv64", loong64: "loong64", mips64el: "mips64el", universal: null };
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (pkgs[`node_modules/${name}`] || pkgs[`${path}/node_modules/${name}`]) continue;
    const parts = name.split("/").pop().split("-");
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.find((p) => p in CPU);
    if (!/^\d+\.\d+\.\d+/.test(spec) || (!os && cpu !== "wasm32")) { console.log("skip", name, spec); continue; }
    const e = { version: spec, optional: true };
    if (cpu && CPU[cpu]) e.cpu = [CPU[cpu]];
    if (os) e.os = [os];
    if (parts.includes("musl")) e.libc = ["musl"];
    if (parts.includes("gnu") || parts.includes("gnueabihf")) e.libc = ["glibc"];
    pkgs[`node_modules/${name}`] = e;
    added++;
  }
}
const sorted = {};
for (const k of Object.keys(pkgs).sort((a, b) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1))) sorted[k] = pkgs[k];
lock.packages = sorted;
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log("added", added);
