// The client's address for the sign-in limits and the audit log. X-Forwarded-For is
// a request header anyone can send, so it is believed only when the connection comes from a
// proxy the operator listed in TRUSTED_PROXIES (comma-separated IPs or CIDRs); otherwise the
// address is the socket's own peer.
//
// Next.js gives route handlers and the proxy no socket address (NextRequest.ip is gone since
// Next 15), and `next start` only fills X-Forwarded-For when the client did not send one. So
// patches/next+16.4.6.patch makes Next's server set PEER_ADDRESS_HEADER on every request to
// the socket's peer, overwriting whatever the client sent under that name.
import { BlockList, isIP } from "node:net";

export const PEER_ADDRESS_HEADER = "x-portal-peer-address";

/** Reads a header from a Headers object or from the plain object next-auth hands authorize(). */
export type HeaderSource = Headers | Record<string, string | string[] | undefined> | null | undefined;

export function readHeader(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** "::ffff:10.0.0.1" (an IPv4 peer of a dual-stack socket) is the IPv4 address 10.0.0.1. */
export function normaliseAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.startsWith("[") && address.endsWith("]")) address = address.slice(1, -1);
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/** TRUSTED_PROXIES as a BlockList; entries that are not IPs or CIDRs are ignored (and logged). */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const [ip, bits] = entry.split("/");
    const address = normaliseAddress(ip);
    const family = address ? (isIP(address) === 6 ? "ipv6" : "ipv4") : null;
    const prefix = bits === undefined ? (family === "ipv6" ? 128 : 32) : Number(bits);
    if (!address || !family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === "ipv6" ? 128 : 32)) {
      console.warn(`TRUSTED_PROXIES: ignoring "${entry}" (not an IP address or CIDR)`);
      continue;
    }
    list.addSubnet(address, prefix, family);
  }
  return list;
}

function trusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the peer, unless the peer is a trusted proxy; then the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy (entries further left were written
 * by the client and prove nothing). null when nothing usable is known.
 */
export function clientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, proxies: BlockList): string | null {
  const socket = normaliseAddress(peer);
  if (!socket || !trusted(proxies, socket)) return socket;
  const hops = (forwardedFor ?? "").split(",").map((hop) => normaliseAddress(hop)).reverse();
  for (const hop of hops) {
    if (!hop) return socket; // a malformed entry: stop believing the chain there
    if (!trusted(proxies, hop)) return hop;
  }
  return socket;
}

/** Whether the request reached the portal over HTTPS: NEXTAUTH_URL says so, or a trusted proxy does. */
export function forwardedHttps(peer: string | null | undefined, forwardedProto: string | null | undefined, proxies: BlockList): boolean {
  const socket = normaliseAddress(peer);
  if (!socket || !trusted(proxies, socket)) return false;
  // A chain of proxies appends: the first value is what the client used.
  return (forwardedProto ?? "").split(",")[0]?.trim().toLowerCase() === "https";
}

// The parsed TRUSTED_PROXIES of the last value seen: configuration, not state (every instance
// derives the same list from its environment), kept so that a bad entry is logged once.
let parsed: { value: string | undefined; list: BlockList } | undefined;

/** The same decisions for one request, with TRUSTED_PROXIES from the environment. */
export function requestNetwork(headers: HeaderSource, env: NodeJS.ProcessEnv = process.env): { address: string | null; https: boolean } {
  if (parsed?.value !== env.TRUSTED_PROXIES || !parsed) parsed = { value: env.TRUSTED_PROXIES, list: parseTrustedProxies(env.TRUSTED_PROXIES) };
  const proxies = parsed.list;
  const peer = readHeader(headers, PEER_ADDRESS_HEADER);
  return {
    address: clientAddress(peer, readHeader(headers, "x-forwarded-for"), proxies),
    https: (env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://") || forwardedHttps(peer, readHeader(headers, "x-forwarded-proto"), proxies),
  };
}
