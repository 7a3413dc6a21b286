// The image thread's entry, run by piscina: decoding and encoding stay off the event loop that renews BullMQ's job locks.
import { processImage } from './imagePipeline.ts';

export default processImage;
