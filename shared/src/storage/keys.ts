// How media bytes are laid out in a BlobStorage; the media subgraph, the workers and the gateway's downloads all read it.

/**
 * Where the gateway leaves an upload it has received and checked, until the media subgraph claims it (moves it
 * to `incoming/`); whatever is still here once the request is answered was refused, and is removed.
 */
export const receivedKey = (id: string): string => `received/${id}`;

/** Where an upload waits, under its media id, until a worker has processed it. Never served. */
export const incomingKey = (mediaId: string): string => `incoming/${mediaId}`;

/**
 * A content-addressed blob: in the shard named by the fingerprint's first two hex digits,
 * `ab/abcdef….jpg` for the original and `ab/abcdef…-w640.webp` for a smaller copy.
 */
export const blobKey = (sha1: string, suffix: string, extension: string): string => `${sha1.slice(0, 2)}/${sha1}${suffix}.${extension}`;

const blobKeyPattern = /^([0-9a-f]{2})\/(\1[0-9a-f]{38})(-w[0-9]{1,5})?\.(jpg|png|webp|avif|gif)$/;

/** True for exactly the keys `blobKey` makes: the only files ever served by name. */
export const isBlobKey = (key: string): boolean => blobKeyPattern.test(key);

/** The type each stored extension is served with. */
export const blobMimeTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};
