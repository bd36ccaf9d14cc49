/**
 * Series colours shared by every chart and legend, so a ring or a version looks the same on every
 * page. Okabe-Ito's colour-blind-safe hues, darkened or lightened where needed so each keeps a 3:1
 * contrast (WCAG 1.4.11) on the white cards and the slate-900 cards of the dark theme. Ordered so
 * that the first five, the rings of a typical setup, are the furthest apart.
 */
export const SERIES_COLORS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#3b9ad9", "#b07d00", "#7b61c9", "#c8485f"] as const;

/** Whatever is not one ring or one version: the baseline, "other versions". */
export const NEUTRAL_SERIES_COLOR = "#7c8799";

/** FNV-1a: a stable, well-spread hash of a string, the same in every browser and on every page. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const byHash = (key: string) => SERIES_COLORS[hash(key) % SERIES_COLORS.length];

/**
 * A ring's colour by its place in the configured rollout order (canary first), so the rings of one
 * setup never share a colour; a ring the configuration does not know falls back to its name.
 */
export function ringColor(ring: string, ringOrder: readonly string[]): string {
  const index = ringOrder.indexOf(ring);
  return index >= 0 ? SERIES_COLORS[index % SERIES_COLORS.length] : byHash(`ring:${ring}`);
}

/** A version's colour follows the version string alone: "7.12.0" is the same hue on every chart. */
export function versionColor(version: string): string {
  return byHash(`version:${version}`);
}
