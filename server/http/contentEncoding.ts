import { deflateSync, gzipSync } from "node:zlib";

/**
 * Response compression as Next's server negotiates it (the `compression` middleware and its
 * `negotiator`), so a hot path answers a client exactly as Next's route would: gzip, else deflate,
 * else identity, by the client's q-values; codings tie in that order.
 */
const OFFERED = ["gzip", "deflate", "identity"] as const;
type Coding = (typeof OFFERED)[number];

interface Accepted {
  coding: string;
  q: number;
  order: number;
}
interface Priority {
  q: number;
  specific: number;
  order: number;
  index: number;
}

function parseAcceptEncoding(header: string): Accepted[] {
  const parts = header.split(",");
  const accepted: Accepted[] = [];
  parts.forEach((part, order) => {
    const match = /^\s*([^\s;]+)\s*(?:;(.*))?$/.exec(part);
    if (!match) return;
    const qParam = match[2]?.split(";").map((param) => param.trim().split("=")).find(([name]) => name === "q");
    accepted.push({ coding: match[1].toLowerCase(), q: qParam ? parseFloat(qParam[1]) : 1, order });
  });
  // Identity is acceptable unless excluded, at the lowest quality the client names (q=0 counting as 1).
  if (!accepted.some((a) => a.coding === "identity" || a.coding === "*")) {
    accepted.push({ coding: "identity", q: Math.min(1, ...accepted.map((a) => a.q || 1)), order: parts.length });
  }
  return accepted;
}

/** The most specific, then highest, then latest matching entry, as negotiator ranks them. */
function priorityOf(coding: Coding, index: number, accepted: Accepted[]): Priority {
  let best: Priority = { q: 0, specific: 0, order: -1, index };
  for (const entry of accepted) {
    if (entry.coding !== coding && entry.coding !== "*") continue;
    const candidate = { q: entry.q, specific: entry.coding === coding ? 1 : 0, order: entry.order, index };
    if ((best.specific - candidate.specific || best.q - candidate.q || best.order - candidate.order) < 0) best = candidate;
  }
  return best;
}

function preferred(accepted: Accepted[], offered: readonly Coding[]): Coding | undefined {
  const ranked = offered
    .map((coding, index) => ({ coding, priority: priorityOf(coding, index, accepted) }))
    .filter(({ priority }) => priority.q > 0)
    .sort((a, b) => b.priority.q - a.priority.q || b.priority.specific - a.priority.specific || a.priority.order - b.priority.order || a.priority.index - b.priority.index);
  return ranked[0]?.coding;
}

export function negotiateEncoding(acceptEncoding: string | undefined): Coding {
  const accepted = parseAcceptEncoding(acceptEncoding ?? "");
  const choice = preferred(accepted, OFFERED);
  if (choice === "deflate" && preferred(accepted, ["gzip"])) return preferred(accepted, ["gzip", "identity"]) ?? "identity";
  return choice ?? "identity";
}

/** The body to send and its Content-Encoding (none for identity). */
export function encodeBody(acceptEncoding: string | undefined, body: Buffer): { payload: Buffer; contentEncoding?: Coding } {
  const coding = negotiateEncoding(acceptEncoding);
  if (coding === "gzip") return { payload: gzipSync(body), contentEncoding: coding };
  if (coding === "deflate") return { payload: deflateSync(body), contentEncoding: coding };
  return { payload: body };
}
