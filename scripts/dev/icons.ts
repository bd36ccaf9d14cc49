/**
 * `npm run icons`: writes the favicon, the app and home-screen icons and public/icons.json from the
 * logo's geometry (components/ui/logo.ts). PNGs are rendered by Playwright's Chromium (already here
 * for the tests), so no image library is needed. Commit what it writes; scripts/dev/icons.test.ts
 * fails when the files no longer match the logo.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { format } from "prettier";
import { repoRoot } from "../lib/appServer";
import { ICON_RECORD_PATH, iconRecord, packIco, PUBLIC_DIR, rasterIcons, svgFiles } from "./iconFiles";

async function renderPng(page: Page, svg: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function main(): Promise<void> {
  const publicDir = path.join(repoRoot(), PUBLIC_DIR);
  mkdirSync(publicDir, { recursive: true });
  const write = (file: string, data: string | Uint8Array) => {
    writeFileSync(path.join(publicDir, file), data);
    console.log(`wrote ${PUBLIC_DIR}${file}`);
  };
  for (const [file, svg] of Object.entries(svgFiles())) write(file, svg);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const written: Record<string, Uint8Array> = {};
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const icon of rasterIcons()) {
      const pngs: Buffer[] = [];
      for (const size of icon.sizes) pngs.push(await renderPng(page, icon.source, size));
      written[icon.path] = icon.path.endsWith(".ico") ? packIco(pngs) : pngs[0];
      write(icon.path, written[icon.path]);
    }
  } finally {
    await browser.close();
  }
  // Formatted as the repository formats JSON, so `prettier --check .` passes on the committed file.
  write(ICON_RECORD_PATH, await format(JSON.stringify(iconRecord(written)), { parser: "json", printWidth: 160 }));
}

await main();
