import { describe, expect, it } from "vitest";
import { securityHeaders, servedOverHttps } from "./securityHeaders";

describe("securityHeaders", () => {
  it("forbids framing and sniffing and sets a referrer policy on every answer", () => {
    const headers = securityHeaders({ https: false });
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("sends HSTS only over https", () => {
    expect(securityHeaders({ https: false })["strict-transport-security"]).toBeUndefined();
    expect(securityHeaders({ https: true })["strict-transport-security"]).toMatch(/^max-age=\d+; includeSubDomains$/);
  });
});

describe("servedOverHttps", () => {
  it("believes a TLS-terminating proxy or an https public URL", () => {
    expect(servedOverHttps("https", undefined)).toBe(true);
    expect(servedOverHttps("HTTPS, http", undefined)).toBe(true);
    expect(servedOverHttps(["https"], undefined)).toBe(true);
    expect(servedOverHttps(undefined, "https://ringwatch.example")).toBe(true);
  });

  it("is plain http otherwise", () => {
    expect(servedOverHttps(undefined, undefined)).toBe(false);
    expect(servedOverHttps("http", "http://ringwatch.local:3000")).toBe(false);
  });
});
