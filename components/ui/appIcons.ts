import { logoSvg, type LogoSvgOptions } from "./logo";

/** A PNG the app ships: its address under public/, its size in pixels and what it is for. */
export interface PngIcon {
  path: string;
  size: number;
  /** `maskable`: full-bleed, for launchers that crop icons to their own shape. */
  purpose: "any" | "maskable";
  /** Listed in the web app manifest (the apple-touch and favicon sizes are not). */
  inManifest: boolean;
}

/** The mark as an SVG file, a favicon that follows the viewer's colour scheme. */
export const SVG_ICON_PATH = "/favicon.svg";
export const APPLE_TOUCH_ICON_PATH = "/apple-touch-icon.png";
export const ICO_PATH = "/favicon.ico";
/** Sizes inside favicon.ico: tab, taskbar and shortcut icons of browsers that do not take the SVG. */
export const ICO_SIZES = [16, 32, 48] as const;

export const PNG_ICONS: readonly PngIcon[] = [
  { path: "/icon-192.png", size: 192, purpose: "any", inManifest: true },
  { path: "/icon-512.png", size: 512, purpose: "any", inManifest: true },
  { path: "/icon-maskable-512.png", size: 512, purpose: "maskable", inManifest: true },
  // iOS rounds the corners itself and shows transparency as black: full-bleed, like a maskable icon.
  { path: APPLE_TOUCH_ICON_PATH, size: 180, purpose: "maskable", inManifest: false },
];

/** The SVG a PNG icon is rendered from. */
export function pngIconSource(icon: Pick<PngIcon, "purpose">): string {
  const options: LogoSvgOptions = { maskable: icon.purpose === "maskable" };
  return logoSvg(options);
}

export function svgIconSource(): string {
  return logoSvg({ followColourScheme: true });
}
