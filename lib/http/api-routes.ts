import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** A route handler as app/**\/route.ts exports it: web Request in, Response out. */
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Response | Promise<Response>;

type Segment = { kind: "static"; text: string } | { kind: "param"; name: string } | { kind: "catchAll"; name: string; optional: boolean };

export interface ApiRoute {
  /** The URL pattern, as Next writes it ("/api/songs/[id]/similar"). */
  readonly pattern: string;
  readonly segments: readonly Segment[];
  readonly handlers: Readonly<Record<string, RouteHandler>>;
}

export interface RouteMatch {
  route: ApiRoute;
  params: Record<string, string | string[]>;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function parseSegment(part: string): Segment {
  const optional = /^\[\[\.\.\.([^\]]+)\]\]$/.exec(part);
  if (optional) return { kind: "catchAll", name: optional[1]!, optional: true };
  const catchAll = /^\[\.\.\.([^\]]+)\]$/.exec(part);
  if (catchAll) return { kind: "catchAll", name: catchAll[1]!, optional: false };
  const param = /^\[([^\]]+)\]$/.exec(part);
  if (param) return { kind: "param", name: param[1]! };
  return { kind: "static", text: part };
}

// Next's precedence: a static segment before a dynamic one, a dynamic one before a catch-all.
const RANK = { static: 0, param: 1, catchAll: 2 } as const;

function compareRoutes(a: ApiRoute, b: ApiRoute): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const x = a.segments[i];
    const y = b.segments[i];
    if (!x || !y) return x ? -1 : 1;
    if (RANK[x.kind] !== RANK[y.kind]) return RANK[x.kind] - RANK[y.kind];
  }
  return 0;
}

/**
 * Every route.ts under `apiDir` (app/api) with the methods it exports, most specific first. Route
 * groups "(name)" and private "_folders" follow Next's rules (groups add no segment, private
 * folders are not routes). Returns the table matchApiRoute reads.
 */
export async function loadApiRoutes(apiDir: string, urlPrefix = "/api"): Promise<ApiRoute[]> {
  const entries = await readdir(apiDir, { recursive: true, withFileTypes: true });
  const routes: ApiRoute[] = [];
  for (const e of entries) {
    if (!e.isFile() || !/^route\.(ts|js|mjs)$/.test(e.name)) continue;
    const folders = relative(apiDir, e.parentPath).split(sep).filter((p) => p !== "" && !/^\(.*\)$/.test(p));
    if (folders.some((p) => p.startsWith("_"))) continue;
    const mod = (await import(pathToFileURL(join(e.parentPath, e.name)).href)) as Record<string, unknown>;
    const handlers: Record<string, RouteHandler> = {};
    for (const m of METHODS) if (typeof mod[m] === "function") handlers[m] = mod[m] as RouteHandler;
    routes.push({ pattern: [urlPrefix, ...folders].join("/"), segments: [...urlPrefix.split("/").filter(Boolean), ...folders].map(parseSegment), handlers });
  }
  return routes.sort(compareRoutes);
}

/** The first route (most specific) whose pattern matches the pathname, with its decoded params. */
export function matchApiRoute(routes: readonly ApiRoute[], pathname: string): RouteMatch | undefined {
  let parts: string[];
  try {
    parts = pathname.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  for (const route of routes) {
    const params: Record<string, string | string[]> = {};
    let ok = true;
    let i = 0;
    for (const seg of route.segments) {
      if (seg.kind === "catchAll") {
        const rest = parts.slice(i);
        if (rest.length === 0 && !seg.optional) ok = false;
        else if (rest.length > 0) params[seg.name] = rest;
        i = parts.length;
        break;
      }
      const part = parts[i++];
      if (part === undefined || part === "") ok = false;
      else if (seg.kind === "static") ok = part === seg.text;
      else params[seg.name] = part;
      if (!ok) break;
    }
    if (ok && i === parts.length) return { route, params };
  }
  return undefined;
}
