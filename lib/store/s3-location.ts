import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { S3Client } from "@aws-sdk/client-s3";
import { AppError } from "@/lib/errors";
import { type IndexLocation, isVersionName, newVersionName, parseS3Uri } from "./index-location";
import { MANIFEST_FILE } from "./manifest";
import { LEASE_TTL_MS, type VersionInfo, publishedAt, supersededVersions } from "./versions";

/** How to reach an S3-compatible store: the standard AWS_* settings, and whether plain http is allowed. */
export interface S3Settings {
  region: string;
  endpoint?: string;
  allowHttp: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
}

const CURRENT = "CURRENT";
const LEASES = ".serving";
// On S3 a build is written straight under its version name (there is no rename); it becomes a
// version when its manifest is written, and is served once CURRENT names it. A build without a
// manifest this old was abandoned (a crashed `npm run index`); builds take minutes, not a day.
const ABANDONED_BUILD_MS = 24 * 60 * 60_000;

/**
 * An index under `s3://bucket/prefix` of any S3-compatible store. LanceDB reads and writes the
 * tables itself (storageOptions); this client handles CURRENT, manifests, listing, removal and leases.
 */
export function s3IndexLocation(uri: string, settings: S3Settings): IndexLocation {
  const parsed = parseS3Uri(uri);
  if (!parsed) throw new AppError("misconfigured", `invalid index URI ${uri}: expected s3://bucket/prefix`);
  if (settings.endpoint?.startsWith("http://") && !settings.allowHttp) {
    throw new AppError("misconfigured", "AWS_ENDPOINT_URL is plain http: set MOODTAPE_S3_ALLOW_HTTP=true to allow it");
  }
  const { bucket, prefix } = parsed;
  const label = `s3://${bucket}${prefix ? `/${prefix}` : ""}`;
  const key = (...parts: string[]) => [prefix, ...parts].filter(Boolean).join("/");
  const keys = settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined;
  // The SDK is loaded on first use: a local index never pays for it (nor sees its Node version notice).
  let loaded: Promise<{ sdk: typeof import("@aws-sdk/client-s3"); client: S3Client }> | undefined;
  const s3 = () =>
    (loaded ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: settings.region,
        endpoint: settings.endpoint,
        // Self-hosted S3 compatibles serve buckets under the path, not as subdomains.
        forcePathStyle: settings.endpoint !== undefined,
        credentials: keys,
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      }),
    })));
  const storageOptions: Record<string, string> = { aws_region: settings.region, allow_http: String(settings.allowHttp) };
  if (settings.endpoint) storageOptions.aws_endpoint = settings.endpoint;
  if (keys) Object.assign(storageOptions, { aws_access_key_id: keys.accessKeyId, aws_secret_access_key: keys.secretAccessKey });
  const leaseKey = key(LEASES, `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}.json`);

  // The reason goes in the message for the CLI's one line; the API shows only its fixed text for this code.
  const failed = (what: string) => (e: unknown) => {
    if (e instanceof AppError) throw e;
    const reason = e instanceof Error ? `${e.name}: ${e.message}`.split("\n")[0] : String(e);
    throw new AppError("upstream_unavailable", `object storage ${label}: cannot ${what} (${reason})`, { cause: e });
  };
  const get = async (k: string): Promise<string | undefined> => {
    const { sdk, client } = await s3();
    try {
      const res = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: k }));
      return await res.Body!.transformToString("utf8");
    } catch (e) {
      if (e instanceof sdk.NoSuchKey) return undefined;
      return failed(`read ${k}`)(e);
    }
  };
  const put = async (k: string, body: string) => {
    const { sdk, client } = await s3();
    await client.send(new sdk.PutObjectCommand({ Bucket: bucket, Key: k, Body: body })).catch(failed(`write ${k}`));
  };
  async function list(under: string, delimiter?: string): Promise<{ keys: { key: string; modified: number }[]; folders: string[] }> {
    const { sdk, client } = await s3();
    const out = { keys: [] as { key: string; modified: number }[], folders: [] as string[] };
    let token: string | undefined;
    do {
      const res = await client
        .send(new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: under, Delimiter: delimiter, ContinuationToken: token }))
        .catch(failed(`list ${under}`));
      for (const o of res.Contents ?? []) out.keys.push({ key: o.Key!, modified: o.LastModified?.getTime() ?? 0 });
      for (const p of res.CommonPrefixes ?? []) out.folders.push(p.Prefix!.slice(under.length).replace(/\/$/, ""));
      token = res.IsTruncated ? res.NextContinuationToken : undefined;
    } while (token);
    return out;
  }
  async function remove(under: string): Promise<void> {
    const { sdk, client } = await s3();
    const all = (await list(under)).keys.map((o) => ({ Key: o.key }));
    for (let i = 0; i < all.length; i += 1000) {
      await client.send(new sdk.DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: all.slice(i, i + 1000), Quiet: true } })).catch(failed(`remove ${under}`));
    }
  }
  /** The versions live leases list; leases not renewed within LEASE_TTL_MS are removed. */
  async function leasedVersions(now: number): Promise<Set<string>> {
    const inUse = new Set<string>();
    for (const o of (await list(`${key(LEASES)}/`)).keys) {
      let lease: { versions?: unknown; renewedAt?: unknown } = {};
      try {
        lease = JSON.parse((await get(o.key)) ?? "{}") as typeof lease;
      } catch {
        // An unreadable lease is judged by the store's time alone.
      }
      const renewed = typeof lease.renewedAt === "string" ? Date.parse(lease.renewedAt) : o.modified;
      if (now - renewed > LEASE_TTL_MS) await remove(o.key);
      else if (Array.isArray(lease.versions)) for (const v of lease.versions) if (typeof v === "string") inUse.add(v);
    }
    return inUse;
  }

  return {
    label,
    remote: true,
    connection: (name) => ({ uri: `s3://${bucket}/${key(name)}`, storageOptions }),
    async currentVersion() {
      const name = (await get(key(CURRENT)))?.trim();
      return name !== undefined && isVersionName(name) ? name : undefined;
    },
    async readText(name, file) {
      const text = await get(key(name, file));
      if (text === undefined) throw new AppError("index_missing", `${label}/${name}/${file} does not exist`);
      return text;
    },
    startBuild: async () => newVersionName(),
    writeText: (name, file, text) => put(key(name, file), text),
    async publish(build) {
      await put(key(CURRENT), `${build}\n`);
      return build;
    },
    async clean(now = Date.now()) {
      const current = await this.currentVersion();
      const inUse = await leasedVersions(now);
      const versions: VersionInfo[] = [];
      for (const name of (await list(`${key()}${prefix ? "/" : ""}`, "/")).folders.filter(isVersionName)) {
        const manifest = await get(key(name, MANIFEST_FILE));
        if (manifest !== undefined) versions.push({ name, publishedAt: builtAt(manifest) ?? publishedAt(name) });
        else if (name !== current && now - publishedAt(name) > ABANDONED_BUILD_MS) await remove(`${key(name)}/`);
      }
      for (const name of supersededVersions({ versions, current, inUse, now })) await remove(`${key(name)}/`);
    },
    markServing: (versions) => put(leaseKey, JSON.stringify({ versions, renewedAt: new Date().toISOString() })),
    async unmarkServing() {
      const { sdk, client } = await s3();
      await client.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key: leaseKey })).catch(failed("remove the lease"));
    },
  };
}

/** When a version on S3 was published: its manifest is written just before CURRENT, stamped builtAt. */
function builtAt(manifestText: string): number | undefined {
  try {
    const t = Date.parse(String((JSON.parse(manifestText) as { builtAt?: unknown }).builtAt));
    return Number.isFinite(t) ? t : undefined;
  } catch {
    return undefined;
  }
}
