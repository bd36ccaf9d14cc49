/**
 * What `npm run icons` writes, minus the rendering: the SVG files word for word, and for each PNG
 * (and favicon.ico) the SVG it is rendered from, whose hash goes into public/icons.json. The unit
 * test recomputes all of it from components/ui/logo.ts, so the committed icons cannot drift.
 */
import { createHash } from "node:crypto";
import { ICO_PATH, ICO_SIZES, PNG_ICONS, pngIconSource, SVG_ICON_PATH, svgIconSource } from "../../components/ui/appIcons";

export const PUBLIC_DIR = "public";
export const ICON_RECORD_PATH = "/icons.json";

/** A raster file and the SVG each of its images comes from. */
export interface RasterIcon {
  path: string;
  sizes: readonly number[];
  source: string;
}

export function svgFiles(): Record<string, string> {
  return { [SVG_ICON_PATH]: svgIconSource() };
}

export function rasterIcons(): RasterIcon[] {
  return [
    ...PNG_ICONS.map((icon) => ({ path: icon.path, sizes: [icon.size], source: pngIconSource(icon) })),
    { path: ICO_PATH, sizes: ICO_SIZES, source: pngIconSource({ purpose: "any" }) },
  ];
}

export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** public/icons.json: which source each raster was made from, and the hash of the file written. */
export type IconRecord = Record<string, { sizes: number[]; sourceSha256: string; fileSha256: string }>;

export function iconRecord(files: Record<string, Uint8Array>): IconRecord {
  return Object.fromEntries(
    rasterIcons().map((icon) => [icon.path, { sizes: [...icon.sizes], sourceSha256: sha256(icon.source), fileSha256: sha256(files[icon.path]) }]),
  );
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (it always comes first, right after the signature). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const ICO_HEADER_BYTES = 6;
const ICO_ENTRY_BYTES = 16;

/** An .ico holding PNG images (allowed since Windows Vista, read by every current browser). */
export function packIco(pngs: readonly Uint8Array[]): Buffer {
  const header = Buffer.alloc(ICO_HEADER_BYTES);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = ICO_HEADER_BYTES + ICO_ENTRY_BYTES * pngs.length;
  const entries = pngs.map((png) => {
    const { width, height } = pngSize(png);
    const entry = Buffer.alloc(ICO_ENTRY_BYTES);
    entry.writeUInt8(width >= 256 ? 0 : width, 0);
    entry.writeUInt8(height >= 256 ? 0 : height, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** The sizes of the images inside an .ico, from its directory. */
export function icoSizes(ico: Uint8Array): number[] {
  const bytes = Buffer.from(ico);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => bytes.readUInt8(ICO_HEADER_BYTES + i * ICO_ENTRY_BYTES) || 256);
}
