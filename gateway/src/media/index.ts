// The gateway's part of the upload path, in the order a request meets it: admission (a bounded number read at
// once), intake (preflight, sign-in, multipart parsing), forwarding (each file streamed on to the media
// subgraph), and, later, downloads of the stored files. Sizes are media's to judge: see `sizeLimit.ts`.
export { uploadIntake, type UploadLimits } from './intake.ts';
export { forwardUploads, hasUploads } from './forward.ts';
export { mediaFileLookup, mountDownloads, type MediaFileLookup } from './downloads.ts';
