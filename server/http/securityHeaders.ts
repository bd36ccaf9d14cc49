import type { IncomingMessage, ServerResponse } from "node:http";
import { appConfig } from "../config";

/** Two years, the preload list's minimum; sent only over https, where browsers honour it. */
const HSTS_MAX_AGE_SEC = 2 * 365 * 24 * 60 * 60;

/**
 * Nonce-less on purpose: Next inlines its bootstrap and RSC payload scripts and the root layout
 * inlines the theme script, so scripts need 'unsafe-inline'. A nonce would force every page to be
 * rendered per request and threaded through the layout; 'self' still refuses any other origin's
 * scripts, and frame-ancestors/object-src/base-uri/form-action hold without a nonce.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The one header set every answer carries: Next's pages and routes, and the hot paths. */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    ...(https ? { "strict-transport-security": `max-age=${HSTS_MAX_AGE_SEC}; includeSubDomains` } : {}),
  };
}

/** Over https when a TLS-terminating proxy says so, or when the operator's public URL is https. */
export function servedOverHttps(forwardedProto: string | string[] | undefined, publicUrl: string | undefined): boolean {
  const proto = (Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto)?.split(",")[0].trim().toLowerCase();
  return proto === "https" || (publicUrl ?? "").toLowerCase().startsWith("https://");
}

/**
 * Set on the response before anyone answers it (server/main.ts): Next keeps headers already set
 * when it writes its own, and the hot paths' writeHead merges with them.
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  const headers = securityHeaders({ https: servedOverHttps(req.headers["x-forwarded-proto"], appConfig().RINGWATCH_PUBLIC_URL) });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
