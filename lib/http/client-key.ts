import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * The socket address of the request's peer, set by our server (scripts/serve.ts) on every request after
 * removing any copy the client sent. Route handlers cannot see the socket; this header is how they learn it.
 */
export const PEER_HEADER = "x-moodtape-peer";
/** The key every request shares when the peer is unknown (the app runs without our server in front). */
export const UNKNOWN_PEER = "unknown-peer";

// Shared through globalThis: our server and the route handlers' bundled copy of this module are two
// module instances in one process.
const SERVER_SETS_PEER = Symbol.for("moodtape.serverSetsPeerHeader");
type Flagged = typeof globalThis & { [SERVER_SETS_PEER]?: boolean };

/**
 * Called by our server before it serves: from then on PEER_HEADER is believed. Without our server in
 * front (plain `next dev` or `next start`) a client could send the header itself, so it is ignored.
 */
export function declarePeerHeader(): void {
  (globalThis as Flagged)[SERVER_SETS_PEER] = true;
}

/** Our server's part, for every request: drops any PEER_HEADER the client sent and sets the socket's address. */
export function setPeerHeader(req: IncomingMessage): void {
  delete req.headers[PEER_HEADER];
  const address = req.socket.remoteAddress;
  if (address) req.headers[PEER_HEADER] = address;
}

/** The address alone: no brackets, no port, no IPv4-mapped IPv6 prefix (`::ffff:1.2.3.4` is 1.2.3.4). */
export function normalizeAddress(raw: string): string {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (/^::ffff:/i.test(a) && isIP(a.slice(7)) === 4) a = a.slice(7);
  return a.toLowerCase();
}

let cachedList: { key: string; list: BlockList } | undefined;

function trustList(proxies: readonly string[]): BlockList {
  const key = proxies.join(",");
  if (cachedList?.key === key) return cachedList.list;
  const list = new BlockList();
  for (const entry of proxies) {
    const [raw = "", bits] = entry.split("/");
    const ip = bits === undefined ? normalizeAddress(raw) : raw;
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(bits), type);
  }
  cachedList = { key, list };
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const type = isIP(address);
  return type !== 0 && list.check(address, type === 4 ? "ipv4" : "ipv6");
}

let warned = false;

/**
 * An IPv6 client usually holds a whole /64 and can rotate addresses inside it freely: it is one
 * client, keyed by its /64. IPv4 addresses are keys as they are.
 */
export function bucketOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  if (right.some((p) => p.includes("."))) return address;
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(":")}::/64`;
}

/**
 * The key a request is rate-limited by: the peer's socket address; when the peer is a trusted proxy,
 * the X-Forwarded-For hop that the proxy chain added, found by walking from the right past trusted
 * proxies (hops further left are whatever the client wrote). "unknown-peer", with a one-time warning,
 * when the peer is not known.
 */
export function clientKey(headers: Headers, trustedProxies: readonly string[]): string {
  const peer = (globalThis as Flagged)[SERVER_SETS_PEER] ? headers.get(PEER_HEADER) : null;
  if (!peer) {
    if (!warned) {
      warned = true;
      console.warn("moodtape: requests carry no peer address (start the app with `npm run start`); every client shares one rate-limit bucket");
    }
    return UNKNOWN_PEER;
  }
  const address = normalizeAddress(peer);
  const trusted = trustList(trustedProxies);
  if (!isTrusted(trusted, address)) return bucketOf(address);
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normalizeAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(trusted, hops[i]!)) return bucketOf(hops[i]!);
  // Every hop is a trusted proxy (or there is none): the furthest one is the best we know.
  return bucketOf(hops[0] ?? address);
}
