import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { processImage } from './imagePipeline.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/images/${name}`, import.meta.url));

describe('processImage', () => {
  it('refuses a decompression bomb from its header, before decoding it', async () => {
    // 6,000 × 4,000 pixels of one colour: kilobytes on the wire, 72 MB once decoded; the limit is lowered to match.
    const bomb = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    assert.ok(bomb.length < 200_000);
    const result = await processImage({ bytes: bomb, mimeType: 'image/png', maxPixels: 20_000_000 });
    assert.deepEqual(result, { ok: false, reason: 'The image is 6000 × 4000 pixels (24 megapixels), over the limit of 20 megapixels' });
  });

  it('applies the same limit to HEIC, which is decoded outside sharp', async () => {
    const result = await processImage({ bytes: fixture('heic_samplefilehub.heif'), mimeType: 'image/heic', maxPixels: 100_000 });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /640 × 426 pixels .* over the limit of 0\.1 megapixels/);
  });

  it('turns HEIC into JPEG with WebP and JPEG copies', async () => {
    const result = await processImage({ bytes: fixture('heic_samplefilehub.heif'), mimeType: 'image/heic', maxPixels: 100_000_000 });
    assert.ok(result.ok);
    assert.deepEqual(
      result.image.outputs.map((o) => `${o.name} ${o.mimeType} ${o.width}x${o.height}`),
      ['original image/jpeg 640x426', 'w320-webp image/webp 320x213', 'w320-jpeg image/jpeg 320x213'],
    );
  });
});
