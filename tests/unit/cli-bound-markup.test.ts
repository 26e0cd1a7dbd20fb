import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boundMarkup, MAX_ELEMENTS_BESIDE, MAX_PARAGRAPHS, MAX_PARSER_DEPTH } from '../../scripts/lib/bound-markup';

/** The depth of the deepest element under `root` (root's children are at 1). */
function deepest(root: Element): number {
  let best = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    best = Math.max(best, depth);
    for (const child of Array.from(node.children)) stack.push([child, depth + 1]);
  }
  return best;
}

const ORDINARY = `<!doctype html><html><head><meta charset="utf-8"><title>Ferry <b>talks</b></title>
<script type="application/ld+json">{"headline": "<div><div>"}</script></head>
<body><nav><ul><li><a href="/a?x=1&y=2" title="a > b">Home<li>World<li class='x'>Sport</ul></nav>
<article data-note="</article>"><h1>Ferry talks resume</h1><p>First paragraph, never closed
<p>“We will sail by June,” said Ilse Marrow, the harbour master.<br/><img src=x.png alt=''>
<table><tr><td>1<td>2<tr><td>3</table><svg viewBox="0 0 1 1"><path d="M0"/><title>t</title></svg>
<select><option>a<option>b</select><textarea><div><div></textarea></p></div></span>
<!-- <div> --><![CDATA[ <div> ]]><?php echo '<div>' ?></article></body></html>`;

describe('boundMarkup', () => {
  it('returns an ordinary page as the very same string', () => {
    expect(boundMarkup(ORDINARY)).toBe(ORDINARY);
    // Nesting right up to the limit is ordinary too.
    const atLimit = `<html><body>${'<div>'.repeat(MAX_PARSER_DEPTH - 2)}x${'</div>'.repeat(MAX_PARSER_DEPTH - 2)}</body></html>`;
    expect(boundMarkup(atLimit)).toBe(atLimit);
  });

  it('places an element opened below the limit beside the current one, as Chromium does', () => {
    const ids = Array.from({ length: 520 }, (_, i) => `<div id="d${i}">`).join('');
    const { document } = parseHTML(boundMarkup(`<html><body>${ids}<p>deep text</p>${'</div>'.repeat(520)}<p>after</p></body></html>`));
    const parentOf = (id: string) => (document.getElementById(id)?.parentNode as Element | null)?.getAttribute('id');
    // html, body and d0…d509 make 512 open elements: d510 still nests, d511 and deeper stand beside it.
    expect(parentOf('d510')).toBe('d509');
    expect(parentOf('d511')).toBe('d509');
    expect(parentOf('d519')).toBe('d509');
    expect(document.getElementById('d512')?.previousElementSibling?.getAttribute('id')).toBe('d511');
    expect(document.body.textContent).toBe('deep textafter');
    expect(document.body.lastElementChild?.textContent).toBe('after');
  });

  it('keeps the text that follows deep elements, in order', () => {
    const html = `<html><body>${'<div><span>'.repeat(400)}<p>Deepest words.</p>${'</span></div>'.repeat(400)}<p>Closing words.</p></body></html>`;
    const { document } = parseHTML(boundMarkup(html));
    expect(deepest(document.documentElement)).toBeLessThanOrEqual(MAX_PARSER_DEPTH);
    expect(document.body.textContent).toBe('Deepest words.Closing words.');
    expect(document.body.lastElementChild?.tagName).toBe('P');
  });

  it('cuts a page that goes on opening elements past the limit, keeping what came before', () => {
    const html = `<html><body><h1>Ferry talks</h1>${'<div>'.repeat(100_000)}<p>Deepest words.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const bounded = boundMarkup(html);
    expect(bounded).not.toContain('Deepest words.');
    const { document } = parseHTML(bounded);
    expect(deepest(document.documentElement)).toBeLessThanOrEqual(MAX_PARSER_DEPTH);
    // html, body and 511 divs make 513 open elements, as Chromium allows; then MAX_ELEMENTS_BESIDE beside.
    expect(document.querySelectorAll('div').length).toBe(MAX_PARSER_DEPTH - 1 + MAX_ELEMENTS_BESIDE);
    expect(document.querySelector('h1')?.textContent).toBe('Ferry talks');
  });

  it('caps tags left open (implied ends as htmlparser2 reads them)', () => {
    const html = `<html><body><article>${'<p><b><i><span><a href="#">'.repeat(150)}“Open,” said Ilse Marrow.</article><p>Next</p></body></html>`;
    const { document } = parseHTML(boundMarkup(html));
    expect(deepest(document.documentElement)).toBeLessThanOrEqual(MAX_PARSER_DEPTH);
    expect(document.querySelector('article')?.textContent).toBe('“Open,” said Ilse Marrow.');
    expect(document.body.lastElementChild?.textContent).toBe('Next');
  });
});

describe('boundMarkup text cap', () => {
  it('cuts a page after its first maxText characters of text, markup kept whole before that', () => {
    const html = `<html><body><h1>Ferry talks</h1>${'<p>Ilse Marrow said the ferry would sail.</p>'.repeat(100)}</body></html>`;
    const cut = boundMarkup(html, { maxText: 400 });
    expect(html.startsWith(cut)).toBe(true);
    const { document } = parseHTML(cut);
    const text = document.body.textContent ?? '';
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text.length).toBeGreaterThan(350);
    expect(document.querySelector('h1')?.textContent).toBe('Ferry talks');
  });

  it('cuts inside one long run of text, never between the halves of a surrogate pair', () => {
    const html = `<p>${'😀'.repeat(1_000)}</p>`;
    const cut = boundMarkup(html, { maxText: 101 });
    expect(cut).toBe(`<p>${'😀'.repeat(50)}`);
  });
});

describe('boundMarkup paragraph cap', () => {
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>Ilse Marrow said the ferry would sail on day ${i}.</p>`).join('\n');

  it('keeps a page of up to maxParagraphs paragraphs as it is', () => {
    const html = `<html><body><article><h1>Ferry talks</h1>${paragraphs(MAX_PARAGRAPHS)}</article></body></html>`;
    expect(boundMarkup(html)).toBe(html);
  });

  it('cuts a page before its first paragraph over the cap, keeping the markup before it whole', () => {
    const html = `<html><body><article><h1>Ferry talks</h1>${paragraphs(30)}</article><footer>Harbour news</footer></body></html>`;
    const cut = boundMarkup(html, { maxParagraphs: 12 });
    expect(html.startsWith(cut)).toBe(true);
    expect(cut.endsWith('day 11.</p>\n')).toBe(true);
    const { document } = parseHTML(cut);
    expect(document.querySelectorAll('p').length).toBe(12);
    expect(document.querySelector('h1')?.textContent).toBe('Ferry talks');
  });

  it('counts paragraphs however they are written, and nothing else', () => {
    const html = `<P>One<p class="x">Two</p><div>Not one</div><pre>Nor this</pre><p>Three`;
    expect(parseHTML(boundMarkup(html, { maxParagraphs: 2 })).document.querySelectorAll('p').length).toBe(2);
    expect(boundMarkup(html, { maxParagraphs: 3 })).toBe(html);
  });

  it('applies past the nesting limit too', () => {
    const html = `<html><body>${'<div>'.repeat(10)}${paragraphs(5)}${'</div>'.repeat(10)}</body></html>`;
    const { document } = parseHTML(boundMarkup(html, { maxDepth: 5, maxParagraphs: 3 }));
    expect(document.querySelectorAll('p').length).toBe(3);
    expect(deepest(document.documentElement)).toBeLessThanOrEqual(5);
  });
});

describe('boundMarkup on odd markup', () => {
  it('reads tags named like object properties as any other tag', () => {
    const html = '<html><body><constructor><tostring>Ilse Marrow said so.</tostring></constructor></body></html>';
    expect(boundMarkup(html)).toBe(html);
    expect(parseHTML(boundMarkup(html, { maxDepth: 2 })).document.body.textContent).toBe('Ilse Marrow said so.');
  });

  it('reads a raw-text element past the limit as text', () => {
    const html = `<html><body>${'<div>'.repeat(20)}<textarea>${'<div>'.repeat(50)}</textarea>${'</div>'.repeat(20)}</body></html>`;
    const { document } = parseHTML(boundMarkup(html, { maxDepth: 5 }));
    expect(deepest(document.documentElement)).toBeLessThanOrEqual(5);
    expect(document.querySelector('textarea')?.textContent).toBe('<div>'.repeat(50));
  });
});
