/**
 * Bounds on what linkedom is given to parse, applied in one linear scan of a page's markup:
 * a browser's nesting limit, and caps on the text and the paragraphs read. A page within all of
 * them (every page of the dev corpus) comes back as the very same string.
 *
 * Text: the analyser reads at most MAX_ANALYSED_CHARS of an article; the CLI parses a page up
 * to MAX_PAGE_TEXT characters of text (the dev corpus's wordiest page has about 614,000) and
 * cuts the markup there, since linkedom spends microseconds on each node and a page built of
 * megabytes of text would otherwise take a second to parse and walk.
 *
 * Nesting:
 * Chromium attaches an element opened while more than 512 elements are open to the current
 * element's parent instead of the current element (HTMLConstructionSite::AttachLater,
 * kMaximumHTMLParserDOMTreeDepth = 512), so parsed pages are never deeper than that. Linkedom's
 * tokenizer (htmlparser2) keeps its stack of open elements with Array#unshift, which costs time
 * in proportion to the depth: 100,000 nested elements took six seconds to parse.
 *
 * boundMarkup replays htmlparser2's stack rules (void elements, tags that close open ones,
 * end tags that close everything above their match) to know the depth. Past the limit, the markup is rewritten so that each deeper element closes the one before it and
 * stands beside it, as in Chromium; its end tags are replaced by the end tags of what is
 * really open at that point. Two deliberate differences:
 *  - text that follows a deep element's end lands in the element at the limit, in source
 *    order, where Chromium puts it back into the element that was open before (which it kept
 *    on its stack);
 *  - a page that opens more than MAX_ELEMENTS_BESIDE elements past the limit is cut there, like
 *    a page over the text cap: it is markup built to be hostile, and replaying (and building)
 *    100,000 elements beside each other would cost hundreds of milliseconds for nothing.
 *
 * Paragraphs: a page is cut before its (MAX_PARAGRAPHS + 1)th <p>. The analyser reads at most
 * MAX_ANALYSED_CHARS (100,000) characters, which 1,000 paragraphs fill unless they average under
 * 100 characters, one short sentence each (news paragraphs run to two or three); the dev corpus's
 * most on one page is 248. Tens of thousands of short paragraphs stay under the text cap yet cost
 * linkedom, the gate and the extractor tens of microseconds each: 11,000 of them (a million
 * characters) took a quarter of a second.
 */

export const MAX_PAGE_TEXT = 1_000_000;
export const MAX_PARSER_DEPTH = 512;
export const MAX_ELEMENTS_BESIDE = 500;
export const MAX_PARAGRAPHS = 1_000;

// htmlparser2's (HTML mode) element rules, which decide its stack and so linkedom's tree.
const VOID_ELEMENTS = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(' '),
);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
/** Opening these closes open elements of the listed names at the top of the stack. */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, FORM_TAGS] as [string, Set<string>]),
  ...(
    'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
  )
    .split(' ')
    .map((name) => [name, P_TAG] as [string, Set<string>]),
]);
/** Where a self-closing tag (`<x/>`) really closes: inside svg or math, outside their HTML islands. */
const FOREIGN_ELEMENTS = new Set(['math', 'svg']);
const HTML_INTEGRATION_ELEMENTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Elements whose content the tokenizer reads as text up to their end tag. */
const RAW_TEXT_ENDS = new Map<string, RegExp>([
  ['script', /<\/script[ \n\t\f\r>]/gi],
  ['style', /<\/style[ \n\t\f\r>]/gi],
  ['title', /<\/title[ \n\t\f\r>]/gi],
  ['textarea', /<\/textarea[ \n\t\f\r>]/gi],
  ['xmp', /<\/xmp[ \n\t\f\r>]/gi],
]);

/**
 * The elements opened so far, by number: their names, and whether the page as written still has
 * them open. Numbers rather than objects: a page nesting 100,000 deep keeps all of them open.
 */
class Elements {
  readonly names: string[] = [];
  readonly open: number[] = [];

  add(name: string): number {
    this.open.push(1);
    return this.names.push(name) - 1;
  }
}

/** htmlparser2's stack of open elements (by number), top last, with counts so an end tag finds its match in constant time. */
class OpenElements {
  readonly stack: number[];
  private readonly counts: Map<string, number>;
  private readonly foreign: boolean[];

  constructor(
    private readonly elements: Elements,
    /** Whether closing here closes the element in the page as written. */
    private readonly isSource: boolean,
    from?: OpenElements,
  ) {
    this.stack = from ? from.stack.slice() : [];
    this.counts = new Map(from?.counts);
    this.foreign = from ? from.foreign.slice() : [];
  }

  /** The element on top, or -1. */
  get top(): number {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1]! : -1;
  }

  get depth(): number {
    return this.stack.length;
  }

  nameOf(element: number): string {
    return this.elements.names[element]!;
  }

  open(element: number, selfClosing: boolean): void {
    const name = this.nameOf(element);
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (this.stack.length > 0 && closes.has(this.nameOf(this.top))) this.pop();
    if (VOID_ELEMENTS.has(name)) return;
    this.stack.push(element);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (FOREIGN_ELEMENTS.has(name)) this.foreign.push(true);
    else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.push(false);
    if (selfClosing && this.foreign[this.foreign.length - 1] && this.top === element) this.pop();
  }

  /** Returns whether the end tag closed anything. */
  close(name: string): boolean {
    if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.pop();
    if (!this.counts.get(name)) return false;
    while (this.nameOf(this.pop()) !== name);
    return true;
  }

  /** Closes the top element and returns it (the stack is not empty). */
  pop(): number {
    const element = this.stack.pop()!;
    const name = this.nameOf(element);
    this.counts.set(name, this.counts.get(name)! - 1);
    if (this.isSource) this.elements.open[element] = 0;
    return element;
  }
}

export interface MarkupBounds {
  maxText: number;
  maxDepth: number;
  maxBeside: number;
  maxParagraphs: number;
}

const BOUNDS: MarkupBounds = { maxText: MAX_PAGE_TEXT, maxDepth: MAX_PARSER_DEPTH, maxBeside: MAX_ELEMENTS_BESIDE, maxParagraphs: MAX_PARAGRAPHS };

export function boundMarkup(html: string, bounds: Partial<MarkupBounds> = {}): string {
  const { maxText, maxDepth, maxBeside, maxParagraphs } = { ...BOUNDS, ...bounds };
  const elements = new Elements();
  const source = new OpenElements(elements, true);
  /** What linkedom will see: set up at the first element opened past the limit. */
  let output: OpenElements | undefined;
  const pieces: string[] = [];
  let copied = 0;
  let beside = 0;
  let paragraphs = 0;
  let text = 0;
  let textFrom = 0;
  let cutAt = html.length;
  const replace = (start: number, end: number, insert: string) => {
    if (start > copied) pieces.push(html.slice(copied, start));
    if (insert) pieces.push(insert);
    copied = end;
  };
  /** End tags for what the page has closed but the output still has open (always its top few). */
  const endTagsOfClosed = (out: OpenElements) => {
    let tags = '';
    while (out.depth > 0 && !elements.open[out.top]) tags += `</${out.nameOf(out.pop())}>`;
    return tags;
  };

  scanTags(html, (tag) => {
    // What lies between tags counts as text (comments and all: an estimate that errs long).
    text += tag.start - textFrom;
    textFrom = tag.end;
    if (text > maxText) {
      cutAt = beforeSurrogate(html, tag.start - (text - maxText));
      return true;
    }
    if (tag.closing) {
      const closed = source.close(tag.name);
      if (!output) return;
      // The source's end tag might match a different element in the output: write the output's own.
      const tags = endTagsOfClosed(output);
      if (closed) replace(tag.start, tag.end, tags);
      else output.close(tag.name);
      return;
    }
    if (tag.name === 'p' && ++paragraphs > maxParagraphs) {
      cutAt = tag.start;
      return true;
    }
    const element = elements.add(tag.name);
    if (!output && source.depth > maxDepth && !VOID_ELEMENTS.has(tag.name)) {
      output = new OpenElements(elements, false, source);
    }
    source.open(element, tag.selfClosing);
    if (!output) return;
    let before = endTagsOfClosed(output);
    if (output.depth > maxDepth && !VOID_ELEMENTS.has(tag.name)) {
      if (++beside > maxBeside) {
        cutAt = tag.start;
        return true;
      }
      before += `</${output.nameOf(output.pop())}>`;
    }
    if (before) replace(tag.start, tag.start, before);
    output.open(element, tag.selfClosing);
    const after = endTagsOfClosed(output);
    if (after) replace(tag.end, tag.end, after);
  });

  if (cutAt === html.length && html.length - textFrom > maxText - text) cutAt = beforeSurrogate(html, textFrom + maxText - text);
  if (!output && cutAt === html.length) return html;
  pieces.push(html.slice(copied, cutAt));
  return pieces.join('');
}

/** `at`, or one before when a surrogate pair would be cut in two there. */
function beforeSurrogate(html: string, at: number): number {
  const c = html.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Where the tag starts (its "<") and ends (past its ">"). */
  start: number;
  end: number;
}

const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const BANG = 33;
const QUESTION = 63;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** A tag name runs to white space, "/" or ">" (htmlparser2's white space: no others). */
const TAG_NAME = /[^ \n\t\f\r/>]*/y;

/** Called on each tag; returns true to stop the scan. */
type Visitor = (tag: Tag) => boolean | void;

/**
 * Visits the start and end tags of the markup as htmlparser2's tokenizer reads them (comments,
 * declarations and raw text skipped), in one forward pass; stops at a tag the markup leaves unfinished.
 */
function scanTags(html: string, visit: Visitor): void {
  const length = html.length;
  const nextChars: NextChars = { gt: new NextIndex(html, '>'), dq: new NextIndex(html, '"'), sq: new NextIndex(html, "'") };
  let i = 0;
  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= length) return;
    const next = html.charCodeAt(lt + 1);
    if (next === BANG) {
      i = declarationEnd(html, lt);
    } else if (next === QUESTION) {
      i = past(html.indexOf('>', lt + 2), length);
    } else if (next === SLASH) {
      i = endTag(html, lt, visit);
    } else if (isAlpha(next)) {
      i = startTag(html, lt, visit, nextChars);
    } else {
      i = lt + 1;
    }
    if (i < 0) return;
  }
}

const past = (index: number, length: number) => (index < 0 ? length : index + 1);

function declarationEnd(html: string, lt: number): number {
  if (html.startsWith('--', lt + 2)) return past3(html.indexOf('-->', lt + 2), html.length);
  if (html.startsWith('[CDATA[', lt + 2)) return past3(html.indexOf(']]>', lt + 9), html.length);
  return past(html.indexOf('>', lt + 2), html.length);
}

const past3 = (index: number, length: number) => (index < 0 ? length : index + 3);

function endTag(html: string, lt: number, visit: Visitor): number {
  const length = html.length;
  let j = lt + 2;
  while (j < length && isSpace(html.charCodeAt(j))) j++;
  if (j >= length) return length;
  const first = html.charCodeAt(j);
  if (first === GT) return j + 1;
  const gt = html.indexOf('>', j);
  if (!isAlpha(first)) return past(gt, length);
  if (gt < 0) return length;
  let nameEnd = j;
  while (nameEnd < gt && !isSpace(html.charCodeAt(nameEnd))) nameEnd++;
  const stop = visit({ name: html.slice(j, nameEnd).toLowerCase(), closing: true, selfClosing: false, start: lt, end: gt + 1 });
  return stop ? -1 : gt + 1;
}

function startTag(html: string, lt: number, visit: Visitor, next: NextChars): number {
  const length = html.length;
  TAG_NAME.lastIndex = lt + 1;
  TAG_NAME.test(html);
  const nameEnd = TAG_NAME.lastIndex;
  const name = html.slice(lt + 1, nameEnd).toLowerCase();
  // Attributes: only a quoted value can hide a ">". Found with indexOf, so a page's
  // megabytes of attributes are not walked character by character in script.
  let k = nameEnd;
  let gt: number;
  for (;;) {
    gt = next.gt.from(k);
    if (gt < 0) return length;
    const dq = next.dq.from(k);
    const sq = next.sq.from(k);
    const quote = dq < 0 ? sq : sq < 0 ? dq : Math.min(dq, sq);
    if (quote < 0 || quote > gt) break;
    if (!opensValue(html, quote, nameEnd)) {
      k = quote + 1;
      continue;
    }
    const close = (quote === dq ? next.dq : next.sq).from(quote + 1);
    if (close < 0) return length;
    k = close + 1;
  }
  let last = gt - 1;
  while (last > nameEnd && isSpace(html.charCodeAt(last))) last--;
  const selfClosing = last >= nameEnd && html.charCodeAt(last) === SLASH;
  const end = gt + 1;
  if (visit({ name, closing: false, selfClosing, start: lt, end })) return -1;
  const rawTextEnd = selfClosing ? undefined : RAW_TEXT_ENDS.get(name);
  if (!rawTextEnd) return end;
  rawTextEnd.lastIndex = end;
  return rawTextEnd.exec(html)?.index ?? length;
}

/** A quote mark right after "=" (spaces allowed) opens an attribute value; elsewhere it is part of a name. */
function opensValue(html: string, quote: number, from: number): boolean {
  let j = quote - 1;
  while (j > from && isSpace(html.charCodeAt(j))) j--;
  return html.charCodeAt(j) === EQUALS;
}

/** Where the next ">", '"' and "'" are: remembered, so that looking them up from each tag stays linear. */
interface NextChars {
  gt: NextIndex;
  dq: NextIndex;
  sq: NextIndex;
}

class NextIndex {
  private found = -2;

  constructor(
    private readonly html: string,
    private readonly char: string,
  ) {}

  /** The first index of the character at or after `from` (-1 when there is none); `from` never goes back. */
  from(from: number): number {
    if (this.found !== -1 && this.found < from) this.found = this.html.indexOf(this.char, from);
    return this.found;
  }
}
