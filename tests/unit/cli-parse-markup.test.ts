import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Event, EventTarget } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseMarkup, withoutListenerTables, withPlainClassAttributes } from '../../scripts/lib/parse-markup';
import { analysePage } from '../../utils/page/analyse-page';

const PAGES = ['tests/fixtures/demo-article.html', 'tests/fixtures/pages/plain-article.html', 'tests/fixtures/pages/home-page.html'];
const URL = 'https://calderledger.example/2031/04/14/ferry.html';

describe('parseMarkup', () => {
  it('builds linkedom nodes without listener tables', () => {
    parseMarkup('<p>Ilse Marrow said so.</p>');
    // Fails when a linkedom release builds nodes another way and the change is no longer made.
    expect(withoutListenerTables()).toBe(true);
  });

  it('leaves nodes their methods: events dispatch, listeners are refused with a reason', () => {
    const document = parseMarkup('<html><body><p id="quote" class="lede">“We sail in June,” said Ilse Marrow.</p></body></html>');
    const p = document.getElementById('quote')!;
    const text = p.firstChild!;
    for (const node of [document, p, text, p.getAttributeNode('class')!]) expect(node).toBeInstanceOf(EventTarget);
    expect(p.getAttribute('class')).toBe('lede');
    expect(text.textContent).toBe('“We sail in June,” said Ilse Marrow.');
    expect(p.dispatchEvent(new Event('click') as unknown as globalThis.Event)).toBe(true);
    expect(() => p.addEventListener('click', () => undefined)).toThrow(/cannot take event listeners/);
    expect(() => p.removeEventListener('click', () => undefined)).not.toThrow();
  });

  it('keeps class attributes as written, as a browser does, with classList in step when used', () => {
    const document = parseMarkup('<p id="lede" class=" story-lede  wide story-lede\n">Ilse Marrow spoke.</p><div id="plain"></div>');
    // Fails when a linkedom release no longer has the accessor the change replaces.
    expect(withPlainClassAttributes()).toBe(true);
    const p = document.getElementById('lede')!;
    expect(p.getAttribute('class')).toBe(' story-lede  wide story-lede\n');
    expect(p.className).toBe(' story-lede  wide story-lede\n');
    expect(document.querySelectorAll('.wide')).toHaveLength(1);

    expect([...p.classList]).toEqual(['story-lede', 'wide']);
    p.classList.add('quoted');
    expect(p.getAttribute('class')).toBe('story-lede wide quoted');
    p.className = 'brief';
    expect([...p.classList]).toEqual(['brief']);
    expect(p.getAttribute('class')).toBe('brief');

    const div = document.getElementById('plain')!;
    expect(div.className).toBe('');
    div.className = 'aside';
    expect(div.getAttribute('class')).toBe('aside');
    expect(div.classList.contains('aside')).toBe(true);
  });

  it('builds no token list while parsing, and keeps one already built in step with a new class attribute', () => {
    const document = parseMarkup('<p id="a" class="lede wide">Ilse Marrow spoke.</p><p id="b">She left.</p>');
    const hasTokenList = (el: Element) =>
      Object.getOwnPropertySymbols(el).some((key) => key.description === 'classList' && (el as unknown as Record<symbol, unknown>)[key]);
    expect(hasTokenList(document.getElementById('a')!)).toBe(false);

    const b = document.getElementById('b')!;
    expect([...b.classList]).toEqual([]);
    const attribute = document.createAttribute('class');
    attribute.value = 'quote aside';
    b.setAttributeNode(attribute);
    expect(b.className).toBe('quote aside');
    expect([...b.classList]).toEqual(['quote', 'aside']);
  });

  it('reads a page as plain linkedom does (gate, extraction and analysis alike)', { timeout: 60_000 }, () => {
    // Plain linkedom, in a process where the listener tables were never dropped.
    const plain = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { readFileSync } from 'node:fs';
         import { parseHTML } from 'linkedom';
         import { analysePage } from './utils/page/analyse-page.ts';
         const pages = ${JSON.stringify(PAGES)};
         console.log(JSON.stringify(pages.map((page) => analysePage(parseHTML(readFileSync(page, 'utf8')).document, ${JSON.stringify(URL)}))));`,
      ],
      { encoding: 'utf8' },
    );
    const lean = PAGES.map((page) => analysePage(parseMarkup(readFileSync(page, 'utf8')), URL));
    expect(lean.filter((analysis) => analysis.report).length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(lean))).toEqual(JSON.parse(plain));
  });
});
