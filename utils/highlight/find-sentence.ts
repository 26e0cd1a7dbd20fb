/**
 * Finds a sentence of the extracted article again in the live page, as a DOM Range.
 *
 * The page text is walked once into a folded index (whitespace runs → one space, curly
 * quotes and dashes → plain ones, zero-width characters dropped, lower case) that remembers,
 * for every folded character, where it came from. The sentence is folded the same way and
 * looked up with indexOf, so the whole search is linear in the page's text.
 */

const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg']);

/** Elements whose edges separate words even when the markup has no whitespace there. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** A fallback match must be at least this many words of the sentence's beginning. */
const MIN_PREFIX_WORDS = 8;
/** How many occurrences of a repeated sentence are weighed against the paragraph hint. */
const MAX_CANDIDATES = 32;

const SPACE = 0x20;
const DROP = -1;

const FOLDED_PUNCTUATION = new Map<number, number>([
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb].map((c) => [c, 0x22] as const), // → "
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a].map((c) => [c, 0x27] as const), // → '
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212].map((c) => [c, 0x2d] as const), // → -
]);
const ZERO_WIDTH = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const lowerCache = new Map<number, number>();

/** Whitespace beyond ASCII. */
function isSpace(code: number): boolean {
  return (
    code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000
  );
}

function lower(code: number): number {
  let folded = lowerCache.get(code);
  if (folded === undefined) {
    const lowered = String.fromCharCode(code).toLowerCase();
    // Keep one code unit per code unit, so offsets map one to one.
    folded = lowered.length === 1 ? lowered.charCodeAt(0) : code;
    lowerCache.set(code, folded);
  }
  return folded;
}

/** The folded form of one UTF-16 code unit: SPACE for any whitespace, DROP for zero-width ones. */
function foldCode(code: number): number {
  // Fast path for ASCII, most of any page.
  if (code < 0x80) {
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE;
    return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }
  if (isSpace(code)) return SPACE;
  if (ZERO_WIDTH.has(code)) return DROP;
  return FOLDED_PUNCTUATION.get(code) ?? lower(code);
}

/** Folded text with, for every folded code unit, its text node and offset in that node. */
interface FoldedText {
  text: string;
  nodeOf: Uint32Array;
  offsetOf: Uint32Array;
  nodes: Text[];
  /** For each text node: how many <p> elements began before it (its paragraph ordinal + 1). */
  paragraphsBefore: Uint32Array;
}

class FoldedTextBuilder {
  private units: Uint16Array;
  private nodeOf: Uint32Array;
  private offsetOf: Uint32Array;
  private length = 0;
  private pendingSpace = false;
  readonly nodes: Text[] = [];
  private paragraphs: number[] = [];

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.nodeOf = new Uint32Array(capacity);
    this.offsetOf = new Uint32Array(capacity);
  }

  breakWord(): void {
    this.pendingSpace = true;
  }

  addNode(node: Text, paragraphsBefore: number): void {
    const nodeIndex = this.nodes.push(node) - 1;
    this.paragraphs.push(paragraphsBefore);
    const data = node.data;
    for (let offset = 0; offset < data.length; offset++) {
      const code = foldCode(data.charCodeAt(offset));
      if (code === DROP) continue;
      if (code === SPACE) {
        this.pendingSpace = true;
        continue;
      }
      // A space is written only before the next visible character, so the text never
      // starts or ends with one and a match never starts or ends on one.
      if (this.pendingSpace && this.length > 0) this.push(SPACE, nodeIndex, offset);
      this.pendingSpace = false;
      this.push(code, nodeIndex, offset);
    }
  }

  private push(code: number, nodeIndex: number, offset: number): void {
    this.units[this.length] = code;
    this.nodeOf[this.length] = nodeIndex;
    this.offsetOf[this.length] = offset;
    this.length += 1;
  }

  build(): FoldedText {
    return {
      text: new TextDecoder('utf-16le').decode(this.units.subarray(0, this.length)),
      nodeOf: this.nodeOf,
      offsetOf: this.offsetOf,
      nodes: this.nodes,
      paragraphsBefore: Uint32Array.from(this.paragraphs),
    };
  }
}

export function foldText(text: string): string {
  let folded = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code === DROP) continue;
    if (code === SPACE) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && folded.length > 0) folded += ' ';
    pendingSpace = false;
    folded += String.fromCharCode(code);
  }
  return folded;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isSkipped(element: Element): boolean {
  return SKIPPED_ELEMENTS.has(element.nodeName) || element.hasAttribute('hidden');
}

/** The page's readable text nodes in document order, with the paragraph each sits in. */
function collectTextNodes(root: Node): { nodes: Text[]; paragraphsBefore: number[]; breaksBefore: boolean[] } {
  const nodes: Text[] = [];
  const paragraphsBefore: number[] = [];
  const breaksBefore: boolean[] = [];
  let paragraphs = 0;
  let pendingBreak = false;
  // Iterative walk (no recursion, no TreeWalker filter) so deep pages cannot overflow the stack.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (!isSkipped(element)) {
        if (BLOCK_ELEMENTS.has(element.nodeName)) pendingBreak = true;
        if (element.nodeName === 'P') paragraphs += 1;
        descend = true;
      }
    } else if (node.nodeType === TEXT_NODE) {
      nodes.push(node as Text);
      paragraphsBefore.push(paragraphs);
      breaksBefore.push(pendingBreak);
      pendingBreak = false;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && BLOCK_ELEMENTS.has(node.nodeName)) pendingBreak = true;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { nodes, paragraphsBefore, breaksBefore };
}

function foldPage(doc: Document): FoldedText {
  const root = doc.body ?? doc.documentElement;
  const { nodes, paragraphsBefore, breaksBefore } = collectTextNodes(root);
  // Every code unit folds to at most one, plus at most one word break before each node.
  const capacity = nodes.reduce((n, node) => n + node.data.length + 1, 0);
  const builder = new FoldedTextBuilder(capacity);
  nodes.forEach((node, i) => {
    if (breaksBefore[i]) builder.breakWord();
    builder.addNode(node, paragraphsBefore[i] ?? 0);
  });
  return builder.build();
}

/** Start positions of `needle` in `text`, at most MAX_CANDIDATES of them. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/**
 * The longest beginning of the sentence, of at least MIN_PREFIX_WORDS words, that the page
 * contains. A shorter prefix is found whenever a longer one is, so a binary search over the
 * word count needs only O(log words) scans of the page.
 */
function longestFoundPrefix(text: string, words: string[]): string | undefined {
  let best: string | undefined;
  let low = MIN_PREFIX_WORDS;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const prefix = words.slice(0, mid).join(' ');
    if (text.includes(prefix)) {
      best = prefix;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

/**
 * Among repeated occurrences (a pull quote repeating a sentence), the one in the paragraph
 * closest to the hint. Pages often have paragraphs before the article that the extracted
 * text lacks, so a paragraph at or after the hint is preferred over one the same distance before it.
 */
function closestToHint(starts: number[], folded: FoldedText, hint: number | undefined): number | undefined {
  if (hint === undefined) return starts[0];
  let best: number | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const start of starts) {
    const paragraph = (folded.paragraphsBefore[folded.nodeOf[start] ?? 0] ?? 0) - 1;
    const distance = paragraph >= hint ? paragraph - hint : 2 * (hint - paragraph);
    if (distance < bestDistance) {
      best = start;
      bestDistance = distance;
    }
  }
  return best;
}

/** Where a sentence is in the page: start and end text node and offsets, as a Range takes them. */
export interface TextSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export function findSentenceSpan(doc: Document, sentence: string, paragraphHint?: number): TextSpan | null {
  const needle = foldText(sentence);
  if (needle === '') return null;
  const folded = foldPage(doc);
  let match = needle;
  let starts = occurrences(folded.text, needle);
  if (starts.length === 0) {
    const prefix = longestFoundPrefix(folded.text, needle.split(' '));
    if (prefix === undefined) return null;
    match = prefix;
    starts = occurrences(folded.text, prefix);
  }
  const start = closestToHint(starts, folded, paragraphHint);
  if (start === undefined) return null;
  const last = start + match.length - 1;
  const startNode = folded.nodes[folded.nodeOf[start] ?? 0];
  const endNode = folded.nodes[folded.nodeOf[last] ?? 0];
  if (!startNode || !endNode) return null;
  return {
    startNode,
    startOffset: folded.offsetOf[start] ?? 0,
    endNode,
    endOffset: (folded.offsetOf[last] ?? 0) + 1,
  };
}

/**
 * A Range over the sentence in the live page (or its longest found beginning of at least
 * eight words), or null. `paragraphHint` (the mention's paragraph in the extracted text)
 * picks among repeated occurrences.
 */
export function findSentenceRange(doc: Document, sentence: string, paragraphHint?: number): Range | null {
  const span = findSentenceSpan(doc, sentence, paragraphHint);
  if (!span) return null;
  const range = doc.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}
