import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodeBody, negotiateEncoding } from "./contentEncoding";

// Expectations checked against next/dist/compiled/compression answering the same headers.
describe("negotiateEncoding (as Next's compression negotiates)", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "gzip"],
    ["br", "identity"],
    ["deflate", "deflate"],
    ["deflate, gzip;q=0.5", "gzip"],
    ["*", "gzip"],
    ["gzip;q=0", "identity"],
    ["identity, gzip;q=0.5", "identity"],
    ["GZIP", "gzip"],
    ["identity;q=0", "identity"],
    ["*;q=0.5, gzip;q=0", "deflate"],
    ["*, gzip;q=0.1", "identity"],
    ["br;q=1, identity;q=0.2, *;q=0.3", "gzip"],
  ])("Accept-Encoding %j -> %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it("compresses only when a coding was negotiated", () => {
    const body = Buffer.from(JSON.stringify({ deviceId: "d", ring: "canary", versions: {} }));
    expect(encodeBody(undefined, body)).toEqual({ payload: body });
    const gzipped = encodeBody("gzip", body);
    expect(gzipped.contentEncoding).toBe("gzip");
    expect(gunzipSync(gzipped.payload).equals(body)).toBe(true);
  });
});
