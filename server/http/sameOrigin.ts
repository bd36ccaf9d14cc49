import { appConfig } from "../config";
import { forbidden } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface RequestOrigins {
  method: string;
  /** The `Origin` header, if any. */
  origin: string | null;
  /** The `Sec-Fetch-Site` header, if any. */
  fetchSite: string | null;
  /** Origins this app is served at: the request's own host, RINGWATCH_PUBLIC_URL, NEXTAUTH_URL. */
  appOrigins: string[];
}

/**
 * A cookie-authenticated mutation must come from one of the app's own pages. Browsers send `Origin`
 * (and `Sec-Fetch-Site`) on every non-GET fetch or form post and a page cannot forge them, so a
 * request that carries neither is not from a browser page of ours either: refused as well.
 */
export function isSameOriginMutation({ method, origin, fetchSite, appOrigins }: RequestOrigins): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (fetchSite !== null && fetchSite.toLowerCase() !== "same-origin") return false;
  if (origin !== null && !appOrigins.includes(origin.toLowerCase())) return false;
  return origin !== null || fetchSite !== null;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return null;
  }
}

const firstValue = (header: string | null) => header?.split(",")[0].trim() || null;

/** What the check reads of a request, whichever server received it. */
export interface OriginSource {
  method: string;
  url: URL;
  header(name: string): string | null;
}

/** The origins the request may come from: its own Host (as a proxy forwarded it) and the configured URLs. */
function appOriginsOf(req: OriginSource): string[] {
  const host = firstValue(req.header("x-forwarded-host")) ?? req.header("host");
  const proto = firstValue(req.header("x-forwarded-proto")) ?? req.url.protocol.replace(/:$/, "");
  const own = host ? originOf(`${proto}://${host}`) : null;
  const { RINGWATCH_PUBLIC_URL, NEXTAUTH_URL } = appConfig();
  return [own, originOf(RINGWATCH_PUBLIC_URL), originOf(NEXTAUTH_URL)].filter((o): o is string => o !== null);
}

/** A 403 for a session-cookie mutation another site's page sent (CSRF); API-key requests never get here. */
export function requireSameOrigin(req: OriginSource): void {
  const origins = { method: req.method, origin: req.header("origin"), fetchSite: req.header("sec-fetch-site"), appOrigins: appOriginsOf(req) };
  if (!isSameOriginMutation(origins)) {
    throw forbidden(
      "A signed-in browser may change data only from Ringwatch's own pages (Origin or Sec-Fetch-Site must be same-origin); scripts use an API key.",
    );
  }
}
