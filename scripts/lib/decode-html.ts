/**
 * Turning a saved page's bytes into text the way a browser would, with one deliberate
 * difference: saved pages often declare a single-byte charset while their bytes are UTF-8,
 * so a declared legacy charset loses to UTF-8 when the bytes are valid UTF-8.
 */

/** How far into the file to look for a charset declaration (browsers look at least 1 KB in). */
const PRESCAN_BYTES = 16 * 1024;

export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const declared = declaredCharset(bytes);
  if (declared === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  const utf8 = strictUtf8(bytes);
  if (!declared) return utf8 ?? decodeAs('windows-1252', bytes);
  // Fewer characters than bytes: the text has multi-byte sequences, so the bytes really are UTF-8.
  return utf8 !== undefined && utf8.length < bytes.length ? utf8 : decodeAs(declared, bytes);
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
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

/** The bytes as UTF-8, or undefined when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
