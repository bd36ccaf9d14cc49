import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, stampClientAddress, stampedClientAddress, UNKNOWN_ADDRESS } from "./clientAddress";

const request = (remoteAddress: string | undefined, headers: IncomingMessage["headers"]) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe("client address", () => {
  it("is the socket's unless X-Forwarded-For is trusted", () => {
    expect(clientAddress("10.0.0.5", "1.2.3.4", false)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", undefined, true)).toBe("10.0.0.5");
  });

  it("takes the hop the trusted proxy appended, not what the client wrote before it", () => {
    expect(clientAddress("10.0.0.5", "6.6.6.6, 203.0.113.9", true)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.5", ["6.6.6.6", "203.0.113.9 "], true)).toBe("203.0.113.9");
  });

  it("replaces whatever the client sent under the stamp's name", () => {
    const req = request("192.0.2.44", { [CLIENT_ADDRESS_HEADER]: "198.51.100.1", "x-forwarded-for": "198.51.100.1" });
    stampClientAddress(req, false);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.44");
    expect(stampedClientAddress(req.headers[CLIENT_ADDRESS_HEADER])).toBe("192.0.2.44");
  });

  it("shares one address when nothing stamped the request (next dev)", () => {
    expect(stampedClientAddress(null)).toBe(UNKNOWN_ADDRESS);
    expect(stampedClientAddress(undefined)).toBe(UNKNOWN_ADDRESS);
  });
});
