// The benchmark's images: a pool of distinct JPEG photos-alike between 96 KB and 2.6 MB, made once and kept on disk.
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const minBytes = 96 * 1024;
export const maxBytes = Math.round(2.6 * 1024 * 1024);

/** Smooth shapes under fine grain, like a photo: JPEG sizes then grow with the pixel count. */
async function photoLike(width: number, height: number): Promise<Buffer> {
  const coarse = await sharp(randomBytes(16 * 12 * 3), { raw: { width: 16, height: 12, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  const grain = randomBytes(width * height * 3);
  for (let i = 0; i < coarse.length; i++) coarse[i] = Math.min(255, Math.max(0, coarse[i]! + (grain[i]! % 48) - 24));
  return sharp(coarse, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** `count` distinct JPEGs with sizes spread evenly over [96 KB, 2.6 MB], from `dir` when already made. */
export async function imagePool(dir: string, count: number): Promise<{ path: string; bytes: Buffer }[]> {
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir)
    .filter((f) => f.endsWith('.jpg'))
    .sort();
  if (existing.length < count) {
    const probe = await photoLike(1000, 750);
    const bytesPerPixel = probe.length / (1000 * 750);
    for (let i = existing.length; i < count; i++) {
      const target = minBytes + ((maxBytes - minBytes) * (i + 0.5)) / count;
      for (;;) {
        const pixels = (target / bytesPerPixel) * (0.9 + randomInt(200) / 1000);
        const width = Math.round(Math.sqrt((pixels * 4) / 3));
        const image = await photoLike(width, Math.round((width * 3) / 4));
        if (image.length >= minBytes && image.length <= maxBytes) {
          writeFileSync(join(dir, `${String(i).padStart(5, '0')}.jpg`), image);
          break;
        }
      }
    }
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jpg'))
    .sort()
    .slice(0, count)
    .map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) }));
}
