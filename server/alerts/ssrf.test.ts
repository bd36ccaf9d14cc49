import { describe, expect, it } from "vitest";
import { configFrom } from "../config";
import { assertPublicUrl, forbiddenAddressReason, SsrfRefusal } from "./ssrf";

describe("SSRF guard", () => {
  it("refuses loopback, private, link-local, CGNAT, metadata and unspecified addresses", () => {
    for (const address of [
      "127.0.0.1",
      "127.9.9.9",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "100.127.1.1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "::",
      "::1",
      "fd00:ec2::254",
      "fc00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "::ffff:a9fe:a9fe",
      "[::1]",
    ])
      expect(forbiddenAddressReason(address), address).not.toBeNull();
  });

  it("refuses IPv6 ranges that embed or relay to an IPv4 address, discard-only and local-use NAT64 ranges", () => {
    for (const address of [
      "::7f00:1",
      "::10.0.0.1",
      "::1.1.1.1",
      "0:0:0:0:0:0:a9fe:a9fe", // ::/96, IPv4-compatible (deprecated, no legitimate use)
      "2002::1",
      "2002:c0a8:101::1",
      "2002:101:101::1", // 2002::/16, 6to4
      "64:ff9b:1::1",
      "64:ff9b:1:ffff::a00:1", // 64:ff9b:1::/48, local-use NAT64
      "100::1",
      "100::ffff:ffff:ffff:ffff", // 100::/64, discard-only
    ])
      expect(forbiddenAddressReason(address), address).not.toBeNull();
  });

  it("refuses the Azure host address", () => {
    for (const address of ["168.63.129.16", "::ffff:168.63.129.16", "::ffff:a83f:8110"]) expect(forbiddenAddressReason(address), address).not.toBeNull();
  });

  it("refuses IPv4-mapped and NAT64 addresses that embed a private IPv4, in every spelling", () => {
    for (const address of [
      "::ffff:10.0.0.1",
      "::ffff:a00:1",
      "0:0:0:0:0:ffff:a00:1",
      "::ffff:192.168.1.1",
      "::ffff:169.254.169.254",
      "::ffff:0:127.0.0.1",
      "[::ffff:7f00:1]",
      "64:ff9b::10.0.0.1",
      "64:ff9b::a00:1",
      "64:ff9b:0:0:0:0:a9fe:a9fe",
      "64:ff9b::127.0.0.1",
      "64:ff9b::192.168.0.1",
    ])
      expect(forbiddenAddressReason(address), address).not.toBeNull();
  });

  it("lets public addresses through", () => {
    for (const address of [
      "93.184.216.34",
      "1.1.1.1",
      "172.32.0.1",
      "100.128.0.1",
      "2606:4700:4700::1111",
      "168.63.129.17",
      "2003::1",
      "100:0:0:1::1",
      "64:ff9b:2::1",
    ]) {
      expect(forbiddenAddressReason(address), address).toBeNull();
    }
  });

  it("checks URLs after resolution, unless host:port is allow-listed", async () => {
    await expect(assertPublicUrl("http://169.254.169.254/latest/meta-data")).rejects.toThrow(SsrfRefusal);
    await expect(assertPublicUrl("http://[fd00:ec2::254]/")).rejects.toThrow(/RINGWATCH_WEBHOOK_ALLOW_HOSTS/);
    await expect(assertPublicUrl("http://localhost:9000/hook", configFrom({}))).rejects.toThrow(/localhost:9000/);
    await expect(assertPublicUrl("http://2130706433/", configFrom({}))).rejects.toThrow(SsrfRefusal);
    await expect(assertPublicUrl("ftp://example.com/")).rejects.toThrow(/http or https/);
    await expect(assertPublicUrl("http://user:pw@example.com/")).rejects.toThrow(/user name/);
    await expect(assertPublicUrl("http://127.0.0.1:9000/hook", configFrom({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: "127.0.0.1:9000" }))).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl("http://127.0.0.1:9001/hook", configFrom({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: "127.0.0.1:9000" }))).rejects.toThrow(SsrfRefusal);
  });
});
