/**
 * The logo mark's geometry, in one place: the LogoMark component draws it in the app, and
 * scripts/dev/icons.ts writes the favicon, app icons and manifest icons from it (a unit test checks
 * the committed files still match). Concentric rings with a bright core: a rollout reaching the fleet
 * one ring at a time.
 */
export const LOGO_SIZE = 32;
export const LOGO_CENTRE = LOGO_SIZE / 2;
export const LOGO_TILE_RADIUS = 8;
export const LOGO_RING_WIDTH = 2;
/** Outer to inner; the outer ring is the faintest, like a rollout still on its way out. */
export const LOGO_RINGS = [
  { r: 10, opacity: 0.35 },
  { r: 6, opacity: 0.7 },
] as const;
export const LOGO_CORE_RADIUS = 2.5;

/** Tailwind's indigo-600 and indigo-500 (the tile in light and dark themes), as hex for files outside the CSS. */
export const LOGO_TILE_COLOUR = { light: "#4f46e5", dark: "#6366f1" } as const;
/** The app's own background in each theme (slate-50 and slate-950), for the manifest and the browser's bars. */
export const APP_BACKGROUND = { light: "#f8fafc", dark: "#020617" } as const;

export interface LogoSvgOptions {
  /** Square, edge to edge, the rings shrunk into the middle 80%: Android crops maskable icons to any shape. */
  maskable?: boolean;
  /** Switch the tile to the dark-theme colour when the viewer prefers dark (for the favicon). */
  followColourScheme?: boolean;
}

/** Share of a maskable icon that is always shown, whatever shape the launcher crops it to (W3C: a circle of 80%). */
const MASKABLE_SAFE_ZONE = 0.8;

/** The mark as a standalone SVG document. */
export function logoSvg({ maskable = false, followColourScheme = false }: LogoSvgOptions = {}): string {
  const scale = maskable ? MASKABLE_SAFE_ZONE : 1;
  const at = (n: number) => Number((LOGO_CENTRE + (n - LOGO_CENTRE) * scale).toFixed(3));
  const size = (n: number) => Number((n * scale).toFixed(3));
  const style = followColourScheme
    ? `<style>.tile{fill:${LOGO_TILE_COLOUR.light}}@media (prefers-color-scheme:dark){.tile{fill:${LOGO_TILE_COLOUR.dark}}}</style>`
    : "";
  const tile = `<rect class="tile" width="${LOGO_SIZE}" height="${LOGO_SIZE}" rx="${maskable ? 0 : LOGO_TILE_RADIUS}" fill="${LOGO_TILE_COLOUR.light}"/>`;
  const rings = LOGO_RINGS.map(
    ({ r, opacity }) =>
      `<circle cx="${at(LOGO_CENTRE)}" cy="${at(LOGO_CENTRE)}" r="${size(r)}" fill="none" stroke="#fff" stroke-opacity="${opacity}" stroke-width="${size(LOGO_RING_WIDTH)}"/>`,
  );
  const core = `<circle cx="${at(LOGO_CENTRE)}" cy="${at(LOGO_CENTRE)}" r="${size(LOGO_CORE_RADIUS)}" fill="#fff"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LOGO_SIZE} ${LOGO_SIZE}">${style}${tile}${rings.join("")}${core}</svg>\n`;
}
