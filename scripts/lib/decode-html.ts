/**
 * Turning a saved page's bytes into text the way a browser would, with one deliberate
 * difference: saved pages often declare a single-byte charset while their bytes are UTF-8,
 * so a declared legacy charset loses to UTF-8 when the bytes are valid UTF-8.
 */
import { isAscii, isUtf8 } from 'node:buffer';

/** How far into the file to look for a charset declaration (browsers look at least 1 KB in). */
const PRESCAN_BYTES = 16 * 1024;

export function decodeHtml(bytes: Uint8Array): string {
  const { encoding, start } = readingOf(bytes);
  return decodeAs(encoding, bytes.subarray(start));
}

/** How decodeHtml reads a page: the encoding, and where the text starts (past a byte order mark). */
export interface Reading {
  encoding: string;
  start: number;
}

export function readingOf(bytes: Uint8Array): Reading {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom.encoding, start: bom.length };
  const declared = declaredCharset(bytes);
  if (declared === 'utf-8') return { encoding: 'utf-8', start: 0 };
  const utf8 = isUtf8(bytes);
  if (!declared) return { encoding: utf8 ? 'utf-8' : 'windows-1252', start: 0 };
  // Bytes over 0x7F in valid UTF-8 are multi-byte characters, so the bytes really are UTF-8.
  return { encoding: utf8 && !isAscii(bytes) ? 'utf-8' : declared, start: 0 };
}

/** The bytes as text in `encoding` (a leading byte order mark dropped, as TextDecoder does). */
export function decodeAs(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? repairWindows1252(text) : text;
}

/**
 * Node 20.18.3+ decodes windows-1252 as Latin-1, leaving bytes 0x80–0x9F as C1 control
 * characters (nodejs/node#60888). Browsers map them to these characters (WHATWG
 * index-windows-1252); the five bytes it leaves undefined stay as they are.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * The encoding named by `<meta charset>`, `<meta http-equiv=content-type content="…charset=…">`
 * or an XML declaration, normalised by TextDecoder (so "latin1" → "windows-1252");
 * undefined when absent or unknown to TextDecoder.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label =
    /<meta\b[^>]{0,200}?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head)?.[1] ??
    /<\?xml\b[^>]{0,100}?\bencoding\s*=\s*["']([\w.:-]{1,40})/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page cannot declare itself UTF-16 in ASCII bytes; browsers read that as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}
