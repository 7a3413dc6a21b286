// The gateway's part of the upload path, in the order a request meets it: admission (a fair, bounded line and a
// bounded number read at once), intake (preflight, sign-in, multipart parsing, each file checked and stored in
// the shared store as it arrives, handed to media as a signed reference), resumable uploads (tus), and
// downloads of the stored files.
export { uploadIntake, type UploadIntakeOptions } from './intake.ts';
export { mountResumableUploads, type ResumableOptions } from './resumable.ts';
export { mediaFileLookup, mountDownloads, type MediaFileLookup } from './downloads.ts';
