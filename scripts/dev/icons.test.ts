import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PNG_ICONS } from "../../components/ui/appIcons";
import { repoRoot } from "../lib/appServer";
import { ICON_RECORD_PATH, icoSizes, packIco, pngSize, PUBLIC_DIR, rasterIcons, sha256, svgFiles, type IconRecord } from "./iconFiles";

const publicFile = (file: string) => readFileSync(path.join(repoRoot(), PUBLIC_DIR, file));
const record = JSON.parse(publicFile(ICON_RECORD_PATH).toString("utf8")) as IconRecord;

describe("the committed icons (regenerate with `npm run icons`)", () => {
  it("SVG files are exactly what logo.ts draws", () => {
    for (const [file, svg] of Object.entries(svgFiles())) expect(publicFile(file).toString("utf8"), file).toBe(svg);
  });

  it("every raster was rendered from the logo as it is now, at its sizes, and is the file recorded", () => {
    expect(Object.keys(record).sort()).toEqual(
      rasterIcons()
        .map((icon) => icon.path)
        .sort(),
    );
    for (const icon of rasterIcons()) {
      const file = publicFile(icon.path);
      expect(record[icon.path], icon.path).toEqual({ sizes: [...icon.sizes], sourceSha256: sha256(icon.source), fileSha256: sha256(file) });
      if (icon.path.endsWith(".ico")) expect(icoSizes(file)).toEqual([...icon.sizes]);
      else expect(pngSize(file)).toEqual({ width: icon.sizes[0], height: icon.sizes[0] });
    }
  });

  it("lists each PNG icon once", () => {
    expect(new Set(PNG_ICONS.map((icon) => icon.path)).size).toBe(PNG_ICONS.length);
  });
});

describe("packIco", () => {
  it("keeps each PNG whole, with its size and offset in the directory", () => {
    const pngs = [16, 32].map(makePng);
    const ico = packIco(pngs);
    expect(icoSizes(ico)).toEqual([16, 32]);
    const firstOffset = ico.readUInt32LE(6 + 12);
    expect(ico.subarray(firstOffset, firstOffset + pngs[0].length).equals(pngs[0])).toBe(true);
    expect(ico.length).toBe(6 + 2 * 16 + pngs[0].length + pngs[1].length);
  });
});

/** The smallest thing pngSize and packIco read: the signature and an IHDR with the size. */
function makePng(size: number): Buffer {
  const png = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  png.writeUInt32BE(13, 8);
  png.write("IHDR", 12, "ascii");
  png.writeUInt32BE(size, 16);
  png.writeUInt32BE(size, 20);
  return png;
}
