/**
 * Characters a URL parser drops or reads as `/` (tab, newline, other C0 controls, backslash), and
 * space: `/\t/evil.example` becomes `//evil.example`, another site. A path holding any is refused.
 */
const AMBIGUOUS = /[\u0000-\u0020\u007f\\]/;

/** A path on this origin: one leading `/` not followed by another `/`, nothing a parser would rewrite. */
export function isSameOriginPath(raw: string): boolean {
  return raw.startsWith("/") && !raw.startsWith("//") && !AMBIGUOUS.test(raw);
}

/**
 * Where sign-in and sign-out may send the browser (next-auth's `callbacks.redirect`): a same-origin
 * path, or an absolute URL on the app's own origin; anything else lands on the base URL.
 */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  if (isSameOriginPath(url)) return `${baseUrl.replace(/\/+$/, "")}${url}`;
  if (AMBIGUOUS.test(url)) return baseUrl;
  try {
    return new URL(url).origin === new URL(baseUrl).origin ? url : baseUrl;
  } catch {
    return baseUrl;
  }
}
