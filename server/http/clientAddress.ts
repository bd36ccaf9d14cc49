import type { IncomingMessage } from "node:http";

/**
 * The client's address, as server/main.ts stamps it on every request before anything else reads it:
 * the socket's peer, or the nearest hop of X-Forwarded-For when RINGWATCH_TRUST_FORWARDED_FOR=true
 * (only behind a reverse proxy that appends it; otherwise any client could pick its own address).
 * Next's own X-Forwarded-For keeps a client-sent value, so limits read this header instead.
 */
export const CLIENT_ADDRESS_HEADER = "x-ringwatch-client-address";
/** Without main.ts (`next dev`) nothing stamps requests, and every caller shares this address's limits. */
export const UNKNOWN_ADDRESS = "unknown";

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustForwardedFor: boolean): string {
  if (trustForwardedFor && forwardedFor) {
    const hops = [forwardedFor].flat().join(",").split(",");
    const nearest = hops[hops.length - 1].trim();
    if (nearest) return nearest;
  }
  return socketAddress || UNKNOWN_ADDRESS;
}

export function stampClientAddress(req: IncomingMessage, trustForwardedFor: boolean): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustForwardedFor);
}

export function stampedClientAddress(header: string | string[] | null | undefined): string {
  return (Array.isArray(header) ? header[0] : header) || UNKNOWN_ADDRESS;
}
