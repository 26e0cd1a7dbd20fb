import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../scripts/lib/decode-html';
import { boundMarkup, MAX_PARAGRAPHS } from '../../scripts/lib/bound-markup';
import { decodeWithoutInert, MAX_P_TAGS, stripInertMarkup } from '../../scripts/lib/strip-inert';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(utf8(part)) : part)));
/** Latin-1 bytes of text whose every character is under U+0100. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const PAGE =
  '<html><head><meta charset="utf-8"><title>Fähre <b>fährt</b></title><script>var a = "<p>Überfahrt</p>"; // –</script>' +
  '<script type="application/ld+json">{"headline": "Fähre fährt — wieder"}</script><style>p::before{content:"→"}</style></head>' +
  '<body><!-- „Kommentar“ --><p>„Wir fahren im Juni“, sagte Ilse Marrow.<svg><title>Pfeil →</title></svg></p></body></html>';

describe('decodeWithoutInert', () => {
  it('cuts the bytes of a UTF-8 page where stripInertMarkup cuts its text', () => {
    const page = utf8(PAGE);
    const text = decodeWithoutInert(page);
    expect(text).toBe(stripInertMarkup(decodeHtml(page)));
    expect(text).toBe(
      '<html><head><meta charset="utf-8"><title>Fähre <b>fährt</b></title><script></script>' +
        '<script type="application/ld+json">{"headline": "Fähre fährt — wieder"}</script><style></style></head>' +
        '<body><p>„Wir fahren im Juni“, sagte Ilse Marrow.<svg></svg></p></body></html>',
    );
  });

  it('reads other encodings as decodeHtml does, then cuts the same parts', () => {
    const legacy = latin1('<meta charset="windows-1252"><script>x = "\x93"</script><p>\x93Caf\xe9,\x94 said Ilse Marrow.</p>');
    expect(decodeWithoutInert(legacy)).toBe('<meta charset="windows-1252"><script></script><p>“Café,” said Ilse Marrow.</p>');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from('<!-- x --><p>Fähre</p>', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(decodeWithoutInert(utf16)).toBe('<p>Fähre</p>');
  });

  it('drops a byte order mark only at the start of the text, as the decoder does', () => {
    expect(decodeWithoutInert(bytes([0xef, 0xbb, 0xbf], '<!-- x --><p>Fähre</p>'))).toBe('<p>Fähre</p>');
    // Past a comment the mark is text: cutting the comment must not bring it to the start and drop it.
    const inside = bytes('<!-- x -->', [0xef, 0xbb, 0xbf], '<p>Fähre</p>');
    expect(decodeWithoutInert(inside)).toBe(stripInertMarkup(decodeHtml(inside)));
    expect(decodeWithoutInert(inside)).toBe('\ufeff<p>Fähre</p>');
  });

  it('decodes invalid UTF-8 beside a cut as if nothing were cut', () => {
    // A character's first byte before a comment and its last two after it: joined, they would read as “.
    const page = bytes('<meta charset="utf-8"><p>a', [0xe2], '<!-- x -->', [0x80, 0x9c], 'b</p>');
    expect(decodeWithoutInert(page)).toBe('<meta charset="utf-8"><p>a\ufffd\ufffd\ufffdb</p>');
    expect(decodeWithoutInert(page)).toBe(stripInertMarkup(decodeHtml(page)));
  });
});

describe('stripInertMarkup tag names', () => {
  it('ends a tag name at HTML white space, "/" or ">" only, as the tokenizer does', () => {
    expect(stripInertMarkup('<SCRIPT\tsrc=x>a()</script\n><p>Kept</p>')).toBe('<SCRIPT\tsrc=x></script\n><p>Kept</p>');
    expect(stripInertMarkup('<style/>p{}</STYLE ><p>Kept</p>')).toBe('<style/></STYLE ><p>Kept</p>');
    // A no-break space or a vertical tab is part of the name: not a script, so nothing is cut.
    const named = '<script\u00a0x>a()</script><p>Kept</p><script\vx>b()</script>';
    expect(stripInertMarkup(named)).toBe(named);
  });

  it('finds the end tag of the element it opened, not of another one', () => {
    expect(stripInertMarkup('<script>"</style>"; "</scripts>"</script><p>Kept</p>')).toBe('<script></script><p>Kept</p>');
  });
});

describe('a page of many paragraphs', () => {
  const paragraph = (i: number) => `<p class="x">Paragraph ${i} of the harbour story, said Ilse Marrow.</p>\n`;
  const page = (count: number, before = '') => `<html><body>${before}${Array.from({ length: count }, (_, i) => paragraph(i)).join('')}</body></html>`;
  const paragraphsIn = (html: string) => html.split('<p ').length - 1;

  it(`is cut before its ${MAX_P_TAGS}th <p> tag, never before the paragraphs bound-markup keeps`, () => {
    const long = page(50_000);
    const text = decodeWithoutInert(utf8(long));
    expect(paragraphsIn(text)).toBe(MAX_P_TAGS - 1);
    expect(text.endsWith(paragraph(MAX_P_TAGS - 2))).toBe(true);
    expect(boundMarkup(text)).toBe(boundMarkup(stripInertMarkup(long)));
    expect(paragraphsIn(boundMarkup(text))).toBe(MAX_PARAGRAPHS);
  });

  it('counts <p> tags only outside what it cuts or keeps as text', () => {
    const hidden = `<script>${'<p>in a script</p>'.repeat(MAX_P_TAGS)}</script><title>${'<p>'.repeat(MAX_P_TAGS)}</title><!-- ${'<p>'.repeat(MAX_P_TAGS)} -->`;
    expect(paragraphsIn(decodeWithoutInert(utf8(page(10, hidden))))).toBe(10);
    // <pre>, <param> and <path> are not <p>.
    const lookalikes = '<pre>a</pre><param name=x><path d=x>'.repeat(MAX_P_TAGS);
    expect(decodeWithoutInert(utf8(page(3, lookalikes)))).toBe(page(3, lookalikes));
  });
});
