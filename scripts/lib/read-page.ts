/**
 * Reading a saved page from disk, at most its first MAX_PAGE_BYTES. A page is parsed only up
 * to its first 1,000,000 characters of text anyway (bound-markup.ts); a 10 MB file would
 * cost more to read and decode than the whole rest of the pipeline. The largest page in the
 * dev corpus is about 2.2 MB; tools of this kind commonly refuse files far smaller than
 * this limit (trafilatura's default is 20 MB, for a whole file).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

export function readPage(file: string, maxBytes = MAX_PAGE_BYTES): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buffer.subarray(0, read);
    return read === maxBytes ? atCharacterBoundary(bytes) : bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes without a character cut in two at the end: the decoder would otherwise judge the
 * whole page invalid UTF-8 (and read it as windows-1252) for want of a last byte or two.
 */
export function atCharacterBoundary(bytes: Uint8Array): Uint8Array {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return bytes.subarray(0, bytes.length - (bytes.length % 2));
  // A UTF-8 character is at most 4 bytes: its lead byte is within the last 4.
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}
