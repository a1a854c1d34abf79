import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Draws the ward's emblem (site/assets/emblem.svg, the admin's logo too) as the site's raster icons:
 * /favicon.ico (16, 32 and 48 px PNGs in one ICO, for browsers and tools that ask for it by name) and
 * /assets/apple-touch-icon.png (180 px). Run by hand after the emblem changes (`npm run icons`); the
 * outputs are committed, so the build needs no image tools.
 */
const frontendDir = join(__dirname, '..', '..', '..');
const svg = readFileSync(join(frontendDir, 'site', 'assets', 'emblem.svg'), 'utf8');

/** An ICO file whose images are PNGs (allowed since Windows Vista, read by every current browser). */
function ico(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  try {
    const page = await browser.newPage();
    const draw = async (size: number) => {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    };
    const images = [];
    for (const size of [16, 32, 48]) images.push({ size, png: await draw(size) });
    writeFileSync(join(frontendDir, 'site', 'icons', 'favicon.ico'), ico(images));
    writeFileSync(join(frontendDir, 'site', 'assets', 'apple-touch-icon.png'), await draw(180));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1; // the browser is closed in main's finally; let the process end by itself
});
