import { describe, expect, it } from "vitest";
import { loginUrl, safeCallbackUrl } from "./callbackUrl";

describe("safeCallbackUrl", () => {
  it("keeps same-origin paths with their query", () => {
    expect(safeCallbackUrl("/devices?state=crashed")).toBe("/devices?state=crashed");
  });

  it("refuses absolute and protocol-relative URLs", () => {
    expect(safeCallbackUrl("https://evil.example/")).toBe("/overview");
    expect(safeCallbackUrl("//evil.example/")).toBe("/overview");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/overview");
  });

  it("refuses paths a URL parser rewrites into another site (tab, newline, backslash)", () => {
    for (const raw of ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/x\\..\\/evil.example"]) {
      expect(safeCallbackUrl(raw), JSON.stringify(raw)).toBe("/overview");
    }
  });

  it("does not loop back to the login page or land on raw API JSON", () => {
    expect(safeCallbackUrl("/login?callbackUrl=%2F")).toBe("/overview");
    expect(safeCallbackUrl("/api/v1/devices")).toBe("/overview");
  });

  it("falls back when nothing is given", () => {
    expect(safeCallbackUrl(null)).toBe("/overview");
    expect(safeCallbackUrl("")).toBe("/overview");
  });
});

describe("loginUrl", () => {
  it("carries the page to come back to", () => {
    expect(loginUrl("/devices/a%2Fb")).toBe("/login?callbackUrl=%2Fdevices%2Fa%252Fb");
  });

  it("is plain /login when the path is unknown", () => {
    expect(loginUrl(null)).toBe("/login");
  });
});
