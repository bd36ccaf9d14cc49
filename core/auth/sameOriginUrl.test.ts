import { describe, expect, it } from "vitest";
import { isSameOriginPath, sameOriginRedirect } from "./sameOriginUrl";

const BASE = "https://ringwatch.example";

describe("sameOriginRedirect", () => {
  it("keeps same-origin paths and absolute URLs of the app's own origin", () => {
    expect(sameOriginRedirect("/devices?state=crashed", BASE)).toBe(`${BASE}/devices?state=crashed`);
    expect(sameOriginRedirect(`${BASE}/overview`, BASE)).toBe(`${BASE}/overview`);
  });

  it("sends every other site, and anything a URL parser would rewrite, to the base URL", () => {
    for (const url of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      "https://ringwatch.example.evil.example/",
      "http://ringwatch.example/overview",
      `${BASE}\t/x`,
      "javascript:alert(1)",
      "not a url",
      "",
    ]) {
      expect(sameOriginRedirect(url, BASE), JSON.stringify(url)).toBe(BASE);
    }
  });

  it("what it returns is parsed onto the app's origin by a browser's URL parser", () => {
    for (const url of ["/\t/evil.example", "/%09/evil.example", "/ok", "//evil.example"]) {
      expect(new URL(sameOriginRedirect(url, BASE), BASE).origin).toBe(BASE);
    }
  });
});

describe("isSameOriginPath", () => {
  it("takes a single leading slash only", () => {
    expect(isSameOriginPath("/overview")).toBe(true);
    expect(isSameOriginPath("/%09/evil.example")).toBe(true);
    expect(isSameOriginPath("overview")).toBe(false);
    expect(isSameOriginPath("/\t/evil.example")).toBe(false);
  });
});
