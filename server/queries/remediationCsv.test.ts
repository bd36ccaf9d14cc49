import { describe, expect, it } from "vitest";
import type { AffectedDevice } from "../../schemas/anomalies";
import { csvDocument } from "../../core/export/csv";
import { REMEDIATION_CSV_COLUMNS } from "./affectedDevices";

const remediationCsv = (devices: AffectedDevice[]) => csvDocument(REMEDIATION_CSV_COLUMNS, devices);

const device: AffectedDevice = {
  deviceId: "dev-1",
  anomalyId: "5b8e1c3a-0000-4000-8000-000000000001",
  kind: "boot_loop",
  severity: "critical",
  ring: "canary",
  hostname: "ws-01",
  os: "windows",
  osVersion: "11",
  model: "Latitude 7440",
  state: "boot_loop",
  lastSeenAt: null,
  affectedAt: "2026-11-30T10:00:00.000Z",
  component: "agent",
  offeredVersion: "2.0",
  reportedVersion: "1.9",
};

const rowsOf = (csv: string) => csv.split("\r\n").filter(Boolean);

describe("remediation CSV", () => {
  it("quotes every cell, the header included, and ends lines with CRLF", () => {
    const [header, row] = rowsOf(remediationCsv([device]));
    expect(header.startsWith('"deviceId","hostname","ring","state",')).toBe(true);
    expect(row).toBe(
      '"dev-1","ws-01","canary","boot_loop","windows","11","Latitude 7440","","agent","2.0","1.9","boot_loop","critical","5b8e1c3a-0000-4000-8000-000000000001","2026-11-30T10:00:00.000Z"',
    );
    expect(remediationCsv([device]).endsWith("\r\n")).toBe(true);
  });

  it("neutralises a formula hidden after a ; in a device-reported field, not only at the cell's start", () => {
    const [, row] = rowsOf(remediationCsv([{ ...device, hostname: 'ws-01;=HYPERLINK("https://evil")', model: "=cmd|' /C calc'!A0" }]));
    expect(row).toContain('"ws-01;\'=HYPERLINK(""https://evil"")"');
    expect(row).toContain("\"'=cmd|' /C calc'!A0\"");
  });
});
