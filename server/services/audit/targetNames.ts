/** How the log names each kind of target (the migration that added target_name backfills the same). */
export const releaseName = (r: { component: string; version: string }) => `${r.component} ${r.version}`;

export const deploymentName = releaseName;

export const anomalyName = (a: { kind: string; ring: string; component: string; version: string }) => `${a.kind} in ${a.ring} (${releaseName(a)})`;

/** A webhook by where it posts, without the path: a chat webhook's URL is its credential. */
export function webhookName(w: { format: string; url: string }): string {
  return `${w.format} → ${urlHost(w.url)}`;
}

function urlHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "(invalid URL)";
  }
}

/** The URL as the log may show it: scheme and host, and `/…` where a path or query (maybe a token) was. */
export function redactedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "(invalid URL)";
  }
  const hidden = parsed.pathname !== "/" || parsed.search !== "" ? "/…" : "";
  return `${parsed.protocol}//${parsed.host}${hidden}`;
}
