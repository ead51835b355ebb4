// X-Forwarded-For and X-Forwarded-Proto are believed only from TRUSTED_PROXIES; the
// socket's peer (the header patches/next+16.4.6.patch sets) is the client otherwise.
import { describe, expect, it } from "vitest";
import { clientAddress, forwardedHttps, parseTrustedProxies, PEER_ADDRESS_HEADER, requestNetwork } from "@/lib/auth/client-address";

const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8");

describe("clientAddress", () => {
  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", proxies)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "1.2.3.4", parseTrustedProxies(undefined))).toBe("203.0.113.7");
  });

  it("takes the right-most untrusted hop behind trusted proxies, whatever the client prepended", () => {
    expect(clientAddress("10.1.2.3", "198.51.100.1", proxies)).toBe("198.51.100.1");
    expect(clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.1, 192.168.1.5", proxies)).toBe("198.51.100.1");
    expect(clientAddress("::ffff:10.1.2.3", "2001:db8::1", proxies)).toBe("2001:db8::1");
    expect(clientAddress("fd00::1", "198.51.100.9", proxies)).toBe("198.51.100.9");
  });

  it("stops at garbage and falls back to the peer", () => {
    expect(clientAddress("10.1.2.3", "evil, not-an-ip", proxies)).toBe("10.1.2.3");
    expect(clientAddress("10.1.2.3", null, proxies)).toBe("10.1.2.3");
    expect(clientAddress(null, "198.51.100.1", proxies)).toBeNull();
  });

  it("ignores TRUSTED_PROXIES entries that are not addresses", () => {
    const list = parseTrustedProxies("nonsense, 10.0.0.0/99, 127.0.0.1");
    expect(clientAddress("127.0.0.1", "198.51.100.1", list)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.1", "198.51.100.1", list)).toBe("10.0.0.1");
  });
});

describe("HTTPS behind a proxy", () => {
  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(forwardedHttps("10.0.0.2", "https", proxies)).toBe(true);
    expect(forwardedHttps("203.0.113.7", "https", proxies)).toBe(false);
    expect(forwardedHttps("10.0.0.2", "http", proxies)).toBe(false);
  });

  it("reads a request's headers and the environment", () => {
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "198.51.100.1", "x-forwarded-proto": "https" });
    expect(requestNetwork(headers, { TRUSTED_PROXIES: "10.0.0.0/8" } as unknown as NodeJS.ProcessEnv)).toEqual({ address: "198.51.100.1", https: true });
    expect(requestNetwork(headers, {} as unknown as NodeJS.ProcessEnv)).toEqual({ address: "10.0.0.2", https: false });
    expect(requestNetwork({ "x-forwarded-for": "1.2.3.4" }, { NEXTAUTH_URL: "https://portal.kz" } as unknown as NodeJS.ProcessEnv)).toEqual({ address: null, https: true });
  });
});
