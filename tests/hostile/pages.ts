/**
 * Hostile and broken pages, generated in code (nothing is stored): pages built to freeze or
 * crash an analyser, or to smuggle markup into the extension's own pages. Each is wrapped in
 * an otherwise ordinary invented article, so that the gate lets it through and the extractor
 * and analyser really read the hostile part.
 *
 * Used by the unit tests (tests/unit/hostile-pages.test.ts: no exception, a report the
 * background accepts), the browser test (tests/e2e/hostile.test.ts: the panel and reading log
 * show page text as text) and the benchmark (scripts/bench-hostile.ts: time per page).
 */

export interface HostilePage {
  /** Short, unique, usable in a URL path. */
  name: string;
  /** What the page does to the reader of it. */
  attack: string;
  /**
   * The page's bytes, to be served as `text/html` without a charset, so that the page's own
   * declaration (right or wrong) is what the browser reads. Built on demand: some are 10 MB.
   */
  bytes(): Uint8Array;
}

/** Script-injection strings a page can carry as text: each must reach the reader as these characters. */
export const INJECTIONS = {
  img: '<img src=x onerror="document.title=\'pwned\'">',
  script: '</script><script>document.title="pwned"</script>',
  template: '{{constructor.constructor("document.title=1")()}}',
  javascriptUrl: 'javascript:document.title="pwned"',
  svg: '<svg onload="document.title=1"></svg>',
  entity: '&lt;b&gt;still text&lt;/b&gt;',
} as const;

/** The headline of the injection page, as the reader must see it: every character literal. */
export const INJECTION_HEADLINE = `Harbour vote ${INJECTIONS.img} delayed ${INJECTIONS.template}`;
/** The speaker of the injection page's first quote, whose name carries markup. */
export const INJECTION_SPEAKER = 'Ottilie Varga';

const SIZE_10_MB = 10 * 1024 * 1024;

/** The escaping a page author would use to show `text` as text in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Ordinary paragraphs of an invented story: real attribution work for the analyser. */
const STORY = [
  '“We will reopen the pier by June,” said Ottilie Varga, the harbour master of Brackwater.',
  'The Brackwater Ferry Company said in a statement that repairs would cost about 4 million crowns.',
  'A council engineer, who spoke on condition of anonymity because the survey has not been published, said the pilings were rotten.',
  'Councillor Ansel Mbeki denied that the council had ignored earlier warnings about the pier.',
  'A spokesman for the regional transport office declined to comment on the timetable.',
  '“Nobody told us anything,” said Harriet Osei, who runs a café at the end of the pier.',
];

interface ArticleParts {
  /** Names the article's canonical address, so each page is its own record in the reading log. */
  slug: string;
  /** The page's charset declaration, first in its head. */
  charset?: string;
  /** The href of its canonical link (by default canonicalOf(slug)). */
  canonical?: string;
  title?: string;
  headline?: string;
  /** Extra markup for <head>. */
  head?: string;
  /** The article body's markup; the ordinary story follows it. */
  body: string;
  /** Markup after </article>. */
  after?: string;
}

/** An invented news article around a hostile body: og:type, a dated URL, an <article>, a byline. */
function article(parts: ArticleParts): string {
  const { slug, charset = '<meta charset="utf-8">', title = 'Brackwater pier to close for repairs', headline = title } = parts;
  const { head = '', body, after = '' } = parts;
  return [
    `<!doctype html><html lang="en"><head>${charset}`,
    `<title>${escapeHtml(title)}</title>`,
    '<meta property="og:type" content="article">',
    '<meta property="article:published_time" content="2031-05-06T08:00:00Z">',
    `<link rel="canonical" href="${escapeHtml(parts.canonical ?? canonicalOf(slug))}">`,
    head,
    '</head><body><article>',
    `<h1>${escapeHtml(headline)}</h1><p class="byline">By Wren Halvorsen</p>`,
    body,
    ...STORY.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</article>',
    after,
    '</body></html>',
  ].join('');
}

/** The canonical address of the hostile page `name`. */
export function canonicalOf(name: string): string {
  return `https://brackwater-courier.example/2031/05/06/${name}.html`;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Repeats `unit` until the result is at least `chars` long. */
function filled(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length));
}

function page(name: string, attack: string, build: (slug: string) => string): HostilePage {
  return { name, attack, bytes: () => utf8(build(name)) };
}

/** A paragraph of one hostile run inside a sentence that is otherwise ordinary. */
function runParagraph(run: string): string {
  return `<p>${escapeHtml(`The clerk said ${run} and then the meeting ended.`)}</p>`;
}

/** How deep the deep-nesting page's script nests elements (see there). */
const SCRIPTED_DEPTH = 5_000;

// A sentence of varied words for the large pages, with an attribution in it.
const SENTENCE = 'Officials said the harbour wall, built in 1931, had moved again overnight. ';

export const HOSTILE_PAGES: readonly HostilePage[] = [
  // ---- sheer size
  page('huge-paragraph', '10 MB of text in one paragraph', (slug) =>
    article({ slug, body: `<p>${filled(SENTENCE, SIZE_10_MB)}</p>` }),
  ),
  page('fifty-thousand-paragraphs', '50,000 paragraphs', (slug) =>
    article({ slug, body: Array.from({ length: 50_000 }, (_, i) => `<p>Paragraph ${i}: ${SENTENCE}</p>`).join('') }),
  ),
  page('deep-nesting', '100,000-deep nested elements as parsed, and as deep as the browser renders by script', (slug) =>
    article({
      slug,
      body: `${'<div>'.repeat(100_000)}<p>${SENTENCE}</p>${'</div>'.repeat(100_000)}`,
      // Browsers flatten parsed nesting past a few hundred levels, but a script can nest
      // without limit. Chromium itself crashes laying out 10,000 nested spans (5,000 when
      // blocks and inlines alternate), so the script goes as deep as a page can and still be shown.
      after:
        '<script>let el = document.querySelector("article");' +
        `for (let i = 0; i < ${SCRIPTED_DEPTH}; i++) { const d = document.createElement("span"); el.appendChild(d); el = d; }` +
        `el.textContent = ${JSON.stringify(SENTENCE)};</script>`,
    }),
  ),

  // ---- quotation marks and cues
  page('million-quotes', '1,000,000 quote marks', (slug) =>
    article({ slug, body: `<p>He said ${'"“”«»'.repeat(200_000)} then left.</p>` }),
  ),
  page('unbalanced-quotes', 'a quote opened in every paragraph and never closed', (slug) =>
    article({ slug,
      body: Array.from({ length: 3_000 }, (_, i) => `<p>“Paragraph ${i} opens a quote, said Varga, and never closes it. ${SENTENCE}</p>`).join(''),
    }),
  ),
  page('hundred-thousand-said', '100,000 "said"', (slug) => article({ slug, body: `<p>${'said '.repeat(100_000)}</p>` })),
  page('said-sentences', '100,000 short attributed sentences', (slug) =>
    article({ slug, body: `<p>${'Varga said so. '.repeat(100_000)}</p>` }),
  ),

  // ---- runs aimed at the patterns (capitals, initials, dots, spaces, dashes, apostrophes)
  ...(
    [
      ['capitals-run', 'a 200,000-letter run of capitals', 'A'.repeat(200_000)],
      ['capitalised-words', '50,000 capitalised words in a row', 'Ottilie '.repeat(50_000)],
      ['initials-run', '50,000 initials in a row', 'A. '.repeat(50_000)],
      ['initialism-run', 'one 100,000-character initialism', 'U.S.'.repeat(25_000)],
      ['dots-run', '200,000 dots', '.'.repeat(200_000)],
      ['spaces-run', '200,000 mixed spaces inside a sentence', ' \u00a0\t\u2009'.repeat(50_000)],
      ['dashes-run', '200,000 dashes of every kind', '-–—‐'.repeat(50_000)],
      ['apostrophes-run', '200,000 apostrophes and primes', "'’‘′".repeat(50_000)],
      ['titles-run', '30,000 titles in a row', 'Mr. Dr. Gen. Sen. '.repeat(7_500)],
      ['commas-run', '200,000 commas and brackets', ', ( ) '.repeat(33_000)],
      ['according-run', '20,000 "according to"', 'according to '.repeat(20_000)],
      ['declined-run', '20,000 "declined to comment"', 'declined to comment, '.repeat(20_000)],
      ['hyphenated-name', 'a name of 20,000 hyphenated parts', `${'Varga-'.repeat(20_000)}Osei said`],
      ['long-word', 'a 500,000-letter word', 'x'.repeat(500_000)],
    ] as const
  ).map(([name, attack, run]) => page(name, attack, (slug) => article({ slug, body: runParagraph(run) }))),

  // ---- invisible, bidirectional and astral characters
  page('zero-width', 'zero-width characters between every letter, and as whole paragraphs', (slug) =>
    article({ slug,
      body:
        `<p>${[...'“The pier is safe,” said Ottilie Varga.'].join('\u200b\u200c\u200d\u2060\ufeff')}</p>` +
        `<p>${'\u200b\u200d\u2060\ufeff\u00ad'.repeat(40_000)}</p>`,
    }),
  ),
  page('rtl-mixed', 'right-to-left, bidi overrides and mixed scripts', (slug) =>
    article({ slug,
      body:
        '<p dir="rtl">«الرصيف آمن»، قال أحمد الحربي، مدير الميناء. \u202eSaid Varga evil\u202c</p>' +
        '<p>“Мы откроем пирс,” said Ёлка Варга; 港口主任王芳说：“码头是安全的。” אמר דוד לוי</p>' +
        `<p>${'\u202e\u202d\u2066\u2067\u2068\u2069\u200e\u200f'.repeat(25_000)}</p>`,
    }),
  ),
  page('emoji', 'emoji in names and quotes, long emoji runs', (slug) =>
    article({ slug,
      body:
        '<p>“The pier 🏗️ is safe 👍🏽,” said Ottilie 👩‍👩‍👧‍👦 Varga 🇳🇴.</p>' +
        `<p>${'👩‍👩‍👧‍👦🏳️‍🌈🇳🇴'.repeat(20_000)} said Varga.</p>`,
    }),
  ),

  // ---- broken markup and charsets
  page('unclosed-tags', 'thousands of tags never closed', (slug) =>
    article({ slug, body: `${'<p><b><i><span><a href="#">'.repeat(5_000)}“Open,” said Ottilie Varga.` }),
  ),
  page('conditional-comments', 'stray and unclosed conditional comments', (slug) =>
    article({ slug,
      head: '<!--[if lt IE 9]><script src="x.js"></script><![endif]-->',
      body:
        '<![endif]--><p>“A stray end,” said Ottilie Varga.</p><![endif]-->'.repeat(2_000) +
        '<!--[if IE]><p>Half a comment that never ends',
    }),
  ),
  page('wrong-charset-utf16', 'declares UTF-16 while its bytes are UTF-8', (slug) =>
    article({ slug, charset: '<meta charset="utf-16">', body: '<p>“Ça va,” said Zoë Ångström.</p>' }),
  ),
  page('wrong-charset-latin1', 'declares windows-1252 while its bytes are UTF-8', (slug) =>
    article({
      slug,
      charset: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
      body: '<p>“Ça va,” said Zoë Ångström, “très bien.”</p>',
    }),
  ),
  page('unknown-charset', 'declares a charset no decoder knows', (slug) =>
    article({ slug, charset: '<meta charset="x-no-such-charset">', body: '<p>“Ça va,” said Zoë Ångström.</p>' }),
  ),
  {
    name: 'invalid-utf8',
    attack: 'declares UTF-8 and is full of invalid byte sequences',
    bytes: () => {
      const html = utf8(article({ slug: 'invalid-utf8', body: `<p>“Broken ${'\u0001'.repeat(10_000)} bytes,” said Ottilie Varga.</p>` }));
      // Every 0x01 becomes a lone continuation or truncated lead byte.
      return html.map((b, i) => (b === 0x01 ? (i % 2 ? 0x80 : 0xc3) : b));
    },
  },

  // ---- markup smuggled in as text
  page('script-injection', 'script-injection strings as names, quotes, headlines, links and metadata', (slug) =>
    article({ slug,
      title: INJECTION_HEADLINE,
      headline: INJECTION_HEADLINE,
      // A javascript: canonical link is no address; og:url gives the real one.
      canonical: INJECTIONS.javascriptUrl,
      head:
        `<meta property="og:url" content="${canonicalOf(slug)}">` +
        `<meta property="og:title" content="${escapeHtml(INJECTION_HEADLINE)}">` +
        `<meta property="og:site_name" content="${escapeHtml(INJECTIONS.svg)}">` +
        `<script type="application/ld+json">${JSON.stringify({
          '@type': 'NewsArticle',
          headline: INJECTION_HEADLINE,
          author: { name: INJECTIONS.script },
        }).replace(/</g, '\\u003c')}</script>`,
      body: [
        `“${INJECTIONS.script} is not a threat,” said ${INJECTION_SPEAKER}, the harbour master.`,
        `${INJECTIONS.img} Petrov, a council engineer, said the pilings had rotted.`,
        `“${INJECTIONS.template},” said Harriet Osei, adding: “${INJECTIONS.entity}.”`,
        `A spokeswoman for ${INJECTIONS.svg} Holdings declined to comment.`,
        `An official, who spoke on condition of anonymity because ${INJECTIONS.img}, said the vote was rigged.`,
      ]
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('')
        .concat(`<p>Read <a href="${escapeHtml(INJECTIONS.javascriptUrl)}">the survey</a>, said Varga.</p>`),
    }),
  ),
];

export function hostilePage(name: string): HostilePage {
  const found = HOSTILE_PAGES.find((p) => p.name === name);
  if (!found) throw new Error(`No hostile page named ${name}`);
  return found;
}
