import { describe, expect, it } from "vitest";
import type { Device } from "@/schemas/devices";
import { matchPages, pagesFor, rankDevices } from "./paletteEntries";

const device = (deviceId: string, hostname: string | null = null) => ({ deviceId, hostname }) as Device;

describe("palette pages", () => {
  it("offers settings and its sections to admins only", () => {
    const admin = pagesFor("admin").map((p) => p.href);
    expect(admin).toEqual(expect.arrayContaining(["/settings", "/settings/users", "/settings/api-keys", "/devices"]));
    for (const role of ["viewer", "analyst", "operator"] as const) {
      expect(
        pagesFor(role).some((p) => p.href.startsWith("/settings")),
        role,
      ).toBe(false);
    }
  });

  it("matches each typed word against the start of a word of the name, its section included", () => {
    const pages = pagesFor("admin");
    const hrefs = (term: string) => matchPages(pages, term).map((p) => p.href);
    expect(hrefs("aud")).toEqual(["/audit"]);
    expect(hrefs("Devices")).toEqual(["/devices"]);
    expect(hrefs("set api")).toEqual(["/settings/api-keys"]);
    expect(hrefs("log")).toEqual(["/audit"]);
    expect(hrefs("evices")).toEqual([]);
    expect(hrefs("")).toHaveLength(pages.length);
  });

  it("puts names that start with the text first", () => {
    expect(matchPages(pagesFor("admin"), "r").map((p) => p.href)).toEqual(["/remediation", "/settings/rings"]);
  });

  it("carries each section's g letter", () => {
    expect(pagesFor("viewer").find((p) => p.href === "/devices")?.goLetter).toBe("d");
  });
});

describe("result titles", () => {
  it("ranks the device whose id or hostname is exactly the text first", () => {
    const devices = [device("WS-00420"), device("WS-0042"), device("LAP-1", "ws-0042")];
    expect(rankDevices(devices, "ws-0042 ").map((d) => d.deviceId)).toEqual(["WS-0042", "LAP-1", "WS-00420"]);
  });
});
