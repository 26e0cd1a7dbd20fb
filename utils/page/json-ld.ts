/**
 * Reading schema.org JSON-LD blocks. Pages nest their nodes in arrays and `@graph`s, and
 * some blocks are not valid JSON (comments, CDATA wrappers, raw control characters).
 */

export type JsonLdNode = Record<string, unknown>;

/** Types that mean "this page is one article" (schema.org Article subtypes used by news sites and blogs). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'asknewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'blogposting',
  'liveblogposting',
  'report',
]);

/** Blocks larger than this are skipped: an article's metadata is a few kilobytes, and parsing is the gate's cost. */
const MAX_BLOCK_CHARS = 500_000;

/** The nodes of every JSON-LD block at the top level of the page (arrays and `@graph` flattened). */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  // The selector engine picks the few candidates, so the page's other scripts are never handed to script.
  const scripts = doc.querySelectorAll('script[type*="ld+json" i]');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    if (script?.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    const parsed = parseLenient(text);
    if (parsed !== undefined) collectTopLevel(parsed, nodes);
  }
  return nodes;
}

function parseLenient(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^(?:<!--|\/\/\s{0,20}<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s{0,20}\]\]>|\]\]>)$/, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    // Raw line breaks and tabs inside strings are the usual fault; JSON needs them escaped.
    try {
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collectTopLevel(value: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTopLevel(item, out);
  } else if (value !== null && typeof value === 'object') {
    const node = value as JsonLdNode;
    const graph = node['@graph'];
    if (graph !== undefined) collectTopLevel(graph, out);
    if (node['@type'] !== undefined) out.push(node);
  }
}

/** The node's `@type`s, lower-cased, without a schema.org prefix. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//i, '').toLowerCase());
}

export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/** A string property, or the first string of an array property. */
export function stringProp(node: JsonLdNode, key: string): string | undefined {
  const value = node[key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}
