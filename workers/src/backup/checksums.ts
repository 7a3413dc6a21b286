import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The hex digest of a file's bytes, read as a stream. */
export async function fileDigest(path: string, algorithm: 'sha1' | 'sha256'): Promise<string> {
  const hash = createHash(algorithm);
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** `sha256sum`'s format, so a set can be checked by hand: `sha256sum -c SHA256SUMS`. */
export const formatChecksums = (entries: { path: string; sha256: string }[]) => entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');

export const parseChecksums = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      if (!match) throw new Error(`not a checksum line: ${JSON.stringify(line)}`);
      return { sha256: match[1]!, path: match[2]! };
    });
