import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../scripts/lib/decode-html';

const page = (head: string, body: string) => `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
/** windows-1252 bytes for text whose characters are all in that code page. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, '—': 0x97, '€': 0x80 };
  return Uint8Array.from(Array.from(text), (ch) => special[ch] ?? ch.charCodeAt(0));
}
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeHtml', () => {
  const body = '“Café owners’ union” — rent up 12 € a month';

  it('reads a windows-1252 page by its <meta charset>', () => {
    const html = decodeHtml(windows1252(page('<meta charset="windows-1252">', body)));
    expect(html).toContain(body);
  });

  it('reads the http-equiv form of the declaration, and iso-8859-1 as windows-1252 (as browsers do)', () => {
    const html = decodeHtml(windows1252(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', body)));
    expect(html).toContain(body);
  });

  it('prefers UTF-8 when a page declares iso-8859-1 but its bytes are UTF-8', () => {
    const html = decodeHtml(utf8(page('<meta charset="iso-8859-1">', body)));
    expect(html).toContain(body);
  });

  it('honours a byte-order mark over any declaration', () => {
    const bytes = utf8(page('<meta charset="windows-1252">', body));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeHtml(withBom)).toContain(body);
    expect(decodeHtml(withBom).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads an undeclared page as UTF-8 when it can, else as windows-1252', () => {
    expect(decodeHtml(utf8(page('', body)))).toContain(body);
    expect(decodeHtml(windows1252(page('', body)))).toContain(body);
  });

  it('ignores unknown labels', () => {
    expect(declaredCharset(utf8(page('<meta charset="klingon-8">', 'x')))).toBeUndefined();
    expect(decodeHtml(utf8(page('<meta charset="klingon-8">', body)))).toContain(body);
  });

  it('finds the declaration past the first kilobyte', () => {
    const head = `<meta name="description" content="${'x'.repeat(5000)}"><meta charset="windows-1252">`;
    expect(declaredCharset(windows1252(page(head, body)))).toBe('windows-1252');
  });
});
