/** Numbers of an anomaly's evidence as analysts read them; rates and counts are formatted by components/ui/rate. */

const SMALLEST_P = 0.0001;
const P_DIGITS = 2;
const LARGE_RISK = 100;
const numberFormat = new Intl.NumberFormat();

const trimZeros = (text: string) => text.replace(/\.0+$/, "").replace(/(\.\d*?)0+$/, "$1");

/** "< 0.0001" for the overwhelming cases, else two significant digits. */
export function formatPValue(p: number): string {
  if (p < SMALLEST_P) return "< 0.0001";
  return String(Number(p.toPrecision(P_DIGITS)));
}

/** "12.4×"; null when the baseline had no affected device, so no ratio exists. */
export function formatRelativeRisk(risk: number | null): string {
  if (risk === null || !Number.isFinite(risk)) return "n/a (no baseline cases)";
  return risk >= LARGE_RISK ? `${numberFormat.format(Math.round(risk))}×` : `${trimZeros(risk.toFixed(1))}×`;
}

/** "osVersion" -> "OS version", "tags.site" -> "tag site", "versions.agent" -> "agent version". */
export function dimensionLabel(dimension: string): string {
  if (dimension === "os") return "OS";
  if (dimension === "osVersion") return "OS version";
  if (dimension.startsWith("tags.")) return `tag ${dimension.slice("tags.".length)}`;
  if (dimension.startsWith("versions.")) return `${dimension.slice("versions.".length)} version`;
  return dimension;
}

/** Expected affected devices: one decimal, because small expectations are the point ("0.1" against 10). */
export const formatExpected = (expected: number) => trimZeros(expected.toFixed(1));

/** "adjusted for OS version", "pooled baseline" when no dimension explained more, or the assumed rate when there was no usable baseline. */
export function adjustmentText(adjustedFor: string | null): string {
  if (adjustedFor === "prior") return "assumed rate: no usable baseline";
  return adjustedFor ? `adjusted for ${dimensionLabel(adjustedFor)}` : "pooled baseline";
}
