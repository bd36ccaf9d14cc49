import { isSameOriginPath } from "@/core/auth/sameOriginUrl";

export const DEFAULT_LANDING_PATH = "/overview";
/**
 * Request header carrying the path being requested, set by the proxy (proxy.ts) when present, so a
 * server layout can send the user back to the same page after sign-in. Layouts get no pathname otherwise.
 */
export const REQUEST_PATH_HEADER = "x-ringwatch-path";

/** Only same-origin paths: `https://evil.example`, `//evil.example` or `/\t/evil.example` must not redirect off-site. */
export function safeCallbackUrl(raw: string | null | undefined): string {
  if (!raw || !isSameOriginPath(raw)) return DEFAULT_LANDING_PATH;
  if (raw === "/login" || raw.startsWith("/login?") || raw.startsWith("/api/")) return DEFAULT_LANDING_PATH;
  return raw;
}

export function loginUrl(returnTo: string | null | undefined): string {
  if (!returnTo) return "/login";
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackUrl(returnTo))}`;
}
