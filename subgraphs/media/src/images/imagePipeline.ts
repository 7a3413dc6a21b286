import { encode as encodeBlurhash } from 'blurhash';
import decodeHeic from 'heic-decode';
import sharp, { type Sharp, type SharpOptions } from 'sharp';

/** What a worker asks of the image thread: the uploaded bytes, their sniffed type, and the decoding limit. */
export interface ImageTask {
  bytes: Uint8Array;
  mimeType: string;
  maxPixels: number;
}

/** One file to store: the cleaned original (`suffix` empty) or a smaller copy. */
export interface ImageOutput {
  name: string;
  suffix: string;
  extension: string;
  mimeType: string;
  width: number;
  height: number;
  data: Uint8Array;
}

export interface ProcessedImage {
  width: number;
  height: number;
  /** The original first. */
  outputs: ImageOutput[];
  blurhash: string;
}

/** A refusal is the image's fault and final; it comes back as a value because errors lose their class between threads. */
export type ImageResult = { ok: true; image: ProcessedImage } | { ok: false; reason: string };

/** Widths of the smaller copies; none wider than the original. */
export const variantWidths = [320, 640, 1280] as const;

type Family = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

/** The web format each accepted type is stored in: its own, except HEIC/HEIF, which browsers cannot show. */
const familyOf: Record<string, Family> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
  'image/heic': 'jpeg',
  'image/heif': 'jpeg',
};

const formats: Record<Family, { extension: string; mimeType: string; encode: (s: Sharp) => Sharp }> = {
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg', encode: (s) => s.jpeg({ quality: 85 }) },
  png: { extension: 'png', mimeType: 'image/png', encode: (s) => s.png({ compressionLevel: 6 }) },
  webp: { extension: 'webp', mimeType: 'image/webp', encode: (s) => s.webp({ quality: 80 }) },
  avif: { extension: 'avif', mimeType: 'image/avif', encode: (s) => s.avif({ quality: 55, effort: 2 }) },
  gif: { extension: 'gif', mimeType: 'image/gif', encode: (s) => s.gif() },
};

class ImageRefused extends Error {}

const megapixels = (pixels: number) => `${Math.round(pixels / 1e5) / 10} megapixels`;

function checkPixels(width: number, height: number, maxPixels: number): void {
  if (width * height > maxPixels) {
    throw new ImageRefused(
      `The image is ${width} × ${height} pixels (${megapixels(width * height)}), over the limit of ${megapixels(maxPixels)}`,
    );
  }
}

/**
 * Decodes the upload once into upright pixels, or (for animations) a way to read it again per output.
 * HEIC/HEIF go through libheif compiled to WebAssembly, since sharp's prebuilt libvips cannot decode HEVC.
 */
async function decode({ bytes, mimeType, maxPixels }: ImageTask): Promise<{ width: number; height: number; source: () => Sharp }> {
  if (mimeType === 'image/heic' || mimeType === 'image/heif') {
    const images = await decodeHeic.all({ buffer: bytes });
    try {
      const first = images[0];
      if (!first) throw new ImageRefused('The HEIC file holds no image');
      checkPixels(first.width, first.height, maxPixels);
      const { width, height, data } = await first.decode();
      const pixels = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      return { width, height, source: () => sharp(pixels, { raw: { width, height, channels: 4 } }) };
    } finally {
      images.dispose();
    }
  }
  const animated = mimeType === 'image/gif' || mimeType === 'image/webp';
  const options: SharpOptions = { failOn: 'warning', limitInputPixels: maxPixels, animated };
  // The header alone says how big the image is; the limit is checked here, with a clearer reason than sharp's.
  const meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  const pages = meta.pages ?? 1;
  const frameHeight = meta.pageHeight ?? meta.height;
  checkPixels(meta.width, frameHeight * pages, maxPixels);
  if (pages > 1) return { width: meta.width, height: frameHeight, source: () => sharp(bytes, options) };
  // Applies the EXIF orientation; pixels carry no metadata, so none of it (GPS, serial numbers) reaches any output.
  const { data, info } = await sharp(bytes, options).autoOrient().raw().toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  return { width: info.width, height: info.height, source: () => sharp(data, { raw }) };
}

async function render(source: Sharp, family: Family, name: string, suffix: string): Promise<ImageOutput> {
  const format = formats[family];
  const { data, info } = await format.encode(source).toBuffer({ resolveWithObject: true });
  return {
    name,
    suffix,
    extension: format.extension,
    mimeType: format.mimeType,
    width: info.width,
    height: info.pageHeight ?? info.height,
    data,
  };
}

async function blurhashOf(source: Sharp): Promise<string> {
  const { data, info } = await source.resize(32, 32, { fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return encodeBlurhash(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height, 4, 3);
}

/** Cleans and compresses one image: the upright, metadata-free original in its web format, smaller copies in WebP and that format, and a blurhash. */
export async function processImage(task: ImageTask): Promise<ImageResult> {
  const family = familyOf[task.mimeType];
  if (!family) return { ok: false, reason: `Images of type ${task.mimeType} are not processed` };
  try {
    const { width, height, source } = await decode(task);
    const outputs = [await render(source(), family, 'original', '')];
    for (const w of variantWidths.filter((w) => w < width)) {
      outputs.push(await render(source().resize({ width: w }), 'webp', `w${w}-webp`, `-w${w}`));
      if (family !== 'webp') outputs.push(await render(source().resize({ width: w }), family, `w${w}-${family}`, `-w${w}`));
    }
    return { ok: true, image: { width, height, outputs, blurhash: await blurhashOf(source()) } };
  } catch (err) {
    if (err instanceof ImageRefused) return { ok: false, reason: err.message };
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
    if (/pixel limit/i.test(detail)) return { ok: false, reason: `The image is over the limit of ${megapixels(task.maxPixels)}` };
    return { ok: false, reason: `The file could not be read as an image: it is damaged or truncated (${detail})` };
  }
}
