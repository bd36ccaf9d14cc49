import { deflateSync, gzipSync } from "node:zlib";
import Negotiator from "negotiator";

/**
 * Response compression as Next's server negotiates it (its compiled `compression` middleware, on
 * `negotiator`), so a hot path answers a client exactly as Next's route would: gzip, else deflate,
 * else identity, by the client's q-values.
 */
const OFFERED = ["gzip", "deflate", "identity"] as const;
type Coding = (typeof OFFERED)[number];

export function negotiateEncoding(acceptEncoding: string | undefined): Coding {
  const negotiator = new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? "" } });
  const choice = negotiator.encoding([...OFFERED]) as Coding | undefined;
  // As `compression` does: a client that accepts gzip gets it rather than deflate, whatever the order.
  if (choice === "deflate" && negotiator.encoding(["gzip"])) return (negotiator.encoding(["gzip", "identity"]) as Coding | undefined) ?? "identity";
  return choice ?? "identity";
}

/** The body to send and its Content-Encoding (none for identity). */
export function encodeBody(acceptEncoding: string | undefined, body: Buffer): { payload: Buffer; contentEncoding?: Coding } {
  const coding = negotiateEncoding(acceptEncoding);
  if (coding === "gzip") return { payload: gzipSync(body), contentEncoding: coding };
  if (coding === "deflate") return { payload: deflateSync(body), contentEncoding: coding };
  return { payload: body };
}
