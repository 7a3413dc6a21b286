// The benchmark's images: `count` distinct JPEG files between 96 KB and 2.6 MB, sizes spread evenly, made once
// and kept on disk. At most one in `stride` is a photo-like image of its own (made with sharp: smooth shapes
// under fine grain); the others are the nearest smaller such image with a JPEG comment naming the file, so
// every file's bytes (and SHA-1) differ and none can be recognised as a repeat.
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const minBytes = 96 * 1024;
export const maxBytes = Math.round(2.6 * 1024 * 1024);

export interface PoolImage {
  path: string;
  bytes: number;
}

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

/** The JPEG with a comment segment (COM, 0xFFFE) right after its start marker: the same image, other bytes. */
const withComment = (jpeg: Buffer, comment: string): Buffer => {
  const text = Buffer.from(comment);
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
};

const writeWhole = (path: string, bytes: Uint8Array) => {
  writeFileSync(`${path}.part`, bytes);
  renameSync(`${path}.part`, path);
};

/** The pool in `dir` (`photos/` and the files made from them), made where missing; `onProgress` hears of each new photo. */
export async function imagePool(dir: string, count: number, stride = 10, onProgress?: (made: number) => void): Promise<PoolImage[]> {
  const photos = join(dir, 'photos');
  mkdirSync(photos, { recursive: true });
  const name = (i: number) => `${String(i).padStart(5, '0')}.jpg`;
  const target = (i: number) => minBytes + ((maxBytes - minBytes) * (i + 0.5)) / count;
  let bytesPerPixel = 0;
  let made = 0;
  for (let i = 0; i < count; i += stride) {
    if (existsSync(join(photos, name(i)))) continue;
    if (!bytesPerPixel) bytesPerPixel = (await photoLike(1000, 750)).length / (1000 * 750);
    for (;;) {
      const pixels = (target(i) / bytesPerPixel) * (0.95 + randomInt(100) / 1000);
      const width = Math.round(Math.sqrt((pixels * 4) / 3));
      const image = await photoLike(width, Math.round((width * 3) / 4));
      if (image.length >= minBytes && image.length <= maxBytes) {
        writeWhole(join(photos, name(i)), image);
        onProgress?.(++made);
        break;
      }
    }
  }
  const pool: PoolImage[] = [];
  let base = '';
  for (let i = 0; i < count; i++) {
    if (existsSync(join(photos, name(i)))) base = join(photos, name(i));
    const path = base.endsWith(name(i)) ? base : join(dir, name(i));
    if (!existsSync(path)) writeWhole(path, withComment(readFileSync(base), `zaffa bench file ${i}`));
    pool.push({ path, bytes: statSync(path).size });
  }
  return pool;
}
