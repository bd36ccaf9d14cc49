/** How the log names each kind of target: the one naming module's words (the migration that added target_name backfilled releases the same). */
import { anomalyName as anomalyLabel, releaseName } from "../../../core/names";

export { releaseName, webhookName } from "../../../core/names";

/** The log names a deployment by its release: where it stands changes after the entry is written. */
export const deploymentName = releaseName;

export const anomalyName = (a: { kind: string; ring: string; component: string; version: string }) => anomalyLabel(a);

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
