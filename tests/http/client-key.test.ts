import { describe, expect, it, vi } from "vitest";
import { clientKey, declarePeerHeader, normalizeAddress, PEER_HEADER, UNKNOWN_PEER } from "@/lib/http/client-key";

const headers = (peer: string | undefined, xff?: string) => {
  const h = new Headers();
  if (peer !== undefined) h.set(PEER_HEADER, peer);
  if (xff !== undefined) h.set("x-forwarded-for", xff);
  return h;
};

describe("clientKey", () => {
  // First in the file: until our server declares it sets the header, a client-sent one is not believed.
  it("keys every request on unknown-peer, with one warning, when our server is not in front", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(clientKey(headers(undefined, "203.0.113.1"), [])).toBe(UNKNOWN_PEER);
    expect(clientKey(headers("203.0.113.7"), [])).toBe(UNKNOWN_PEER);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("keys on the peer address and ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    declarePeerHeader();
    expect(clientKey(headers("198.51.100.4", "203.0.113.1"), [])).toBe("198.51.100.4");
    expect(clientKey(headers("::ffff:198.51.100.4", "203.0.113.1"), ["10.0.0.1"])).toBe("198.51.100.4");
  });

  it("behind trusted proxies, takes the first untrusted hop from the right", () => {
    declarePeerHeader();
    const trusted = ["10.0.0.1", "10.1.0.0/16"];
    expect(clientKey(headers("10.0.0.1", "203.0.113.9"), trusted)).toBe("203.0.113.9");
    expect(clientKey(headers("::ffff:10.0.0.1", "6.6.6.6, 203.0.113.9, 10.1.2.3"), trusted)).toBe("203.0.113.9");
    expect(clientKey(headers("10.1.200.7", "forged, 203.0.113.9:4711"), trusted)).toBe("203.0.113.9");
    // Only trusted hops (or none): the furthest known address.
    expect(clientKey(headers("10.0.0.1", "10.1.0.5, 10.0.0.1"), trusted)).toBe("10.1.0.5");
    expect(clientKey(headers("10.0.0.1"), trusted)).toBe("10.0.0.1");
    expect(clientKey(headers("2001:db8::1", "203.0.113.9"), ["2001:db8::/32"])).toBe("203.0.113.9");
  });
});

describe("normalizeAddress", () => {
  it("drops brackets, ports and the IPv4-mapped prefix", () => {
    expect(normalizeAddress(" ::FFFF:127.0.0.1 ")).toBe("127.0.0.1");
    expect(normalizeAddress("203.0.113.9:443")).toBe("203.0.113.9");
    expect(normalizeAddress("[2001:DB8::1]:8080")).toBe("2001:db8::1");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8::1");
  });
});

describe("IPv6 clients", () => {
  it("are keyed by their /64, so rotating addresses inside it gains nothing", async () => {
    const { bucketOf } = await import("@/lib/http/client-key");
    expect(bucketOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(bucketOf("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(bucketOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(bucketOf("::1")).toBe("0:0:0:0::/64");
    expect(bucketOf("203.0.113.7")).toBe("203.0.113.7");
    expect(bucketOf("2001:db8:1:3::1")).not.toBe(bucketOf("2001:db8:1:2::1"));
  });
});
