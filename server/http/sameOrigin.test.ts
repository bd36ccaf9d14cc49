import { describe, expect, it } from "vitest";
import { isSameOriginMutation } from "./sameOrigin";

const APP = ["https://ringwatch.example"];
const post = (headers: { origin?: string; fetchSite?: string }) =>
  isSameOriginMutation({ method: "POST", origin: headers.origin ?? null, fetchSite: headers.fetchSite ?? null, appOrigins: APP });

describe("isSameOriginMutation", () => {
  it("lets the app's own pages change data", () => {
    expect(post({ origin: "https://ringwatch.example", fetchSite: "same-origin" })).toBe(true);
    expect(post({ origin: "https://RingWatch.example" })).toBe(true);
    expect(post({ fetchSite: "same-origin" })).toBe(true);
  });

  it("refuses other sites, sibling subdomains, opaque origins and requests that say nothing", () => {
    expect(post({ origin: "https://evil.example" })).toBe(false);
    expect(post({ origin: "http://ringwatch.example" })).toBe(false);
    expect(post({ origin: "null" })).toBe(false);
    expect(post({ fetchSite: "cross-site" })).toBe(false);
    expect(post({ fetchSite: "same-site", origin: "https://ringwatch.example" })).toBe(false);
    expect(post({ origin: "https://evil.example", fetchSite: "same-origin" })).toBe(false);
    expect(post({})).toBe(false);
  });

  it("leaves reads alone, whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(isSameOriginMutation({ method, origin: "https://evil.example", fetchSite: "cross-site", appOrigins: APP })).toBe(true);
    }
    for (const method of ["PATCH", "PUT", "DELETE"]) {
      expect(isSameOriginMutation({ method, origin: "https://evil.example", fetchSite: null, appOrigins: APP })).toBe(false);
    }
  });
});
