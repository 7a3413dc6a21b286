import { Histogram } from 'prom-client';
import type { Metrics } from '@zaffa/shared';

const histograms = new WeakMap<Metrics, Histogram>();

/** `media_upload_size_bytes` of a service's registry: each accepted file's size; its sum is the upload volume, its count the files. */
export function uploadSizes(metrics: Metrics): Histogram {
  let histogram = histograms.get(metrics);
  if (!histogram) {
    histogram = new Histogram({
      name: 'media_upload_size_bytes',
      help: 'Size of each accepted upload, in bytes.',
      buckets: [16_384, 65_536, 262_144, 1_048_576, 2_097_152, 4_194_304, 8_388_608, 16_777_216],
      registers: [metrics.registry],
    });
    histograms.set(metrics, histogram);
  }
  return histogram;
}
