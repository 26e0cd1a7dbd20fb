import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../scripts/lib/decode-html';
import { atCharacterBoundary, readPage } from '../../scripts/lib/read-page';

const dir = mkdtempSync(join(tmpdir(), 'otr-read-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function saved(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readPage', () => {
  it('reads a page under the limit whole', () => {
    const bytes = utf8('<p>“Soon,” said Ottilie Varga.</p>');
    expect([...readPage(saved('small.html', bytes), 1024)]).toEqual([...bytes]);
  });

  it('reads only the first bytes of a bigger page, never half a character', () => {
    // "é" is two bytes in UTF-8: a limit of 6 would cut the third one in two.
    const file = saved('big.html', utf8('<p>éééé</p>'));
    const bytes = readPage(file, 6);
    expect(bytes).toHaveLength(5);
    // Still valid UTF-8, so the page is not misread as windows-1252.
    expect(decodeHtml(bytes)).toBe('<p>é');
  });
});

describe('atCharacterBoundary', () => {
  it.each([
    ['a whole 3-byte character', utf8('ab€'), 5],
    ['the lead byte of a 3-byte character', utf8('ab€').subarray(0, 3), 2],
    ['two bytes of a 3-byte character', utf8('ab€').subarray(0, 4), 2],
    ['three bytes of a 4-byte character', utf8('a😀').subarray(0, 4), 1],
    ['a whole 4-byte character', utf8('a😀'), 5],
    ['plain ASCII', utf8('abc'), 3],
  ])('keeps %s as it should', (_label, bytes, kept) => {
    expect(atCharacterBoundary(bytes)).toHaveLength(kept);
  });

  it('keeps UTF-16 pages to whole code units', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]);
    expect(atCharacterBoundary(bytes)).toHaveLength(4);
  });
});
